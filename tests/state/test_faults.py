"""A bot through the fake exchange under stream and REST faults: at the end its view is the
exchange's truth — every order, every fill once, every position, the balance — read from the
exchange's engine, on the async view and the thread view, with fixed seeds."""

from __future__ import annotations

import asyncio
import contextlib
import random

import pytest

from kalshi import AsyncKalshiClient, KalshiClient, RetryPolicy
from kalshi.stream import Backoff
from kalshi.testing import FakeExchange

from .scenario import (
    TICKERS,
    WAIT_S,
    Bot,
    Counterparty,
    Injected,
    differences,
    fills_counted_once,
    inject,
    make_exchange,
    truth,
)
from .traders import AsyncTrader, ThreadTrader, Trader

RETRY = RetryPolicy(max_retries=3, backoff_base=0.01, backoff_cap=0.05)
FAST = Backoff(base=0.01, cap=0.05)
ROUNDS = 24


async def trade_then_check(
    trader: Trader, bot: Bot, exchange: FakeExchange, injected: Injected, rounds: int
) -> None:
    """Run the bot under faults; then, faults off, cancel what rests and compare."""
    for number in range(rounds):
        await bot.round(number)
        injected.next_round()
    fired = injected.fired()
    exchange.clear_faults()
    # creates of unknown outcome are resolved by the view's own reconciles
    await trader.wait_until(lambda s: not s.orders(status="pending"), WAIT_S)
    for ticker in TICKERS:
        await bot.cancel_all(ticker, batch=False)
    real = truth(exchange, bot.cp.bot)  # the exchange is quiet from here on
    with contextlib.suppress(TimeoutError):  # the assertion below says what differs
        await trader.wait_until(lambda s: not differences(s, real), WAIT_S)
    found = trader.read(lambda s: differences(s, real))
    assert not found, "\n".join(found)
    await trader.resync()  # the balance and reserved amount come from REST only
    found = trader.read(lambda s: differences(s, real, money=True))
    assert not found, "\n".join(found)

    # nothing was placed twice, and nothing the bot did not send
    sent = bot.log.client_order_ids
    assert len(real.client_order_ids) == len(set(real.client_order_ids))
    assert set(real.client_order_ids) <= set(sent)
    assert fills_counted_once(trader.events) == []
    # the faults did fire, and the bot met them
    assert fired.get("fill drop", 0) > 0 and fired.get("orderbook_delta skip_seq", 0) > 0, fired
    assert sum(n for k, n in fired.items() if k.startswith("CreateOrderV2")) > 0, fired
    assert bot.log.hits > 0 and bot.log.flips > 0 and real.fills
    print(f"faults fired {fired}; bot {bot.log}")


def run_async_view(seed: int, rounds: int = ROUNDS) -> None:
    exchange = make_exchange(seed)
    user = exchange.add_user(balance="1000")
    counterparty = Counterparty(exchange, user)
    with exchange.serve() as served:

        async def body() -> None:
            client = AsyncKalshiClient(
                user.key_id, user.private_key_pem, base_url=served, retry=RETRY
            )
            stream = client.stream(backoff=FAST)
            try:
                await stream.connect()
                books = await stream.books(TICKERS)
                for book in books.values():
                    await book.ready(timeout=WAIT_S)
                async with await client.account_state(stream) as view:
                    trader = AsyncTrader(view, books)
                    await trader.start()
                    bot = Bot(trader, counterparty, random.Random(seed))
                    try:
                        await trade_then_check(trader, bot, exchange, inject(exchange), rounds)
                        assert stream.reconnects > 0 and view.resyncs > 0
                    finally:
                        await trader.stop()
            finally:
                exchange.clear_faults()
                await stream.close()
                await client.aclose()

        asyncio.run(body())


def run_thread_view(seed: int, rounds: int = ROUNDS) -> None:
    exchange = make_exchange(seed)
    user = exchange.add_user(balance="1000")
    counterparty = Counterparty(exchange, user)
    with exchange.serve() as served:
        client = KalshiClient(user.key_id, user.private_key_pem, base_url=served, retry=RETRY)
        stream = client.stream(backoff=FAST)
        try:
            stream.connect()
            books = stream.books(TICKERS)
            for book in books.values():
                book.wait_ready(timeout=WAIT_S)
            with client.account_state(stream) as view:
                trader = ThreadTrader(view, books)
                bot = Bot(trader, counterparty, random.Random(seed))

                async def body() -> None:
                    await trade_then_check(trader, bot, exchange, inject(exchange), rounds)

                try:
                    asyncio.run(body())
                    assert stream.reconnects > 0 and view.resyncs > 0
                finally:
                    asyncio.run(trader.stop())
        finally:
            exchange.clear_faults()
            stream.close()
            client.close()


def test_the_async_view_matches_the_exchange_after_a_faulty_run() -> None:
    run_async_view(seed=15)


def test_the_thread_view_matches_the_exchange_after_a_faulty_run() -> None:
    run_thread_view(seed=15)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_other_seeds(seed: int) -> None:
    (run_async_view if seed % 2 else run_thread_view)(seed, rounds=16)
