"""What the clients' methods share that does no I/O: argument handling and planning.

The methods themselves are in `_async_methods.py` (written by hand) and `_sync_methods.py`
(generated from it by `scripts/unasync.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._batch import BatchKind
    from ._ratelimit import RateLimiter


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were given (None means: leave it to the API's default)."""
    return {name: value for name, value in values.items() if value is not None}


def batch_kind(action: str) -> BatchKind:
    from . import _batch

    return _batch.CreateV2() if action == "create" else _batch.CancelV2()


def prepared(action: str, orders: Iterable[Any]) -> list[Any]:
    from . import _batch

    return _batch.prepare_cancels(orders) if action == "cancel" else _batch.prepare_creates(orders)


def resting_filters(
    ticker: str | None, event_ticker: str | None, subaccount: int | None
) -> tuple[Any, dict[str, Any]]:
    """GetOrders and the parameters that select the resting orders to cancel."""
    from kalshi_api.api.orders import get_orders

    filters = given(ticker=ticker, event_ticker=event_ticker, subaccount=subaccount)
    return get_orders, {"status": "resting", **filters}


def batch_plan(
    limiter: RateLimiter | None, kind: BatchKind, items: list[Any], batch_size: int | None
) -> list[tuple[list[Any], int]]:
    """(chunk, offset of its first item) pairs, sized by the limiter's write budget."""
    from ._batch import DEFAULT_BATCH_SIZE, chunks

    if batch_size is None:
        batch_size = (
            limiter.batch_size(kind.operation, DEFAULT_BATCH_SIZE)
            if limiter
            else DEFAULT_BATCH_SIZE
        )
    planned, offset = [], 0
    for chunk in chunks(items, batch_size):
        planned.append((chunk, offset))
        offset += len(chunk)
    return planned
