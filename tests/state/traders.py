"""One bot, two views: the async `AccountView` and the thread `SyncAccountView` behind one
async interface, so the fault scenario is written once and drives both.

The thread view's calls run in worker threads (`asyncio.to_thread`), as a threaded bot's would;
its events come from a listener, which it calls on its own threads with its lock held.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from kalshi.state import (
    AccountEvent,
    AccountState,
    AccountView,
    OrderRef,
    OrderState,
    SyncAccountView,
    WaitStatus,
)
from kalshi.stream import OrderBook

R = TypeVar("R")


class Trader(Protocol):
    """What the bot does with a view."""

    events: list[AccountEvent]  # every event since the bot started, in order

    async def place(self, ticker: str, **order: Any) -> OrderState: ...
    async def cancel(self, order: OrderState) -> OrderState | None: ...
    async def batch_cancel(self, orders: list[OrderState]) -> None: ...
    async def amend(self, order: OrderState, price: Decimal, count: Decimal) -> None: ...
    async def decrease(self, order: OrderState, reduce_by: Decimal) -> None: ...
    async def wait_for(self, order: OrderRef, status: WaitStatus, timeout: float) -> OrderState: ...
    async def wait_until(self, check: Callable[[AccountState], bool], timeout: float) -> None: ...
    async def resync(self) -> None: ...
    def read(self, reader: Callable[[AccountState], R]) -> R: ...
    def book(self, ticker: str) -> OrderBook: ...


class AsyncTrader:
    """The async view, on this event loop; events read from `view.events()`."""

    def __init__(self, view: AccountView, books: dict[str, OrderBook]) -> None:
        self.view = view
        self._books = books
        self.events: list[AccountEvent] = []
        self._reader: asyncio.Task[None] | None = None

    async def start(self) -> None:
        async def read() -> None:
            async for event in self.view.events():
                self.events.append(event)

        self._reader = asyncio.create_task(read())
        await asyncio.sleep(0)  # the reader runs up to its first wait: it is subscribed

    async def stop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader

    async def place(self, ticker: str, **order: Any) -> OrderState:
        return await self.view.place_order(ticker, **order)

    async def cancel(self, order: OrderState) -> OrderState | None:
        return await self.view.cancel_order(order)

    async def batch_cancel(self, orders: list[OrderState]) -> None:
        await self.view.batch_cancel(orders)

    async def amend(self, order: OrderState, price: Decimal, count: Decimal) -> None:
        await self.view.amend_order(order, price=price, count=count)

    async def decrease(self, order: OrderState, reduce_by: Decimal) -> None:
        await self.view.decrease_order(order, reduce_by=reduce_by)

    async def wait_for(self, order: OrderRef, status: WaitStatus, timeout: float) -> OrderState:
        return await self.view.wait_for(order, status, timeout=timeout)

    async def wait_until(self, check: Callable[[AccountState], bool], timeout: float) -> None:
        """Until `check(state)` holds, woken by the view's events (never polling)."""
        woken = asyncio.Event()
        stop = self.view.state.subscribe(lambda event: woken.set())
        try:
            async with asyncio.timeout(timeout):
                while not check(self.view.state):
                    woken.clear()
                    await woken.wait()
        finally:
            stop()

    async def resync(self) -> None:
        await self.view.resync()

    def read(self, reader: Callable[[AccountState], R]) -> R:
        return reader(self.view.state)

    def book(self, ticker: str) -> OrderBook:
        return self._books[ticker]


class ThreadTrader:
    """The thread view; each call in a worker thread, events from a listener."""

    def __init__(self, view: SyncAccountView, books: dict[str, OrderBook]) -> None:
        self.view = view
        self._books = books
        self.events: list[AccountEvent] = []
        with view.lock:
            self._stop = view.state.subscribe(self.events.append)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        with self.view.lock:
            self._stop()

    async def _run(self, call: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        return await asyncio.to_thread(call, *args, **kwargs)

    async def place(self, ticker: str, **order: Any) -> OrderState:
        return await self._run(self.view.place_order, ticker, **order)

    async def cancel(self, order: OrderState) -> OrderState | None:
        return await self._run(self.view.cancel_order, order)

    async def batch_cancel(self, orders: list[OrderState]) -> None:
        await self._run(self.view.batch_cancel, orders)

    async def amend(self, order: OrderState, price: Decimal, count: Decimal) -> None:
        await self._run(self.view.amend_order, order, price=price, count=count)

    async def decrease(self, order: OrderState, reduce_by: Decimal) -> None:
        await self._run(self.view.decrease_order, order, reduce_by=reduce_by)

    async def wait_for(self, order: OrderRef, status: WaitStatus, timeout: float) -> OrderState:
        return await self._run(self.view.wait_for, order, status, timeout)

    async def wait_until(self, check: Callable[[AccountState], bool], timeout: float) -> None:
        def wait() -> None:
            with self.view.lock:  # a Condition the view notifies on every event
                if not self.view.lock.wait_for(lambda: check(self.view.state), timeout):
                    raise TimeoutError("the view did not reach the expected state in time")

        await self._run(wait)

    async def resync(self) -> None:
        await self._run(self.view.resync)

    def read(self, reader: Callable[[AccountState], R]) -> R:
        with self.view.lock:
            return reader(self.view.state)

    def book(self, ticker: str) -> OrderBook:
        return self._books[ticker]
