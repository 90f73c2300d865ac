"""Running a list of jobs: concurrently (async, at most `limit` at a time) or one by one (sync).

The only place where the client's methods differ between sync and async in what they do,
not just in `await`: `scripts/unasync.py` maps `gather_limited` to `run_in_order`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

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
