"""Waiting for an order's status, woken by the engine's events."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from decimal import Decimal
from typing import Any

import pytest

from kalshi.state import AccountState, OrderEnded, SyncWaiter, WaitTimeout, wait_for
from kalshi.state._prune import FORGET_AT_LEAST

from .messages import fill, user_order


def run(coroutine: Coroutine[Any, Any, None]) -> None:
    asyncio.run(asyncio.wait_for(coroutine, 10))


def test_wait_for_returns_once_the_order_gets_there() -> None:
    async def body() -> None:
        state = AccountState()
        state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
        waiter = asyncio.create_task(wait_for(state, "c1", "executed", timeout=10))
        await asyncio.sleep(0)
        state.apply(fill("t1", "o1", "4.00"))
        await asyncio.sleep(0)
        assert not waiter.done()  # partly filled is not executed
        state.apply(user_order("o1", "c1", "executed", "10.00", "0.00", updated_ms=200))
        order = await waiter
        assert order.status == "executed" and order.order_id == "o1"

    run(body())


def test_wait_for_answers_at_once_when_already_there() -> None:
    async def body() -> None:
        state = AccountState()
        state.apply(user_order("o1", "c1", "resting", "1.00", "9.00", updated_ms=100))
        order = await wait_for(state, "o1", "filled", timeout=0)
        assert order.filled == 1

    run(body())


def test_wait_for_says_when_it_can_never_happen_or_time_ran_out() -> None:
    async def body() -> None:
        state = AccountState()
        state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
        with pytest.raises(WaitTimeout) as timed_out:
            await wait_for(state, "o1", "executed", timeout=0)
        assert timed_out.value.order is not None and timed_out.value.order.status == "resting"
        assert isinstance(timed_out.value, TimeoutError)

        waiter = asyncio.create_task(wait_for(state, "o1", "executed", timeout=10))
        await asyncio.sleep(0)
        state.apply(user_order("o1", "c1", "canceled", "0.00", "0.00", updated_ms=200))
        with pytest.raises(OrderEnded) as ended:
            await waiter
        assert ended.value.order.status == "canceled"

    run(body())


def test_the_sync_waiter_is_woken_from_the_feeding_thread() -> None:
    state = AccountState()
    waiter = SyncWaiter(state)
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    started = threading.Event()

    def feed() -> None:
        started.wait()
        with waiter.lock:
            state.apply(user_order("o1", "c1", "canceled", "0.00", "0.00", updated_ms=200))

    thread = threading.Thread(target=feed)
    thread.start()
    started.set()
    order = waiter.wait_for("c1", "canceled", timeout=10)
    thread.join()
    assert order.status == "canceled"
    with pytest.raises(WaitTimeout):
        waiter.wait_for("unknown-order", "resting", timeout=0)


def test_a_wait_for_an_order_dropped_by_keep_ended_answers_from_how_it_ended() -> None:
    """keep_ended=0 drops an order the moment it ends: a wait for it, by either id, before or
    while it ends, on either waiter, answers at once instead of running to its timeout."""

    async def body() -> None:
        state = AccountState(keep_ended=0)
        state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
        waiting = asyncio.create_task(wait_for(state, "c1", "executed", timeout=5))
        await asyncio.sleep(0)
        state.apply(user_order("o1", "c1", "executed", "10.00", "0.00", updated_ms=200))
        assert state.order("o1") is None  # dropped in the same change that ended it
        assert (await waiting).status == "executed"
        for key in ("o1", "c1"):
            order = await wait_for(state, key, "filled", timeout=5)
            assert (order.order_id, order.client_order_id) == ("o1", "c1")
            assert order.filled == Decimal(10)
            with pytest.raises(OrderEnded) as ended:
                await wait_for(state, key, "canceled", timeout=5)
            assert ended.value.order.status == "executed"
            dropped = state.dropped_order(key)
            assert dropped is not None and dropped.status == "executed"

        waiter = SyncWaiter(state)
        assert waiter.wait_for("c1", "terminal", timeout=5).order_id == "o1"
        with pytest.raises(OrderEnded):
            waiter.wait_for("o1", "resting", timeout=5)

    run(body())


def test_how_dropped_orders_ended_is_remembered_within_a_bound() -> None:
    """The final states of dropped orders are kept for as many orders as `keep_ended` (at
    least FORGET_AT_LEAST), oldest gone first, client order ids with them."""
    state = AccountState(keep_ended=0)
    for number in range(FORGET_AT_LEAST + 1):
        order_id, coid = f"o{number}", f"c{number}"
        state.apply(user_order(order_id, coid, "canceled", "0.00", "0.00", updated_ms=1))
    assert state.dropped_order("o0") is None and state.dropped_order("c0") is None
    assert state.order("o0") is None
    last = FORGET_AT_LEAST
    for key in ("o1", "c1", f"o{last}", f"c{last}"):
        dropped = state.dropped_order(key)
        assert dropped is not None and dropped.status == "canceled"
    with pytest.raises(WaitTimeout):  # forgotten altogether: nothing more is known
        SyncWaiter(state).wait_for("c0", "canceled", timeout=0)
