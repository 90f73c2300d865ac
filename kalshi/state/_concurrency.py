"""What the account views do differently on one event loop and on threads.

The views and their mark feeds are written once, as async code (`_view.py`, `_mark_feed.py`);
`scripts/unasync.py` generates the thread twins by mapping each `Loop*` name here onto its
`Thread*` twin. On the loop no other code runs between two awaits, so the state needs no lock
(`LoopGuard` only mirrors the `threading.Condition` the threads share) and work ends by being
cancelled; threads hold the lock while the state changes and end when they see `closing`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVarTuple

Ts = TypeVarTuple("Ts")

LoopEvent = asyncio.Event
ThreadEvent = threading.Event
LoopLock = asyncio.Lock  # one reconcile round at a time
ThreadLock = threading.Lock
ThreadGuard = threading.Condition  # re-entrant: listeners run with it held
JOIN_TIMEOUT_S = 10  # how long closing waits for each thread to end


class LoopGuard:
    """A `threading.Condition` for one event loop: entering it does nothing (nothing else runs
    until the next await), `wait_for` is awaited and woken by `notify_all`."""

    def __init__(self) -> None:
        self._changed: asyncio.Event | None = None

    def __enter__(self) -> bool:
        return True

    def __exit__(self, *exc_info: object) -> None:
        return None

    def notify_all(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    async def wait_for(self, predicate: Callable[[], bool], timeout: float | None = None) -> bool:
        """Until `predicate()` holds; False if it still does not after `timeout` seconds."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                while not predicate():
                    if self._changed is None:
                        self._changed = asyncio.Event()
                    await self._changed.wait()
        return predicate()


class LoopWorkers:
    """Background work as tasks; `stop()` cancels them (each ends at its next await)."""

    stop_ends_reads = True  # a task reading a subscription is cancelled like any other

    def __init__(self) -> None:
        self.closing = False
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(
        self, work: Callable[[*Ts], Coroutine[Any, Any, None]], *args: *Ts, name: str
    ) -> None:
        """Run `work(*args)` as a task (none once closing); a task that fails is reported the
        asyncio way, as a thread's error is by `threading.excepthook`."""
        if self.closing:
            return
        task = asyncio.create_task(work(*args), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def pause(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def stop(self) -> None:
        self.closing = True
        tasks = [task for task in self._tasks if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def join(self) -> None:
        """Nothing is left to wait for: `stop()` ended every task."""


class ThreadWorkers:
    """Background work on daemon threads; `stop()` sets `closing` and cuts `pause`s short,
    `join()` then waits for each thread to see it (after what it reads has ended)."""

    stop_ends_reads = False  # a thread reading a subscription reads on until it ends

    def __init__(self) -> None:
        self.closing = False
        self._closed = threading.Event()
        self._threads: set[threading.Thread] = set()
        self._mutex = threading.Lock()

    def spawn(self, work: Callable[[*Ts], None], *args: *Ts, name: str) -> None:
        """Run `work(*args)` on a thread of its own (none once closing)."""
        thread = threading.Thread(target=self._run, args=(work, args), name=name, daemon=True)
        with self._mutex:  # started under it: `join()` never meets a thread not yet started
            if self.closing:
                return
            self._threads.add(thread)
            thread.start()

    def _run(self, work: Callable[[*Ts], None], args: tuple[*Ts]) -> None:
        try:
            work(*args)
        finally:
            with self._mutex:
                self._threads.discard(threading.current_thread())

    def pause(self, seconds: float) -> None:
        self._closed.wait(seconds)

    def stop(self) -> None:
        with self._mutex:
            self.closing = True
        self._closed.set()

    def join(self) -> None:
        with self._mutex:
            threads = [t for t in self._threads if t is not threading.current_thread()]
        for thread in threads:
            thread.join(JOIN_TIMEOUT_S)
