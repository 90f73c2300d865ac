"""What sync and async code does differently, not just with `await`: the pairs here are
what `scripts/unasync.py` maps onto each other (`gather_limited` -> `run_in_order`,
`await_wait` -> `block_wait`) when it generates the sync twins of the async modules.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ._flow import Wait

T = TypeVar("T")


async def gather_limited(jobs: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Every job's result, in the jobs' order; at most `limit` run at once."""
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
    await asyncio.sleep(step.seconds)


def block_wait(step: Wait, sleep: Callable[[float], object] | None) -> None:
    """A blocking pause: the step's own sleeper (a limiter's clock), else `sleep`."""
    (step.sleep or sleep or time.sleep)(step.seconds)
