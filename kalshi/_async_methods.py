"""The client's methods built on the generated operations: pagination, orders, batches,
rate limits.

Written once, as the async code of `_async_methods.py` (for the async client);
`_sync_methods.py` (for the sync client) is generated from it by `scripts/unasync.py`, and
`make check-generated` fails when the two disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from ._concurrency import gather_limited
from ._errors import APIError, KalshiError
from ._methods import batch_kind, batch_plan, given, prepared, resting_filters

if TYPE_CHECKING:
    import httpx

    from kalshi_api.client import AuthenticatedClient, Parser
    from kalshi_api.models import (
        AmendOrderV2Response,
        CancelOrderV2Response,
        CreateOrderV2Response,
        Order,
    )
    from kalshi_api.types import Response

    from ._async_drivers import AsyncFlowTransport
    from ._batch import BatchItem, BatchKind, BatchResult
    from ._outcomes import CreateTarget
    from ._pagination import AsyncPaginator
    from ._ratelimit import RateLimiter
    from .orders import AmendFields, LimitOrderFields, OrderRef

    _Base = AuthenticatedClient
else:
    _Base = object

T = TypeVar("T")

# Batches, order building and their models load on first use: `import kalshi` stays fast.


class AsyncMethods(_Base):
    """Methods of the client built on the generated operations."""

    rate_limiter: RateLimiter | None
    batch_concurrency: int = 8  #: chunks of a batch in flight at once (async only)

    if TYPE_CHECKING:
        _flow: AsyncFlowTransport

        def _request(self, kwargs: dict[str, Any], http: Any) -> httpx.Request: ...

    # ------------------------------------------------------------------ sending

    async def aexecute(self, kwargs: dict[str, Any], parse: Parser[T]) -> Response[T]:
        """One generated operation: its request through the flow, then its parser."""
        return self.build_response(await self.asend_operation(kwargs), parse)

    async def asend_operation(self, kwargs: dict[str, Any]) -> httpx.Response:
        """The final answer to one generated operation's request (`kwargs` from its
        `request_kwargs`), read in full and not yet parsed.

        A create or cancel whose outcome the flow could not see is settled here, by looking
        the order up (see `_settle`), so `create_order_v2` and `place_order` alike report what
        the exchange holds.
        """
        request = self._request(kwargs, self.get_async_httpx_client())
        try:
            return await self._flow.handle_async_request(request)
        except APIError as error:
            return await self._settle(request, error)

    async def _settle(self, request: httpx.Request, error: APIError) -> httpx.Response:
        """The answer a failed write really had, when an attempt of it may have landed.

        A create (by client_order_id) found on the exchange is a success with the real order;
        a cancel whose order is found canceled is a success. Found not to have happened: the
        error stands (`may_have_landed` now False). The look-up failing, or Kalshi saying the
        order exists where the look-up cannot see it: `OutcomeUnknownError`.
        """
        from . import _outcomes as outcomes

        if not outcomes.unsettled(error):
            raise error
        target = outcomes.create_target(request)
        if target is not None:
            try:
                found = await self._find_orders([target])
            except KalshiError as lookup:
                raise outcomes.unknown(
                    error, client_order_id=target.client_order_id, lookup_error=lookup
                ) from error
            order = found.get(target.client_order_id)
            if order is not None:
                return outcomes.created(request, order.to_dict(), error)
            if outcomes.conflict_after_retry(error):
                raise outcomes.unknown(
                    error,
                    client_order_id=target.client_order_id,
                    why="Kalshi says it exists but the look-up did not find it",
                ) from error
            raise outcomes.not_carried_out(error)
        order_id = outcomes.cancel_target(request)
        if order_id is not None:
            try:
                state = await self._order_state(order_id)
            except KalshiError as lookup:
                raise outcomes.unknown(error, order_id=order_id, lookup_error=lookup) from error
            if state is not None and outcomes.order_status(state) == "canceled":
                return outcomes.canceled(request, state, error)
            raise outcomes.not_carried_out(error)
        raise error

    async def _find_orders(self, targets: list[CreateTarget]) -> dict[str, Order]:
        """The orders of these creates that the exchange holds, by client_order_id.

        GetOrders has no client_order_id filter, so this walks the orders of each market
        (and subaccount) created since shortly before the first attempt was sent.
        """
        from kalshi_api.api.orders import get_orders

        groups: dict[tuple[str | None, int | None], set[str]] = {}
        since: dict[tuple[str | None, int | None], list[int]] = {}
        for target in targets:
            group = (target.ticker, target.subaccount)
            groups.setdefault(group, set()).add(target.client_order_id)
            since.setdefault(group, []).extend([target.since] if target.since is not None else [])
        found: dict[str, Order] = {}
        for (ticker, subaccount), wanted in groups.items():
            earliest = min(since[(ticker, subaccount)], default=None)
            filters = given(ticker=ticker, subaccount=subaccount, min_ts=earliest)
            cursor: str | None = None
            seen: set[str] = set()
            while wanted:
                page = await get_orders.asyncio(
                    client=self, limit=1000, **filters, **given(cursor=cursor)
                )
                for order in page.orders or []:
                    client_id = order.client_order_id
                    if isinstance(client_id, str) and client_id in wanted:
                        found[client_id] = order
                        wanted.discard(client_id)
                next_cursor = page.cursor if isinstance(page.cursor, str) else ""
                if not next_cursor or not page.orders:
                    break
                if next_cursor in seen:
                    raise KalshiError(f"GetOrders repeated the cursor {next_cursor!r}")
                seen.add(next_cursor)
                cursor = next_cursor
        return found

    async def _order_state(self, order_id: str) -> dict[str, Any] | None:
        """The order as the exchange holds it (GetOrder), or None when it has no such order."""
        from kalshi_api.api.orders import get_order

        from ._errors import NotFoundError

        try:
            answer = await get_order.asyncio(order_id, client=self)
        except NotFoundError:
            return None
        return answer.order.to_dict() if answer.order else None

    async def find_order(
        self,
        client_order_id: str,
        *,
        ticker: str | None = None,
        since: int | None = None,
        subaccount: int | None = None,
    ) -> Order | None:
        """The order placed with this `client_order_id`, or None (e.g. after OutcomeUnknownError).

        Walks GetOrders (of `ticker`, created at or after `since`, Unix seconds, when given).
        """
        from ._outcomes import CreateTarget

        target = CreateTarget(client_order_id, ticker, subaccount, since)
        return (await self._find_orders([target])).get(client_order_id)

    def _paginator(
        self,
        operation: Any,
        *,
        item_field: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
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
            lazy=lazy,
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
        self, order: OrderRef, *, subaccount: int | None = None
    ) -> CancelOrderV2Response:
        """Cancel one order (its `order_id`, or the ack or model naming it); what was left of
        it comes back."""
        from kalshi_api.api.orders import cancel_order_v2

        from .orders import order_id_of

        extra = given(subaccount=subaccount)
        return await cancel_order_v2.asyncio(order_id_of(order), client=self, **extra)

    async def amend_order(
        self, order: OrderRef, **amend: Unpack[AmendFields]
    ) -> AmendOrderV2Response:
        """Change an order's price and size (see `kalshi.orders.amend_request`); `order` is
        its `order_id`, or the ack or model naming it."""
        from kalshi_api.api.orders import amend_order_v2

        from .orders import amend_request, order_id_of

        order_id = order_id_of(order)
        return await amend_order_v2.asyncio(order_id, client=self, body=amend_request(**amend))

    # ------------------------------------------------------------------ batches

    async def _run_chunk(self, kind: BatchKind, chunk: list[Any], offset: int) -> list[BatchItem]:
        """One batch request; one outcome per input, whatever happens.

        When an attempt of the chunk may have landed, the items its retry could not vouch for
        are looked up (see `_settle_items`).
        """
        from ._batch import chunk_outcomes, failed_chunk
        from ._flow import attempts_of

        request = self._request(kind.kwargs(chunk), self.get_async_httpx_client())
        try:
            response = await self._flow.handle_async_request(request)
        except APIError as error:
            items = failed_chunk(kind, chunk, offset, error)
            if not error.may_have_landed:
                return items
            return await self._settle_items(kind, chunk, items, request, whole=True)
        items = chunk_outcomes(kind, chunk, offset, response.content)
        if not attempts_of(request).may_have_landed:
            return items
        return await self._settle_items(kind, chunk, items, request, whole=False)

    async def _settle_items(
        self,
        kind: BatchKind,
        chunk: list[Any],
        items: list[BatchItem],
        request: httpx.Request,
        *,
        whole: bool,
    ) -> list[BatchItem]:
        """Items of a chunk an earlier attempt may have carried out, as the exchange has them.

        `whole`: the chunk failed as a whole, so every item is in doubt; otherwise only those
        its retry answered `order_already_exists` (creates) or `not_found` (cancels).
        """
        from . import _batch
        from ._outcomes import ALREADY_EXISTS, NOT_FOUND

        doubtful = [
            position
            for position, item in enumerate(items)
            if item.error is not None
            and (whole or item.error.code == (ALREADY_EXISTS if kind.creates else NOT_FOUND))
        ]
        if not doubtful:
            return items
        settled = list(items)
        if kind.creates:
            targets = _batch.create_targets(chunk, request)
            try:
                found = await self._find_orders([targets[p] for p in doubtful])
            except KalshiError as lookup:
                for p in doubtful:
                    settled[p] = _batch.unknown_item(items[p], lookup)
                return settled
            for p in doubtful:
                order = found.get(targets[p].client_order_id)
                if order is not None:
                    settled[p] = _batch.found_item(items[p], order.to_dict())
                elif (error := items[p].error) is not None and error.code == ALREADY_EXISTS:
                    settled[p] = _batch.unknown_item(items[p], None)
            return settled
        for p in doubtful:
            order_id = items[p].order_id or ""
            try:
                state = await self._order_state(order_id)
            except KalshiError as lookup:
                settled[p] = _batch.unknown_item(items[p], lookup)
                continue
            if state is not None and state.get("status") == "canceled":
                settled[p] = _batch.found_item(items[p], state)
        return settled

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
