"""Waiting for an order to reach a status, woken by the engine's events instead of polling REST."""

from __future__ import annotations

import asyncio
import threading
from typing import Literal, TypeAlias

from .._errors import KalshiError
from ._concurrency import LoopGuard
from ._engine import AccountState
from ._events import AccountEvent
from ._model import OrderState

WaitStatus: TypeAlias = Literal[
    "acknowledged", "resting", "filled", "executed", "canceled", "terminal"
]


OrderRef: TypeAlias = str | OrderState


class WaitTimeout(KalshiError, TimeoutError):
    """The order did not reach the status in time; `order` is how it stood (None: unknown)."""

    def __init__(self, key: str, status: str, order: OrderState | None) -> None:
        super().__init__(f"order {key} did not become {status} in time")
        self.order = order


class OrderEnded(KalshiError):
    """The order ended (canceled or executed) without reaching the status waited for."""

    def __init__(self, status: str, order: OrderState) -> None:
        super().__init__(f"order {order.key} is {order.status}; it can never become {status}")
        self.order = order


def reached(order: OrderState, status: WaitStatus) -> bool:
    """`filled`: any contract filled; `executed`: all; `terminal`: canceled or executed."""
    if status == "acknowledged":
        return order.order_id is not None
    if status == "filled":
        return order.filled > 0
    if status == "terminal":
        return order.is_terminal
    return order.status == status


def _key(order: OrderRef) -> str:
    return order if isinstance(order, str) else order.key


def _check(state: AccountState, key: str, status: WaitStatus) -> OrderState | None:
    """The order once it reached `status`; raises OrderEnded when it never can.

    An ended order the state has dropped (`keep_ended`) is judged by how it ended: it can
    never change again, and no event about it will come to wake a waiter.
    """
    order = state.order(key) or state.dropped_order(key)
    if order is None:
        return None
    if reached(order, status):
        return order
    if order.is_terminal:
        raise OrderEnded(status, order)
    return None


async def wait_for(
    state: AccountState, order: OrderRef, status: WaitStatus, timeout: float | None = None
) -> OrderState:
    """Wait until `order` (an order_id, client_order_id or OrderState) reaches `status`.

    The engine must be fed on this event loop (the async view does so). Raises
    `WaitTimeout` after `timeout` seconds and `OrderEnded` when the order ends otherwise;
    an order the state dropped (`keep_ended`) is answered at once from how it ended.
    """
    key = _key(order)
    done = _check(state, key, status)
    if done is not None:
        return done
    woken = asyncio.Event()

    def on_event(event: AccountEvent) -> None:
        woken.set()

    stop = state.subscribe(on_event)
    try:
        async with asyncio.timeout(timeout):
            while True:
                await woken.wait()
                woken.clear()
                done = _check(state, key, status)
                if done is not None:
                    return done
    except TimeoutError:
        raise WaitTimeout(key, status, state.order(key)) from None
    finally:
        stop()


class AsyncWaiter:
    """`SyncWaiter` for one event loop, so the views are written once: `wait_for` above, and
    `lock` a `LoopGuard` (entering it does nothing; no other code runs between awaits)."""

    def __init__(self, state: AccountState) -> None:
        self.state = state
        self.lock = LoopGuard()

    async def wait_for(
        self, order: OrderRef, status: WaitStatus, timeout: float | None = None
    ) -> OrderState:
        return await wait_for(self.state, order, status, timeout)


class SyncWaiter:
    """`wait_for` for threads: the engine is fed on another thread.

    Waiting threads are woken by every event. The feeder should hold `lock` (re-entrant)
    while applying (`with waiter.lock: state.apply(m)`), so a waiter never reads the engine
    halfway through a change.
    """

    def __init__(self, state: AccountState) -> None:
        self.state = state
        self.lock = threading.Condition()
        state.subscribe(self._on_event)

    def _on_event(self, event: AccountEvent) -> None:
        with self.lock:  # re-entrant: the feeder may hold it already
            self.lock.notify_all()

    def wait_for(
        self, order: OrderRef, status: WaitStatus, timeout: float | None = None
    ) -> OrderState:
        key = _key(order)
        found: list[OrderState] = []

        def ready() -> bool:
            done = _check(self.state, key, status)
            if done is not None:
                found.append(done)
            return bool(found)

        with self.lock:
            if not self.lock.wait_for(ready, timeout):
                raise WaitTimeout(key, status, self.state.order(key))
        return found[0]
