"""The live view end to end: REST against the fake exchange, the stream from the independent
test server (which publishes what the test tells it), a reconnect reconciled over REST."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from kalshi import KalshiError, OutcomeUnknownError, RetryPolicy
from kalshi.orders import limit_order
from kalshi.state import EventOverflow, OrderCanceled, OrderCreated, OrderFilled
from kalshi.testing import Credentials, FakeExchange
from kalshi_api.models import Fill as RestFill

from ..conftest import present
from .conftest import AccountServer, T, opened


def as_stream_fill(fill: RestFill) -> dict[str, Any]:
    """The stream's form of a fill REST reports (the same trade_id)."""
    return {
        "trade_id": present(fill.trade_id),
        "order_id": present(fill.order_id),
        "market_ticker": present(fill.ticker),
        "book_side": str(present(fill.book_side)),
        "yes_price_dollars": present(fill.yes_price_dollars),
        "count_fp": present(fill.count_fp),
        "fee_cost": present(fill.fee_cost),
        "is_taker": present(fill.is_taker),
        "ts_ms": 1_800_000_000_000,
    }


def test_the_view_follows_the_stream_and_finds_a_cancel_made_while_blind(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    server = account_server

    async def body() -> None:
        session = opened(exchange, user, server)
        other = session.other  # acts behind the view's back
        async with session as view:
            seen: list[object] = []
            view.state.subscribe(seen.append)

            # an order placed through the view is known at once, then followed on the stream
            resting = await view.place_order(T, side="bid", count=5, price="0.30")
            assert resting.status == "resting" and resting.order_id is not None
            await other.cancel_order(resting.order_id)
            server.publish(
                "user_orders",
                "user_order",
                {
                    "order_id": resting.order_id,
                    "client_order_id": resting.client_order_id,
                    "ticker": T,
                    "status": "canceled",
                    "book_side": "bid",
                    "yes_price_dollars": "0.3000",
                    "fill_count_fp": "0.00",
                    "remaining_count_fp": "0.00",
                    "last_updated_ts_ms": 1_800_000_000_000,
                },
            )
            canceled = await view.wait_for(resting, "canceled", timeout=10)
            assert canceled.remaining == 0

            # a fill reported by the create's answer and again by the stream counts once
            bought = await view.place_order(T, side="bid", count=3, price="0.44")
            assert bought.status == "executed" and bought.order_id is not None
            fills = (await other.portfolio.get_fills(order_id=bought.order_id)).fills or []
            for fill in fills:
                server.publish("fill", "fill", as_stream_fill(fill))
            server.publish(
                "market_positions",
                "market_position",
                {"market_ticker": T, "position_fp": "3.00", "position_cost_dollars": "1.3200"},
            )
            await view.wait_for(bought, "filled", timeout=10)

            # blind: an order canceled with no stream message, then the connection drops
            blind = await view.place_order(T, side="bid", count=2, price="0.20")
            assert blind.order_id is not None
            await other.cancel_order(blind.order_id)
            server.drop_connections()
            found = await view.wait_for(blind, "canceled", timeout=10)
            assert found.status == "canceled"
            assert view.resyncs >= 1

            # the view now equals the exchange's truth
            assert view.state.orders(status="resting") == []
            position = view.state.position(T)
            assert position is not None and position.position == exchange.position(user, T)
            assert view.state.balance == exchange.balance(user)
            assert sum(f.count for f in view.state.fills(bought.order_id)) == Decimal(3)
            assert len(view.state.fills()) == len(fills)
            cancels = [e.order.order_id or "" for e in seen if isinstance(e, OrderCanceled)]
            assert sorted(cancels) == sorted([resting.order_id, blind.order_id])  # once each
            assert sum(e.filled for e in seen if isinstance(e, OrderFilled)) == Decimal(3)

    asyncio.run(asyncio.wait_for(body(), 30))


def test_batches_through_the_view_are_recorded_item_by_item(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    async def body() -> None:
        async with opened(exchange, user, account_server) as view:
            rests = limit_order(T, side="bid", count=2, price="0.20")
            fills = limit_order(T, side="bid", count=1, price="0.44")
            too_big = limit_order(T, side="bid", count=1000, price="0.50")  # $500 of $100
            result = await view.batch_create([rests, fills, too_big])
            assert [item.ok for item in result] == [True, True, False]

            resting = view.order(str(rests.client_order_id))
            executed = view.order(str(fills.client_order_id))
            assert resting is not None and resting.status == "resting"
            assert executed is not None and executed.status == "executed"
            assert executed.filled == 1
            assert view.order(str(too_big.client_order_id)) is None  # refused: forgotten

            canceled = await view.batch_cancel([resting])
            assert [item.ok for item in canceled] == [True]
            after = view.order(resting.key)
            assert after is not None and after.status == "canceled" and after.remaining == 0
            assert view.state.orders(status="resting") == []
            assert exchange.reserved(user) == 0  # the exchange agrees: nothing rests

    asyncio.run(asyncio.wait_for(body(), 30))


@pytest.mark.parametrize("retries", [0, 2])
def test_a_create_whose_answer_is_lost_is_resolved_never_placed_twice(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer, retries: int
) -> None:
    """The client cannot settle the lost answer (its look-up fails too): the view keeps the order
    pending and a reconcile of its own finds it by client_order_id."""

    async def body() -> None:
        session = opened(exchange, user, account_server, retry=RetryPolicy(max_retries=retries))
        async with session as view:
            exchange.inject("CreateOrderV2", commit_then_fail_rate=1.0, times=1)
            exchange.inject("GetOrders", error_rate=1.0, times=retries + 1)  # the look-up fails
            with pytest.raises(OutcomeUnknownError):
                await view.place_order(T, side="bid", count=2, price="0.25")
            (pending,) = view.state.orders(status="pending")  # the reconcile has not run yet
            assert pending.order_id is None and pending.client_order_id is not None

            # a reconcile started by itself finds it by client_order_id
            found = await view.wait_for(pending, "acknowledged", timeout=10)
            assert found.status == "resting" and found.order_id is not None
            assert view.last_report is not None and view.last_report.unresolved == []
            listed = (await session.other.orders.get_orders(status="resting")).orders or []
            assert [o.client_order_id for o in listed] == [pending.client_order_id]  # once

    asyncio.run(asyncio.wait_for(body(), 30))


@pytest.mark.parametrize("retries", [0, 2])
def test_a_create_the_client_settles_is_known_to_the_view(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer, retries: int
) -> None:
    """The answer is lost but the client's own look-up finds the order: the view has it, once."""

    async def body() -> None:
        session = opened(exchange, user, account_server, retry=RetryPolicy(max_retries=retries))
        async with session as view:
            exchange.inject("CreateOrderV2", commit_then_fail_rate=1.0, times=1)
            placed = await view.place_order(T, side="bid", count=2, price="0.25")
            assert placed.order_id is not None and placed.status in ("pending", "resting")
            found = await view.wait_for(placed, "resting", timeout=10)
            listed = (await session.other.orders.get_orders(status="resting")).orders or []
            assert [o.order_id for o in listed] == [found.order_id]  # placed once

    asyncio.run(asyncio.wait_for(body(), 30))


def test_events_come_out_in_order_and_an_unread_iterator_overflows_loudly(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    async def body() -> None:
        async with opened(exchange, user, account_server) as view:
            events = view.events()
            first = asyncio.ensure_future(anext(events))
            await asyncio.sleep(0)  # the iterator is listening before anything happens
            placed = await view.place_order(T, side="bid", count=1, price="0.44")
            created = await first
            assert isinstance(created, OrderCreated) and created.order.key == placed.key
            kinds = [type(await anext(events)).__name__ for _ in range(2)]
            assert kinds == ["OrderUpdated", "OrderFilled"]
            await events.aclose()

            overflowing = view.events(max_events=1)
            waiting = asyncio.ensure_future(anext(overflowing))
            await asyncio.sleep(0)
            await view.place_order(T, side="bid", count=1, price="0.44")
            await waiting  # one event fit; the rest did not
            with pytest.raises(EventOverflow):
                while True:
                    await anext(overflowing)

    asyncio.run(asyncio.wait_for(body(), 30))


def test_a_view_whose_seed_fails_leaves_nothing_subscribed(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    async def body() -> None:
        exchange.inject("GetOrders", error_rate=1.0)
        session = opened(exchange, user, account_server, retry=RetryPolicy(max_retries=0))
        with pytest.raises(KalshiError):
            await session.__aenter__()
        unsubscribed = [c["params"]["sids"] for c in account_server.commands_named("unsubscribe")]
        assert len(unsubscribed) == 3
        await session.__aexit__(None, None, None)

    asyncio.run(asyncio.wait_for(body(), 30))
