"""What sync and async code does differently, not just with `await`: the pairs here are
what `scripts/unasync.py` maps onto each other (`gather_limited` -> `run_in_order`,
`await_wait` -> `block_wait`, `await_in_time` -> `block_in_time`, `AsyncPrefetch` ->
`Prefetch`) when it generates the sync twins of the async modules. The account views' pairs
(tasks or threads, a lock or none) are in `kalshi/state/_concurrency.py`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from ._flow import Wait

T = TypeVar("T")


async def gather_limited(jobs: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Every job's result, in the jobs' order; at most `limit` run at once."""
    import asyncio  # here, not at import time: `import kalshi` stays fast

    gate = asyncio.Semaphore(limit)

    async def one(job: Callable[[], Awaitable[T]]) -> T:
        async with gate:
            return await job()

    return list(await asyncio.gather(*(one(job) for job in jobs)))


def run_in_order(jobs: Sequence[Callable[[], T]], limit: int) -> list[T]:
    """Every job's result, running them one after the other (`limit` has no use here)."""
    return [job() for job in jobs]


async def await_wait(step: Wait, sleep: Callable[[float], object] | None) -> None:
    """An asynchronous pause (`sleep`, a synchronous sleeper, has no use here)."""
    import asyncio

    await asyncio.sleep(step.seconds)


def block_wait(step: Wait, sleep: Callable[[float], object] | None) -> None:
    """A blocking pause: the step's own sleeper (a limiter's clock), else `sleep`."""
    (step.sleep or sleep or time.sleep)(step.seconds)


# While a consumer works through a page, the fetch of the next one needs turns too: under
# the GIL a thread that is ready waits up to the switch interval (5 ms) for a busy consumer,
# and an event loop runs the fetch task only when the consumer awaits. Every this many items
# the paginator gives it one.
LET_FETCH_RUN_EVERY = 100


async def let_fetch_run() -> None:
    """One turn of the event loop for the task fetching ahead."""
    import asyncio

    await asyncio.sleep(0)


def let_thread_run() -> None:
    """Release the GIL once, so the thread fetching ahead can take its turn."""
    time.sleep(0)


async def await_in_time(request: httpx.Request, work: Awaitable[T]) -> T:
    """Await `work` (the whole attempt, headers included) within the request's deadline."""
    import asyncio

    from ._flow import DEADLINE

    deadline = request.extensions.get(DEADLINE)
    if deadline is None:
        return await work
    try:
        async with asyncio.timeout_at(
            asyncio.get_running_loop().time() + deadline - time.monotonic()
        ):
            return await work
    except TimeoutError:
        raise httpx.ReadTimeout(
            "the request took longer than its timeout", request=request
        ) from None


def block_in_time(request: httpx.Request, work: T) -> T:
    """The blocking twin: the attempt has already run, its body bounded as it was read."""
    return work


class AsyncPrefetch(Generic[T]):
    """At most one call running ahead of its consumer, as a task."""

    def __init__(self) -> None:
        self._task: Any = None

    @property
    def pending(self) -> bool:
        return self._task is not None

    def start(self, call: Callable[[], Awaitable[T]]) -> None:
        import asyncio

        self._task = asyncio.ensure_future(call())

    async def under_way(self) -> None:
        """Let the call reach its transport before the caller goes on."""
        import asyncio

        await asyncio.sleep(0)

    async def result(self) -> T:
        task, self._task = self._task, None
        return await task  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None


class Prefetch(Generic[T]):
    """At most one call running ahead of its consumer, on one background thread."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kalshi-prefetch")
        self._future: Future[T] | None = None

    @property
    def pending(self) -> bool:
        return self._future is not None

    def start(self, call: Callable[[], T]) -> None:
        self._future = self._pool.submit(call)

    def under_way(self) -> None:
        """The thread runs on its own: nothing to wait for."""

    def result(self) -> T:
        future, self._future = self._future, None
        assert future is not None
        return future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
