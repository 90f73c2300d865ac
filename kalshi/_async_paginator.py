"""Lazy iteration over every page of a cursor-paginated operation, and over its items.

Written once, as the async code of `_async_paginator.py`; `_sync_paginator.py` is generated
from it by `scripts/unasync.py`. How the next page is fetched ahead (a task, or one background
thread) is the difference, in `kalshi._concurrency`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._concurrency import LET_FETCH_RUN_EVERY, AsyncPrefetch, let_fetch_run

if TYPE_CHECKING:
    from ._pagination import _Plan

T = TypeVar("T")


class AsyncPaginator(Generic[T]):
    """Lazy iterator over the items of every page; `.cursor` resumes where it stopped.

    Iterate it for items (typed as the operation's item model), or iterate `.pages()` for the
    response models themselves. Items come from the pages: one route, one page in memory.
    """

    def __init__(self, client: Any, plan: _Plan) -> None:
        self._client = client
        self._plan = plan

    @property
    def cursor(self) -> str | None:
        """Cursor of the page after the one being yielded: resume there (None when done)."""
        return self._plan.cursor

    async def _walk(self) -> AsyncIterator[tuple[Any, list[T]]]:
        """(page, items) pairs; page k+1 is requested as soon as page k's cursor is known, so
        the server's time and the transfer overlap with parsing page k here and the caller's
        work on its items (the fetch ahead only sends and reads; parsing stays in this thread)."""
        plan, client = self._plan, self._client
        if plan.exhausted:
            return
        ahead: AsyncPrefetch[Any] = AsyncPrefetch()
        try:
            ahead.start(partial(client.asend_operation, plan.request()))
            while ahead.pending:
                answer = await ahead.result()
                page, items = plan.accept(plan.parse(client, answer))
                if not plan.exhausted:
                    ahead.start(partial(client.asend_operation, plan.request()))
                    await ahead.under_way()
                yield page, items
        finally:
            await ahead.aclose()

    async def pages(self) -> AsyncIterator[Any]:
        async for page, _ in self._walk():
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for _, items in self._walk():
            for count, item in enumerate(items, 1):
                if count % LET_FETCH_RUN_EVERY == 0:
                    await let_fetch_run()
                yield item
