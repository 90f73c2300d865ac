"""Cursor pagination over any generated list operation, one page in memory at a time."""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kalshi_api.operations import Operation, Page

from ._errors import APIError
from ._operations import operation_of


class RepeatedCursorError(APIError):
    """The server sent a cursor it had already sent: following it would loop forever."""


class _Plan:
    """What to call and with which parameters; shared by the sync and async paginators."""

    def __init__(
        self,
        operation: Any,
        *,
        item_field: str | None,
        page_size: int | None,
        cursor: str | None,
        max_items: int | None,
        params: dict[str, Any],
    ) -> None:
        op = operation_of(operation)
        if op.page is None:
            raise TypeError(f"{op.operation_id} is not cursor-paginated")
        self.op: Operation = op
        self.page: Page = op.page
        self.module: ModuleType = importlib.import_module(f"kalshi_api.api.{op.module}")
        self.item_field = self._choose_items(item_field)
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self.max_items = max_items
        for reserved in ("cursor", self.page.size_param):
            if reserved and reserved in params:
                raise TypeError(
                    f"pass {reserved!r} as {'cursor' if reserved == 'cursor' else 'page_size'}="
                )
        accepted = set(inspect.signature(self.module.sync).parameters) - {"client"}
        unknown = sorted(set(params) - accepted)
        if unknown:
            raise TypeError(
                f"{op.operation_id}: unknown parameter {unknown[0]!r}; "
                f"accepted: {', '.join(sorted(accepted - {'cursor'}))}"
            )
        self.params = dict(params)
        size = page_size if page_size is not None else self.page.max_size
        if self.page.size_param and size is not None:
            if size < 1 or (self.page.max_size is not None and size > self.page.max_size):
                raise ValueError(
                    f"page_size for {op.operation_id} must be 1..{self.page.max_size}, not {size}"
                )
            self.params[self.page.size_param] = size
        self.cursor: str | None = cursor or None
        self.seen: set[str] = set()
        self.yielded = 0
        self.done = False

    def _choose_items(self, item_field: str | None) -> str:
        fields = self.page.item_fields
        if item_field is None:
            if len(fields) > 1:
                raise TypeError(
                    f"{self.op.operation_id} returns several lists {fields}: "
                    "choose one with item_field=..."
                )
            return fields[0]
        if item_field not in fields:
            raise ValueError(f"{self.op.operation_id} has no list {item_field!r}; has {fields}")
        return item_field

    def kwargs(self, client: Any) -> dict[str, Any]:
        kwargs = dict(self.params, client=client)
        if self.cursor:
            kwargs["cursor"] = self.cursor
        return kwargs

    def advance(self, raw_cursor: Any) -> None:
        """Record the next cursor; stop at an empty one; refuse one seen before."""
        following = raw_cursor if isinstance(raw_cursor, str) and raw_cursor else None
        if following is not None and (following in self.seen or following == self.cursor):
            raise RepeatedCursorError(
                f"{self.op.operation_id}: the server repeated cursor {following!r}",
                method=self.op.method,
                path=self.op.path,
            )
        if self.cursor:
            self.seen.add(self.cursor)
        self.cursor = following
        self.done = following is None

    def take(self, values: Any) -> list[Any]:
        """The page's items (a null array is an empty page), cut at `max_items`."""
        items = list(values) if isinstance(values, list) else []
        if self.max_items is not None:
            items = items[: self.max_items - self.yielded]
            if self.yielded + len(items) >= self.max_items:
                self.done = True
        self.yielded += len(items)
        return items

    # Item iteration reads each page's JSON once and builds one item model at a time, so a
    # page of 1,000 orders never exists as 1,000 models at once. The rest of the page is
    # still checked strictly against the response model.

    def request(self) -> dict[str, Any]:
        params = dict(self.params)
        if self.cursor:
            params["cursor"] = self.cursor
        kwargs: dict[str, Any] = self.module._get_kwargs(**params)
        return kwargs

    def raw_items(self, client: Any, response: Any) -> tuple[list[Any], Any]:
        """(raw item dicts, item model or None) of a page; advances the cursor."""
        from kalshi_api import models

        try:
            page = json.loads(response.content)
            if not isinstance(page, dict):
                raise TypeError(f"page is a {type(page).__name__}, not an object")
            envelope = {k: v for k, v in page.items() if k not in self.page.item_fields}
            getattr(models, self.page.response_model).from_dict(envelope)
            values = page.get(self.item_field)
            if values is not None and not isinstance(values, list):
                raise TypeError(f"{self.item_field} is not a list")
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise client.parse_error(response, error) from error
        self.advance(page.get(self.page.cursor_field))
        name = self.page.item_models[self.page.item_fields.index(self.item_field)]
        return self.take(values), getattr(models, name) if name else None

    @staticmethod
    def build(client: Any, response: Any, model: Any, raw: Any) -> Any:
        if model is None:
            return raw
        try:
            return model.from_dict(raw)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise client.parse_error(response, error) from error

    @property
    def exhausted(self) -> bool:
        return self.done or (self.max_items is not None and self.yielded >= self.max_items)


class Paginator:
    """Lazy iterator over the items of every page; `.cursor` resumes where it stopped.

    Iterate it for items, or call `.pages()` for the response models themselves.
    """

    def __init__(self, client: Any, plan: _Plan) -> None:
        self._client = client
        self._plan = plan

    @property
    def cursor(self) -> str | None:
        """Cursor of the page after the one being yielded: resume there (None when done)."""
        return self._plan.cursor

    def pages(self) -> Iterator[Any]:
        plan = self._plan
        while not plan.exhausted:
            response = plan.module.sync(**plan.kwargs(self._client))
            plan.advance(getattr(response, plan.page.cursor_field, None))
            plan.take(getattr(response, plan.item_field, None))
            yield response

    def __iter__(self) -> Iterator[Any]:
        """Items, built one at a time; the next page downloads while this one is consumed.

        One background thread fetches page k+1 as soon as page k's cursor is known, so the
        server's time and the transfer overlap with building models. At most two pages are
        held: the one being yielded (as parsed JSON) and the next (as bytes).
        """
        plan, client = self._plan, self._client
        if plan.exhausted:
            return
        http = client.get_httpx_client()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kalshi-prefetch")
        try:
            upcoming: Future[Any] | None = pool.submit(http.request, **plan.request())
            while upcoming is not None:
                response = upcoming.result()
                raw_items, model = plan.raw_items(client, response)
                upcoming = None if plan.exhausted else pool.submit(http.request, **plan.request())
                for raw in raw_items:
                    yield plan.build(client, response, model, raw)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


class AsyncPaginator:
    """`async for` over the items of every page; `.cursor` resumes where it stopped."""

    def __init__(self, client: Any, plan: _Plan) -> None:
        self._client = client
        self._plan = plan

    @property
    def cursor(self) -> str | None:
        return self._plan.cursor

    async def pages(self) -> AsyncIterator[Any]:
        plan = self._plan
        while not plan.exhausted:
            response = await plan.module.asyncio(**plan.kwargs(self._client))
            plan.advance(getattr(response, plan.page.cursor_field, None))
            plan.take(getattr(response, plan.item_field, None))
            yield response

    async def __aiter__(self) -> AsyncIterator[Any]:
        """Items, built one at a time; the next page is requested before this one is built."""
        import asyncio

        plan, client = self._plan, self._client
        if plan.exhausted:
            return
        http = client.get_async_httpx_client()
        upcoming: asyncio.Task[Any] | None = asyncio.ensure_future(http.request(**plan.request()))
        try:
            while upcoming is not None:
                response = await upcoming
                raw_items, model = plan.raw_items(client, response)
                upcoming = None
                if not plan.exhausted:
                    upcoming = asyncio.ensure_future(http.request(**plan.request()))
                    await asyncio.sleep(0)  # let it reach the transport before we build models
                for raw in raw_items:
                    yield plan.build(client, response, model, raw)
        finally:
            if upcoming is not None:
                upcoming.cancel()
