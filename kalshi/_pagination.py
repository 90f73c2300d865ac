"""Cursor pagination over any generated list operation, one page in memory at a time."""

from __future__ import annotations

import importlib
import inspect
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from kalshi_api.errors import MalformedField
from kalshi_api.types import Unset

if TYPE_CHECKING:
    from kalshi_api.operations import Operation, Page

from ._errors import APIError, APIResponseValidationError, InvalidType, InvalidValue
from ._operations import operation_of

T = TypeVar("T")


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
        lazy: bool = True,
    ) -> None:
        op = operation_of(operation)
        if op.page is None:
            raise InvalidType(f"{op.operation_id} is not cursor-paginated")
        self.op: Operation = op
        self.page: Page = op.page
        self.module: ModuleType = importlib.import_module(f"kalshi_api.api.{op.module}")
        self.item_field = self._choose_items(item_field)
        if max_items is not None and max_items < 0:
            raise InvalidValue("max_items must be >= 0")
        self.max_items = max_items
        self.parser = partial(self.module.parse_response, lazy=lazy)
        for reserved in ("cursor", self.page.size_param):
            if reserved and reserved in params:
                raise InvalidType(
                    f"pass {reserved!r} as {'cursor' if reserved == 'cursor' else 'page_size'}="
                )
        accepted = set(inspect.signature(self.module.sync).parameters) - {"client"}
        unknown = sorted(set(params) - accepted)
        if unknown:
            raise InvalidType(
                f"{op.operation_id}: unknown parameter {unknown[0]!r}; "
                f"accepted: {', '.join(sorted(accepted - {'cursor'}))}"
            )
        self.params = dict(params)
        size = page_size if page_size is not None else self.page.max_size
        if self.page.size_param and size is not None:
            if size < 1 or (self.page.max_size is not None and size > self.page.max_size):
                raise InvalidValue(
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
                raise InvalidType(
                    f"{self.op.operation_id} returns several lists {fields}: "
                    "choose one with item_field=..."
                )
            return fields[0]
        if item_field not in fields:
            raise InvalidValue(f"{self.op.operation_id} has no list {item_field!r}; has {fields}")
        return item_field

    def request(self) -> dict[str, Any]:
        """The request of the next page (the operation's `request_kwargs`)."""
        params = dict(self.params)
        if self.cursor:
            params["cursor"] = self.cursor
        kwargs: dict[str, Any] = self.module.request_kwargs(**params)
        return kwargs

    def parse(self, client: Any, response: Any) -> Any:
        """A page's detailed response (status, body, model). By default the model is lazy: each
        field of the page and of its items is parsed and checked when first read, so a walk
        that reads a few fields of each item does not pay for the others."""
        return client.build_response(response, self.parser)

    def _invalid(self, response: Any, why: object) -> APIResponseValidationError:
        """A page that does not match its model, with the answer it came in."""
        return APIResponseValidationError(
            f"{self.op.operation_id}: {why}",
            status_code=response.status_code,
            body=response.content,
            method=self.op.method,
            path=self.op.path,
        )

    def accept(self, response: Any) -> tuple[Any, list[Any]]:
        """(page model, its items cut at `max_items`) of a detailed response; advances the
        cursor: an empty one ends the walk, one seen before (a cycle) or a non-string raises."""
        page = response.parsed
        try:
            raw_cursor = getattr(page, self.page.cursor_field, None)
            values = getattr(page, self.item_field, None)
        except MalformedField as error:
            raise self._invalid(response, error) from error
        if raw_cursor is not None and not isinstance(raw_cursor, str | Unset):
            raise self._invalid(
                response,
                f"{self.page.cursor_field} is a {type(raw_cursor).__name__} ({raw_cursor!r}), "
                "not a string",
            )
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
        items = list(values) if isinstance(values, list) else []  # a null array: no items
        if self.max_items is not None:
            items = items[: self.max_items - self.yielded]
            if self.yielded + len(items) >= self.max_items:
                self.done = True
        self.yielded += len(items)
        return page, items

    @property
    def exhausted(self) -> bool:
        return self.done or (self.max_items is not None and self.yielded >= self.max_items)


# The paginators: written once as async code (`_async_paginator.py`), the sync one generated from
# it (`_sync_paginator.py`, by scripts/unasync.py). Imported last: they use `_Plan` above.
from ._async_paginator import AsyncPaginator  # noqa: E402
from ._sync_paginator import Paginator  # noqa: E402

__all__ = ["AsyncPaginator", "Paginator", "RepeatedCursorError"]
