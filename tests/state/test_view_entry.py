"""Amend and decrease through the views: REST against the fake exchange, the stream from the
test server, which publishes nothing here, so what the view knows came from the answers."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from kalshi import APIConnectionError, InvalidValue, RetryPolicy
from kalshi.state import OrderEnded
from kalshi.testing import Credentials, FakeExchange

from ..stream.conftest import FAST
from .conftest import AccountServer, T, opened


def test_the_view_records_amends_and_decreases_from_their_answers(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    async def body() -> None:
        async with opened(exchange, user, account_server) as view:
            order = await view.place_order(T, side="bid", count=5, price="0.30")
            amended = await view.amend_order(order, price="0.32", count=8)
            assert amended is not None
            assert (amended.price, amended.initial, amended.remaining) == (
                Decimal("0.32"),
                Decimal(8),
                Decimal(8),
            )
            decreased = await view.decrease_order(order, reduce_by=3)
            assert decreased is not None and decreased.remaining == 5
            # an amend that crosses fills at once: the answer says so
            crossed = await view.amend_order(order, price="0.44")
            assert crossed is not None and (crossed.status, crossed.filled) == (
                "executed",
                Decimal(8),
            )
            assert exchange.state.orders[str(order.order_id)].filled == 8
            with pytest.raises(InvalidValue):
                await view.decrease_order(order)  # neither reduce_by nor reduce_to

            gone = await view.place_order(T, side="bid", count=2, price="0.20")
            canceled = await view.decrease_order(gone, reduce_to=0)
            assert canceled is not None and canceled.status == "canceled"

    asyncio.run(asyncio.wait_for(body(), 30))


def test_a_lost_amend_answer_is_reconciled(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    async def body() -> None:
        session = opened(exchange, user, account_server, retry=RetryPolicy(max_retries=0))
        async with session as view:
            order = await view.place_order(T, side="bid", count=5, price="0.30")
            exchange.inject("AmendOrderV2", commit_then_fail_rate=1.0, times=1)
            with pytest.raises(APIConnectionError) as lost:
                await view.amend_order(order, price="0.31")
            assert lost.value.may_have_landed
            # the reconcile started by itself reads the order as the exchange has it
            events = view.events()
            while (view.order(order.key) or order).price != Decimal("0.31"):
                await anext(events)
            assert view.resyncs >= 1

    asyncio.run(asyncio.wait_for(body(), 30))


def test_the_thread_view_amends_and_decreases(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    client = exchange.client(user)
    stream = client.stream(ws_url=account_server.url, backoff=FAST)
    with client.account_state(stream, keep_ended=1) as view:
        order = view.place_order(T, side="ask", count=4, price="0.60")
        amended = view.amend_order(order, count=6)
        assert amended is not None and (amended.initial, amended.remaining) == (Decimal(6),) * 2
        decreased = view.decrease_order(order, reduce_to=2)
        assert decreased is not None and decreased.remaining == 2
        view.cancel_order(order)
        other = view.place_order(T, side="ask", count=1, price="0.41")  # fills at once
        assert other.status == "executed"
        with view.lock:  # keep_ended=1: only the newest ended order is kept
            assert [o.order_id for o in view.state.orders()] == [other.order_id]
    stream.close()
    client.close()


def test_a_wait_for_an_order_the_view_dropped_answers_at_once(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    """keep_ended=1: the first of two orders that fill at once is dropped when the second
    ends; waiting for it (by either id) answers at once from how it ended (no WaitTimeout)."""

    async def body() -> None:
        async with opened(exchange, user, account_server, {"keep_ended": 1}) as view:
            first = await view.place_order(T, side="bid", count=1, price="0.44")
            second = await view.place_order(T, side="bid", count=1, price="0.44")
            assert (first.status, second.status) == ("executed", "executed")
            assert view.order(first.key) is None  # dropped
            assert (await view.wait_for(first, "executed", timeout=5)).filled == 1
            coid = str(first.client_order_id)
            with pytest.raises(OrderEnded) as ended:
                await view.wait_for(coid, "canceled", timeout=5)
            assert ended.value.order.order_id == first.order_id

    asyncio.run(asyncio.wait_for(body(), 10))


def test_a_wait_for_an_order_the_thread_view_dropped_answers_at_once(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    """The same through the view for threads (generated from the async one)."""
    client = exchange.client(user)
    stream = client.stream(ws_url=account_server.url, backoff=FAST)
    with client.account_state(stream, keep_ended=1) as view:
        first = view.place_order(T, side="ask", count=1, price="0.41")
        second = view.place_order(T, side="ask", count=1, price="0.41")
        assert (first.status, second.status) == ("executed", "executed")
        assert view.order(first.key) is None  # dropped
        assert view.wait_for(str(first.client_order_id), "terminal", timeout=5).filled == 1
        with pytest.raises(OrderEnded) as ended:
            view.wait_for(first, "resting", timeout=5)
        assert ended.value.order.status == "executed"
    stream.close()
    client.close()
