"""What sync and async code does differently, not just with `await`: the pairs here are
what `scripts/unasync.py` maps onto each other (`gather_limited` -> `run_in_order`,
`await_wait` -> `block_wait`, `await_in_time` -> `block_in_time`) when it generates the sync
twins of the async modules.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

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
