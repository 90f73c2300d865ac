"""The views' P&L against the fake exchange's ledger, over its own REST and stream.

The client replays the fills it was told about (and the settlement it read); the fake keeps
its own books while matching. They must agree exactly: realized, fees, position and cost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from kalshi import AsyncKalshiClient, KalshiClient
from kalshi.state import AccountView, PnL, SyncAccountView
from kalshi.testing import Credentials, FakeExchange

A, B = "KXPNL-26NOV-A", "KXPNL-26NOV-B"
D = Decimal
WAIT_S = 10  # a bound on waiting for messages, never a measured time


@pytest.fixture
def exchange() -> FakeExchange:
    ex = FakeExchange(seed=15)
    for ticker, bid, ask in ((A, "0.40", "0.45"), (B, "0.55", "0.60")):
        ex.add_market(ticker)
        ex.seed_liquidity(ticker, bids=[(bid, 200)], asks=[(ask, 200)])
    return ex


@pytest.fixture
def user(exchange: FakeExchange) -> Credentials:
    return exchange.add_user(balance="1000")


@pytest.fixture
def base_url(exchange: FakeExchange) -> Iterator[str]:
    with exchange.serve() as served:
        yield served


def assert_matches_ledger(pnl: PnL, exchange: FakeExchange, user: Credentials) -> None:
    held = exchange.state.users[user.user_id].positions[pnl.ticker]
    assert pnl.realized == held.realized_pnl  # exact: the same 1e-10 rounding of released cost
    assert pnl.fees == held.fees_paid
    assert pnl.position == held.contracts
    assert pnl.cost == held.cost


def caught_up(view: SyncAccountView, exchange: FakeExchange, user: Credentials) -> None:
    """Wait until the view has seen every fill the exchange made for the member."""
    made = len(exchange.state.users[user.user_id].fills)
    wait(view, lambda: len(view.state.fills()) == made)


def wait(view: SyncAccountView, ready: Callable[[], bool]) -> None:
    with view.lock:
        assert view.lock.wait_for(ready, WAIT_S), "the view never caught up"


def trade(view: SyncAccountView, exchange: FakeExchange, user: Credentials) -> None:
    """Opens, partial fills (taker and maker), closes and a flip in one fill, in two markets."""
    view.place_order(A, side="bid", count=10, price="0.45")  # open 10 YES, taker
    resting = view.place_order(A, side="bid", count=20, price="0.42")
    exchange.seed_liquidity(A, asks=[("0.42", 8)])  # fills 8 of the 20: maker, no fee
    caught_up(view, exchange, user)
    view.cancel_order(resting)
    view.place_order(A, side="ask", count=5, price="0.40")  # close 5 of 18
    caught_up(view, exchange, user)
    partly = view.pnl(A, mark=None)  # 2.00 back for 5 x 7.86 / 18 = 2.1833333333 (rounded)
    assert partly.realized == D("-0.1833333333") and partly.cost == D("5.6766666667")
    assert_matches_ledger(partly, exchange, user)
    view.place_order(A, side="ask", count=25, price="0.40")  # close 13, open 12 NO: a flip

    view.place_order(B, side="ask", count=10, price="0.55")  # open 10 NO (at 0.45)
    view.place_order(B, side="bid", count=4, price="0.60")  # close 4 NO
    view.place_order(B, side="bid", count=10, price="0.60")  # close 6, open 4 YES
    selling = view.place_order(B, side="ask", count=6, price="0.58")
    exchange.seed_liquidity(B, bids=[("0.58", 2)])  # 2 of the 6 YES sold: a maker close
    caught_up(view, exchange, user)
    view.cancel_order(selling)


def test_the_views_pnl_equals_the_ledger_after_opens_closes_flips_and_a_settlement(
    exchange: FakeExchange, user: Credentials, base_url: str
) -> None:
    client = KalshiClient(user.key_id, user.private_key_pem, base_url=base_url)
    with client.account_state() as view:
        trade(view, exchange, user)
        before = view.pnl(A, mark=None)
        assert before.position == D(-12) and not before.settled
        assert_matches_ledger(before, exchange, user)

        exchange.settle(A, "no")  # 12 NO pay $1 each; the client learns it from GetSettlements
        wait(view, lambda: view.state.settlement(A) is not None)
        settled = view.pnl(A)
        assert settled.settled and settled.position == 0 and settled.unrealized == 0
        assert_matches_ledger(settled, exchange, user)
        assert settled.realized == before.realized + D(12) - before.cost

        # B stays open: marked at the live mid and at the last trade (0.58). A house bid at 0.57
        # moves the mid to 0.585; once the view shows it, every earlier ticker message is in.
        exchange.seed_liquidity(B, bids=[("0.57", 1)])
        wait(view, lambda: view.marks.mark(B) == D("0.585"))
        open_b = view.pnl(B)
        assert_matches_ledger(open_b, exchange, user)
        assert open_b.position == D(2) and open_b.mark == D("0.585")
        assert open_b.unrealized == D(2) * D("0.585") - open_b.cost
        at_last = view.pnl(B, mark="last")
        assert at_last.mark == exchange.state.markets[B].last_price == D("0.58")
        assert at_last.unrealized == D(2) * D("0.58") - open_b.cost
        assert view.pnl(B, mark=D("0.70")).unrealized == D("1.40") - open_b.cost

        # every cent of cash is explained: what was realized, less fees, less what is held
        everything = view.pnl_by_market(mark=None)
        assert set(everything) == {A, B}
        moved = sum((p.realized - p.fees - p.cost for p in everything.values()), D(0))
        assert exchange.cash(user) - D(1000) == moved

    # a view opened afterwards knows the same from REST alone (GetFills, GetSettlements)
    with client.account_state() as later:
        for ticker in (A, B):
            assert later.pnl(ticker, mark=None) == view.pnl(ticker, mark=None)
            assert_matches_ledger(later.pnl(ticker), exchange, user)
    client.close()


def test_the_hand_computed_figures_of_market_a(
    exchange: FakeExchange, user: Credentials, base_url: str
) -> None:
    client = KalshiClient(user.key_id, user.private_key_pem, base_url=base_url)
    stream = client.stream()
    with client.account_state(stream, follow_marks=False) as view:
        trade(view, exchange, user)
        pnl = view.pnl(A)
        # 10 at 0.45 + 8 at 0.42 = 7.86 for 18; 5 closed at 0.40: 2.00 back, 2.1833333333
        # released; 13 closed at 0.40: 5.20 back, the 5.6766666667 left released; 12 NO at 0.60
        assert pnl.realized == D("-0.6600000000")
        assert pnl.cost == D("7.20") and pnl.position == D(-12)
        assert pnl.fees == D("0.18") + D("0.09") + D("0.42")  # takers only, rounded up per fill
        assert pnl.unrealized is None  # no marks were followed
        assert_matches_ledger(pnl, exchange, user)
        channels = {s.channel for s in stream.list_subscriptions()}
        assert channels == {"user_orders", "fill", "market_positions"}  # no ticker
    stream.close()
    client.close()


def test_the_async_view_follows_a_flip_and_a_settlement_to_the_ledger(
    exchange: FakeExchange, user: Credentials, base_url: str
) -> None:
    asyncio.run(asyncio.wait_for(flip_and_settle(exchange, user, base_url), 30))


async def flip_and_settle(exchange: FakeExchange, user: Credentials, base_url: str) -> None:
    client = AsyncKalshiClient(user.key_id, user.private_key_pem, base_url=base_url)
    view = await AccountView.open(client)
    both_fills, settled = asyncio.Event(), asyncio.Event()

    def on_event(_: object) -> None:
        if len(view.state.fills()) == 2:
            both_fills.set()
        if view.state.settlement(B) is not None:
            settled.set()

    view.state.subscribe(on_event)
    try:
        # the member only takes, so B's best bid and ask (0.55 / 0.60) and its mid never move
        await view.place_order(B, side="bid", count=6, price="0.60")  # 6 YES
        await view.place_order(B, side="ask", count=10, price="0.55")  # close 6, open 4 NO
        await asyncio.wait_for(both_fills.wait(), WAIT_S)
        assert await view.wait_for_mark(B, timeout=WAIT_S) == D("0.575")
        open_b = view.pnl(B)
        assert open_b.position == D(-4) and open_b.cost == D("1.80")  # 4 NO at 0.45
        assert open_b.realized == D("-0.30")  # 6 bought at 0.60, sold at 0.55
        assert open_b.unrealized == D("-0.10")  # 4 x (1 - 0.575) - 1.80
        assert_matches_ledger(open_b, exchange, user)

        exchange.settle(B, "yes")  # the 4 NO pay nothing
        await asyncio.wait_for(settled.wait(), WAIT_S)
        final = view.pnl(B)
        assert final.settled and final.realized == open_b.realized - open_b.cost
        assert_matches_ledger(final, exchange, user)
    finally:
        await view.close()
        await client.aclose()
