"""The convenience methods of the clients: pagination, batches, orders, rate limits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Unpack

if TYPE_CHECKING:
    from kalshi_api.client import AuthenticatedClient
    from kalshi_api.models import AmendOrderV2Response, CancelOrderV2Response, CreateOrderV2Response

    from ._batch import BatchItem, BatchKind, BatchResult
    from ._pagination import AsyncPaginator, Paginator
    from ._ratelimit import RateLimiter
    from .orders import AmendFields, LimitOrderFields

    _Base = AuthenticatedClient
else:
    _Base = object

# Batches, order building and their models load on first use: `import kalshi` stays fast.


def _given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were given (None means: leave it to the API's default)."""
    return {name: value for name, value in values.items() if value is not None}


def _kind(action: str, legacy: bool) -> BatchKind:
    from . import _batch

    if action == "create":
        return _batch.CreateLegacy() if legacy else _batch.CreateV2()
    return _batch.CancelLegacy() if legacy else _batch.CancelV2()


def _prepared(action: str, orders: Iterable[Any], legacy: bool) -> list[Any]:
    from . import _batch

    if action == "cancel":
        return _batch.prepare_cancels(orders)
    if legacy:
        from kalshi_api.models import CreateOrderRequest

        return _batch.prepare_creates(orders, CreateOrderRequest)
    return _batch.prepare_creates(orders)


def _resting(
    ticker: str | None, event_ticker: str | None, subaccount: int | None
) -> tuple[Any, dict[str, Any]]:
    """GetOrders and the parameters that select the resting orders to cancel."""
    from kalshi_api.api.orders import get_orders

    params: dict[str, Any] = {"status": "resting"}
    for name, value in (
        ("ticker", ticker),
        ("event_ticker", event_ticker),
        ("subaccount", subaccount),
    ):
        if value is not None:
            params[name] = value
    return get_orders, params


def _batch_plan(
    limiter: RateLimiter | None, kind: BatchKind, items: list[Any], batch_size: int | None
) -> list[list[Any]]:
    from ._batch import DEFAULT_BATCH_SIZE, chunks

    if batch_size is None:
        batch_size = (
            limiter.batch_size(kind.operation, DEFAULT_BATCH_SIZE)
            if limiter
            else DEFAULT_BATCH_SIZE
        )
    return chunks(items, batch_size)


class SyncHelpers(_Base):
    """Methods of `KalshiClient` built on the generated operations."""

    rate_limiter: RateLimiter | None

    def _paginator(
        self,
        operation: Any,
        *,
        item_field: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **params: Any,
    ) -> Paginator[Any]:
        """What `client.paginate` (typed per operation, in the generated resources) returns."""
        from ._pagination import Paginator, _Plan

        plan = _Plan(
            operation,
            item_field=item_field,
            page_size=page_size,
            cursor=cursor,
            max_items=max_items,
            params=params,
        )
        return Paginator(self, plan)

    def place_order(self, ticker: str, **order: Unpack[LimitOrderFields]) -> CreateOrderV2Response:
        """Build a V2 order with `kalshi.orders.limit_order` and place it; the typed ack."""
        from kalshi_api.api.orders import create_order_v2

        from .orders import limit_order

        return create_order_v2.sync(client=self, body=limit_order(ticker, **order))

    def cancel_order(
        self, order_id: str, *, subaccount: int | None = None
    ) -> CancelOrderV2Response:
        """Cancel one order by its `order_id`; what was left of it comes back."""
        from kalshi_api.api.orders import cancel_order_v2

        return cancel_order_v2.sync(order_id, client=self, **_given(subaccount=subaccount))

    def amend_order(self, order_id: str, **amend: Unpack[AmendFields]) -> AmendOrderV2Response:
        """Change an order's price and size (see `kalshi.orders.amend_request`)."""
        from kalshi_api.api.orders import amend_order_v2

        from .orders import amend_request

        return amend_order_v2.sync(order_id, client=self, body=amend_request(**amend))

    def _run_batches(
        self, kind: BatchKind, items: list[Any], batch_size: int | None
    ) -> BatchResult:
        from ._batch import BatchResult, run_chunk_sync

        outcomes: list[BatchItem] = []
        offset = 0
        for chunk in _batch_plan(self.rate_limiter, kind, items, batch_size):
            outcomes.extend(run_chunk_sync(self, kind, chunk, offset))
            offset += len(chunk)
        return BatchResult(outcomes)

    def batch_create(
        self, orders: Iterable[Any], *, batch_size: int | None = None, legacy: bool = False
    ) -> BatchResult:
        """Place any number of orders (`CreateOrderV2Request`s or dicts), chunk by chunk.

        Every order gets a client_order_id when it has none, so a chunk retried after a
        transport failure cannot create duplicates. `legacy=True` uses the retired v1 endpoint.
        """
        items = _prepared("create", orders, legacy)
        return self._run_batches(_kind("create", legacy), items, batch_size)

    def batch_cancel(
        self, orders: Iterable[Any], *, batch_size: int | None = None, legacy: bool = False
    ) -> BatchResult:
        """Cancel orders given as ids, dicts or objects with `order_id` (and `ticker`)."""
        items = _prepared("cancel", orders, legacy)
        return self._run_batches(_kind("cancel", legacy), items, batch_size)

    def cancel_all(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        subaccount: int | None = None,
        batch_size: int | None = None,
    ) -> BatchResult:
        """Cancel every resting order (optionally of one market or event), with a report."""
        operation, filters = _resting(ticker, event_ticker, subaccount)
        resting = list(self._paginator(operation, **filters))
        return self.batch_cancel(resting, batch_size=batch_size)

    def refresh_limits(self) -> RateLimiter:
        """Load the account's real token buckets and endpoint costs into the rate limiter."""
        if self.rate_limiter is None:
            from ._ratelimit import RateLimiter

            self.rate_limiter = RateLimiter()
        self.rate_limiter.refresh(self)
        return self.rate_limiter


class AsyncHelpers(_Base):
    """Methods of `AsyncKalshiClient` built on the generated operations."""

    rate_limiter: RateLimiter | None
    batch_concurrency: int = 8

    def _paginator(
        self,
        operation: Any,
        *,
        item_field: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **params: Any,
    ) -> AsyncPaginator[Any]:
        """What `client.paginate` (typed per operation) returns: `async for` over the items."""
        from ._pagination import AsyncPaginator, _Plan

        plan = _Plan(
            operation,
            item_field=item_field,
            page_size=page_size,
            cursor=cursor,
            max_items=max_items,
            params=params,
        )
        return AsyncPaginator(self, plan)

    async def place_order(
        self, ticker: str, **order: Unpack[LimitOrderFields]
    ) -> CreateOrderV2Response:
        from kalshi_api.api.orders import create_order_v2

        from .orders import limit_order

        return await create_order_v2.asyncio(client=self, body=limit_order(ticker, **order))

    async def cancel_order(
        self, order_id: str, *, subaccount: int | None = None
    ) -> CancelOrderV2Response:
        from kalshi_api.api.orders import cancel_order_v2

        given = _given(subaccount=subaccount)
        return await cancel_order_v2.asyncio(order_id, client=self, **given)

    async def amend_order(
        self, order_id: str, **amend: Unpack[AmendFields]
    ) -> AmendOrderV2Response:
        from kalshi_api.api.orders import amend_order_v2

        from .orders import amend_request

        return await amend_order_v2.asyncio(order_id, client=self, body=amend_request(**amend))

    async def _run_batches(
        self, kind: BatchKind, items: list[Any], batch_size: int | None
    ) -> BatchResult:
        import asyncio

        from ._batch import BatchResult, run_chunk_async

        gate = asyncio.Semaphore(self.batch_concurrency)
        planned = _batch_plan(self.rate_limiter, kind, items, batch_size)
        offsets = [sum(len(c) for c in planned[:i]) for i in range(len(planned))]

        async def one(chunk: list[Any], offset: int) -> list[BatchItem]:
            async with gate:
                return await run_chunk_async(self, kind, chunk, offset)

        results = await asyncio.gather(*(one(c, o) for c, o in zip(planned, offsets, strict=True)))
        return BatchResult([item for chunk in results for item in chunk])

    async def batch_create(
        self, orders: Iterable[Any], *, batch_size: int | None = None, legacy: bool = False
    ) -> BatchResult:
        """Like `KalshiClient.batch_create`, sending chunks concurrently (paced by the limiter)."""
        items = _prepared("create", orders, legacy)
        return await self._run_batches(_kind("create", legacy), items, batch_size)

    async def batch_cancel(
        self, orders: Iterable[Any], *, batch_size: int | None = None, legacy: bool = False
    ) -> BatchResult:
        items = _prepared("cancel", orders, legacy)
        return await self._run_batches(_kind("cancel", legacy), items, batch_size)

    async def cancel_all(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        subaccount: int | None = None,
        batch_size: int | None = None,
    ) -> BatchResult:
        operation, filters = _resting(ticker, event_ticker, subaccount)
        resting = [order async for order in self._paginator(operation, **filters)]
        return await self.batch_cancel(resting, batch_size=batch_size)

    async def refresh_limits(self) -> RateLimiter:
        if self.rate_limiter is None:
            from ._ratelimit import RateLimiter

            self.rate_limiter = RateLimiter()
        await self.rate_limiter.refresh_async(self)
        return self.rate_limiter
