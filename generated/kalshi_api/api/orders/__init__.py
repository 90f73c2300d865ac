"""Operations tagged `orders`: modules of functions, and the `OrdersApi` / `AsyncOrdersApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.amend_order_request import AmendOrderRequest
    from ...models.amend_order_response import AmendOrderResponse
    from ...models.amend_order_v2_request import AmendOrderV2Request
    from ...models.amend_order_v2_response import AmendOrderV2Response
    from ...models.batch_cancel_orders_request import BatchCancelOrdersRequest
    from ...models.batch_cancel_orders_response import BatchCancelOrdersResponse
    from ...models.batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
    from ...models.batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
    from ...models.batch_create_orders_request import BatchCreateOrdersRequest
    from ...models.batch_create_orders_response import BatchCreateOrdersResponse
    from ...models.batch_create_orders_v2_request import BatchCreateOrdersV2Request
    from ...models.batch_create_orders_v2_response import BatchCreateOrdersV2Response
    from ...models.cancel_order_response import CancelOrderResponse
    from ...models.cancel_order_v2_response import CancelOrderV2Response
    from ...models.create_order_request import CreateOrderRequest
    from ...models.create_order_response import CreateOrderResponse
    from ...models.create_order_v2_request import CreateOrderV2Request
    from ...models.create_order_v2_response import CreateOrderV2Response
    from ...models.decrease_order_request import DecreaseOrderRequest
    from ...models.decrease_order_response import DecreaseOrderResponse
    from ...models.decrease_order_v2_request import DecreaseOrderV2Request
    from ...models.decrease_order_v2_response import DecreaseOrderV2Response
    from ...models.get_order_queue_position_response import (
        GetOrderQueuePositionResponse,
    )
    from ...models.get_order_queue_positions_response import (
        GetOrderQueuePositionsResponse,
    )
    from ...models.get_order_response import GetOrderResponse
    from ...models.get_orders_response import GetOrdersResponse
    from ...types import Response
    from . import amend_order as amend_order
    from . import amend_order_v2 as amend_order_v2
    from . import batch_cancel_orders as batch_cancel_orders
    from . import batch_cancel_orders_v2 as batch_cancel_orders_v2
    from . import batch_create_orders as batch_create_orders
    from . import batch_create_orders_v2 as batch_create_orders_v2
    from . import cancel_all_orders as cancel_all_orders
    from . import cancel_order as cancel_order
    from . import cancel_order_v2 as cancel_order_v2
    from . import create_order as create_order
    from . import create_order_v2 as create_order_v2
    from . import decrease_order as decrease_order
    from . import decrease_order_v2 as decrease_order_v2
    from . import get_order as get_order
    from . import get_order_queue_position as get_order_queue_position
    from . import get_order_queue_positions as get_order_queue_positions
    from . import get_orders as get_orders

MODULES = (
    "get_orders",
    "create_order",
    "get_order",
    "cancel_order",
    "get_order_queue_positions",
    "get_order_queue_position",
    "create_order_v2",
    "cancel_all_orders",
    "batch_create_orders_v2",
    "batch_cancel_orders_v2",
    "cancel_order_v2",
    "amend_order_v2",
    "decrease_order_v2",
    "batch_create_orders",
    "batch_cancel_orders",
    "amend_order",
    "decrease_order",
)


def __getattr__(name: str) -> Any:
    """`orders.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class OrdersApi:
    """`client.orders`: every operation tagged `orders`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_orders(
        self,
        *,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetOrdersResponse:
        """Get Orders: Lists the member's orders, filtered and cursor-paginated."""
        return _module("get_orders").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    @deprecated(
        "Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."
    )
    def create_order(
        self,
        *,
        body: CreateOrderRequest,
    ) -> CreateOrderResponse:
        """Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."""
        return _module("create_order").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_order(
        self,
        order_id: str,
    ) -> GetOrderResponse:
        """Get Order: One order of the member by id."""
        return _module("get_order").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
        )

    @deprecated(
        "Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."
    )
    def cancel_order(
        self,
        order_id: str,
        *,
        subaccount: int | Unset = UNSET,
    ) -> CancelOrderResponse:
        """Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."""
        return _module("cancel_order").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            subaccount=subaccount,
        )

    def get_order_queue_positions(
        self,
        *,
        market_tickers: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetOrderQueuePositionsResponse:
        """Get Queue Positions for Orders"""
        return _module("get_order_queue_positions").sync(  # type: ignore[no-any-return]
            client=self._client,
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        )

    def get_order_queue_position(
        self,
        order_id: str,
    ) -> GetOrderQueuePositionResponse:
        """Get Order Queue Position"""
        return _module("get_order_queue_position").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
        )

    def create_order_v2(
        self,
        *,
        body: CreateOrderV2Request,
    ) -> CreateOrderV2Response:
        """Create Order (V2): Places one order on the single YES book (bid buys YES, ask sells YES)."""
        return _module("create_order_v2").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def cancel_all_orders(
        self,
        *,
        subaccount: int | Unset = UNSET,
    ) -> Any:
        """Cancel All Orders: Cancels every resting order of the member."""
        return _module("cancel_all_orders").sync(  # type: ignore[no-any-return]
            client=self._client,
            subaccount=subaccount,
        )

    def batch_create_orders_v2(
        self,
        *,
        body: BatchCreateOrdersV2Request,
    ) -> BatchCreateOrdersV2Response:
        """Batch Create Orders (V2): Places several orders in one request; each item succeeds or fails alone."""
        return _module("batch_create_orders_v2").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def batch_cancel_orders_v2(
        self,
        *,
        body: BatchCancelOrdersV2Request,
    ) -> BatchCancelOrdersV2Response:
        """Batch Cancel Orders (V2): Cancels several orders in one request; each item succeeds or fails alone."""
        return _module("batch_cancel_orders_v2").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def cancel_order_v2(
        self,
        order_id: str,
        *,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
    ) -> CancelOrderV2Response:
        """Cancel Order (V2): Cancels the resting remainder of one order."""
        return _module("cancel_order_v2").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )

    def amend_order_v2(
        self,
        order_id: str,
        *,
        body: AmendOrderV2Request,
        subaccount: int | Unset = UNSET,
    ) -> AmendOrderV2Response:
        """Amend Order (V2): Changes the price and/or total count of a resting order."""
        return _module("amend_order_v2").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        )

    def decrease_order_v2(
        self,
        order_id: str,
        *,
        body: DecreaseOrderV2Request,
        subaccount: int | Unset = UNSET,
    ) -> DecreaseOrderV2Response:
        """Decrease Order (V2): Reduces the resting count of an order by or to a number of contracts."""
        return _module("decrease_order_v2").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        )

    @deprecated(
        "Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."
    )
    def batch_create_orders(
        self,
        *,
        body: BatchCreateOrdersRequest,
    ) -> BatchCreateOrdersResponse:
        """Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."""
        return _module("batch_create_orders").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    @deprecated(
        "Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."
    )
    def batch_cancel_orders(
        self,
        *,
        body: BatchCancelOrdersRequest,
    ) -> BatchCancelOrdersResponse:
        """Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."""
        return _module("batch_cancel_orders").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    @deprecated(
        "Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."
    )
    def amend_order(
        self,
        order_id: str,
        *,
        body: AmendOrderRequest,
    ) -> AmendOrderResponse:
        """Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."""
        return _module("amend_order").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
        )

    @deprecated(
        "Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."
    )
    def decrease_order(
        self,
        order_id: str,
        *,
        body: DecreaseOrderRequest,
    ) -> DecreaseOrderResponse:
        """Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."""
        return _module("decrease_order").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
        )


class AsyncOrdersApi:
    """`client.orders`: every operation tagged `orders`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_orders(
        self,
        *,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetOrdersResponse:
        """Get Orders: Lists the member's orders, filtered and cursor-paginated."""
        return await _module("get_orders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    @deprecated(
        "Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."
    )
    async def create_order(
        self,
        *,
        body: CreateOrderRequest,
    ) -> CreateOrderResponse:
        """Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."""
        return await _module("create_order").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_order(
        self,
        order_id: str,
    ) -> GetOrderResponse:
        """Get Order: One order of the member by id."""
        return await _module("get_order").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
        )

    @deprecated(
        "Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."
    )
    async def cancel_order(
        self,
        order_id: str,
        *,
        subaccount: int | Unset = UNSET,
    ) -> CancelOrderResponse:
        """Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."""
        return await _module("cancel_order").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            subaccount=subaccount,
        )

    async def get_order_queue_positions(
        self,
        *,
        market_tickers: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetOrderQueuePositionsResponse:
        """Get Queue Positions for Orders"""
        return await _module("get_order_queue_positions").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            market_tickers=market_tickers,
            event_ticker=event_ticker,
            subaccount=subaccount,
        )

    async def get_order_queue_position(
        self,
        order_id: str,
    ) -> GetOrderQueuePositionResponse:
        """Get Order Queue Position"""
        return await _module("get_order_queue_position").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
        )

    async def create_order_v2(
        self,
        *,
        body: CreateOrderV2Request,
    ) -> CreateOrderV2Response:
        """Create Order (V2): Places one order on the single YES book (bid buys YES, ask sells YES)."""
        return await _module("create_order_v2").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def cancel_all_orders(
        self,
        *,
        subaccount: int | Unset = UNSET,
    ) -> Any:
        """Cancel All Orders: Cancels every resting order of the member."""
        return await _module("cancel_all_orders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subaccount=subaccount,
        )

    async def batch_create_orders_v2(
        self,
        *,
        body: BatchCreateOrdersV2Request,
    ) -> BatchCreateOrdersV2Response:
        """Batch Create Orders (V2): Places several orders in one request; each item succeeds or fails alone."""
        return await _module("batch_create_orders_v2").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def batch_cancel_orders_v2(
        self,
        *,
        body: BatchCancelOrdersV2Request,
    ) -> BatchCancelOrdersV2Response:
        """Batch Cancel Orders (V2): Cancels several orders in one request; each item succeeds or fails alone."""
        return await _module("batch_cancel_orders_v2").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def cancel_order_v2(
        self,
        order_id: str,
        *,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
    ) -> CancelOrderV2Response:
        """Cancel Order (V2): Cancels the resting remainder of one order."""
        return await _module("cancel_order_v2").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )

    async def amend_order_v2(
        self,
        order_id: str,
        *,
        body: AmendOrderV2Request,
        subaccount: int | Unset = UNSET,
    ) -> AmendOrderV2Response:
        """Amend Order (V2): Changes the price and/or total count of a resting order."""
        return await _module("amend_order_v2").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        )

    async def decrease_order_v2(
        self,
        order_id: str,
        *,
        body: DecreaseOrderV2Request,
        subaccount: int | Unset = UNSET,
    ) -> DecreaseOrderV2Response:
        """Decrease Order (V2): Reduces the resting count of an order by or to a number of contracts."""
        return await _module("decrease_order_v2").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
            subaccount=subaccount,
        )

    @deprecated(
        "Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."
    )
    async def batch_create_orders(
        self,
        *,
        body: BatchCreateOrdersRequest,
    ) -> BatchCreateOrdersResponse:
        """Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."""
        return await _module("batch_create_orders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    @deprecated(
        "Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."
    )
    async def batch_cancel_orders(
        self,
        *,
        body: BatchCancelOrdersRequest,
    ) -> BatchCancelOrdersResponse:
        """Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."""
        return await _module("batch_cancel_orders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    @deprecated(
        "Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."
    )
    async def amend_order(
        self,
        order_id: str,
        *,
        body: AmendOrderRequest,
    ) -> AmendOrderResponse:
        """Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."""
        return await _module("amend_order").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
        )

    @deprecated(
        "Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."
    )
    async def decrease_order(
        self,
        order_id: str,
        *,
        body: DecreaseOrderRequest,
    ) -> DecreaseOrderResponse:
        """Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."""
        return await _module("decrease_order").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_id=order_id,
            body=body,
        )
