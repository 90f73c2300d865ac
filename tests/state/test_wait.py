"""Waiting for an order's status, woken by the engine's events."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any

import pytest

from kalshi.state import AccountState, OrderEnded, SyncWaiter, WaitTimeout, wait_for

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
