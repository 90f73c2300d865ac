"""The client's methods built on the generated operations: pagination, orders, batches,
rate limits.

Written once, as the async code of `_async_methods.py` (for the async client);
`_sync_methods.py` (for the sync client) is generated from it by `scripts/unasync.py`, and
`make check-generated` fails when the two disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, Unpack

from ._concurrency import gather_limited
from ._methods import batch_kind, batch_plan, given, prepared, resting_filters

if TYPE_CHECKING:
    from kalshi_api.client import AuthenticatedClient
    from kalshi_api.models import AmendOrderV2Response, CancelOrderV2Response, CreateOrderV2Response

    from ._batch import BatchItem, BatchKind, BatchResult
    from ._pagination import AsyncPaginator
    from ._ratelimit import RateLimiter
    from .orders import AmendFields, LimitOrderFields

    _Base = AuthenticatedClient
else:
    _Base = object

# Batches, order building and their models load on first use: `import kalshi` stays fast.


class AsyncMethods(_Base):
    """Methods of the client built on the generated operations."""

    rate_limiter: RateLimiter | None
    batch_concurrency: int = 8  #: chunks of a batch in flight at once (async only)

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
        """What `client.paginate` (typed per operation, in the generated resources) returns."""
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

    # ------------------------------------------------------------------ orders

    async def place_order(
        self, ticker: str, **order: Unpack[LimitOrderFields]
    ) -> CreateOrderV2Response:
        """Build a V2 order with `kalshi.orders.limit_order` and place it; the typed ack."""
        from kalshi_api.api.orders import create_order_v2

        from .orders import limit_order

        return await create_order_v2.asyncio(client=self, body=limit_order(ticker, **order))

    async def cancel_order(
        self, order_id: str, *, subaccount: int | None = None
    ) -> CancelOrderV2Response:
        """Cancel one order by its `order_id`; what was left of it comes back."""
        from kalshi_api.api.orders import cancel_order_v2

        extra = given(subaccount=subaccount)
        return await cancel_order_v2.asyncio(order_id, client=self, **extra)

    async def amend_order(
        self, order_id: str, **amend: Unpack[AmendFields]
    ) -> AmendOrderV2Response:
        """Change an order's price and size (see `kalshi.orders.amend_request`)."""
        from kalshi_api.api.orders import amend_order_v2

        from .orders import amend_request

        return await amend_order_v2.asyncio(order_id, client=self, body=amend_request(**amend))

    # ------------------------------------------------------------------ batches

    async def _run_chunk(self, kind: BatchKind, chunk: list[Any], offset: int) -> list[BatchItem]:
        """One batch request; one outcome per input, whatever happens."""
        from ._batch import chunk_outcomes, failed_chunk
        from ._errors import APIError, APIResponseValidationError

        try:
            response = await kind.call().asyncio_detailed(client=self, body=kind.body(chunk))
            body = response.content
        except APIResponseValidationError as error:  # malformed items: read them one by one
            body = error.body
        except APIError as error:
            return failed_chunk(kind, chunk, offset, error)
        return chunk_outcomes(kind, chunk, offset, body)

    async def _run_batches(
        self, kind: BatchKind, items: list[Any], batch_size: int | None
    ) -> BatchResult:
        from ._batch import BatchResult

        jobs = [
            partial(self._run_chunk, kind, chunk, offset)
            for chunk, offset in batch_plan(self.rate_limiter, kind, items, batch_size)
        ]
        results = await gather_limited(jobs, self.batch_concurrency)
        return BatchResult([item for chunk in results for item in chunk])

    async def batch_create(
        self, orders: Iterable[Any], *, batch_size: int | None = None
    ) -> BatchResult:
        """Place any number of orders (`CreateOrderV2Request`s or dicts), chunk by chunk.

        Every order gets a client_order_id when it has none, so a chunk retried after a
        transport failure cannot create duplicates.
        """
        items = prepared("create", orders)
        return await self._run_batches(batch_kind("create"), items, batch_size)

    async def batch_cancel(
        self, orders: Iterable[Any], *, batch_size: int | None = None
    ) -> BatchResult:
        """Cancel orders given as ids, dicts or objects with `order_id` (and `ticker`)."""
        items = prepared("cancel", orders)
        return await self._run_batches(batch_kind("cancel"), items, batch_size)

    async def cancel_all(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        subaccount: int | None = None,
        batch_size: int | None = None,
    ) -> BatchResult:
        """Cancel every resting order (optionally of one market or event), with a report."""
        operation, filters = resting_filters(ticker, event_ticker, subaccount)
        resting = [order async for order in self._paginator(operation, **filters)]
        return await self.batch_cancel(resting, batch_size=batch_size)

    # ------------------------------------------------------------------ rate limits

    async def refresh_limits(self) -> RateLimiter:
        """Load the account's real token buckets and endpoint costs into the rate limiter
        (GET /account/limits and GET /account/endpoint_costs)."""
        from kalshi_api.api.account import get_account_api_limits, get_account_endpoint_costs

        from ._ratelimit import RateLimiter

        if self.rate_limiter is None:
            self.rate_limiter = RateLimiter()
        limits = await get_account_api_limits.asyncio(client=self)
        costs = await get_account_endpoint_costs.asyncio(client=self)
        self.rate_limiter.apply_limits(limits.to_dict(), costs.to_dict())
        return self.rate_limiter
