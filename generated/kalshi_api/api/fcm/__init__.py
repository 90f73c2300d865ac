"""Operations tagged `fcm`: modules of functions, and the `FcmApi` / `AsyncFcmApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.create_fcm_subtrader_request import CreateFCMSubtraderRequest
    from ...models.create_fcm_subtrader_response import CreateFCMSubtraderResponse
    from ...models.empty_response import EmptyResponse
    from ...models.get_fcm_event_contract_daily_cap_response import (
        GetFCMEventContractDailyCapResponse,
    )
    from ...models.get_fcm_fills_response import GetFcmFillsResponse
    from ...models.get_fcm_orders_status import GetFcmOrdersStatus
    from ...models.get_fcm_positions_settlement_status import (
        GetFcmPositionsSettlementStatus,
    )
    from ...models.get_fcm_subtrader_blocked_categories_response import (
        GetFCMSubtraderBlockedCategoriesResponse,
    )
    from ...models.get_orders_response import GetOrdersResponse
    from ...models.get_positions_response import GetPositionsResponse
    from ...models.list_fcm_subtraders_response import ListFCMSubtradersResponse
    from ...models.update_fcm_event_contract_daily_cap_request import (
        UpdateFCMEventContractDailyCapRequest,
    )
    from ...models.update_fcm_subtrader_blocked_categories_request import (
        UpdateFCMSubtraderBlockedCategoriesRequest,
    )
    from ...models.update_fcm_subtrader_blocked_categories_response import (
        UpdateFCMSubtraderBlockedCategoriesResponse,
    )
    from ...types import Response
    from . import create_fcm_subtrader as create_fcm_subtrader
    from . import (
        delete_fcm_event_contract_daily_cap as delete_fcm_event_contract_daily_cap,
    )
    from . import get_fcm_event_contract_daily_cap as get_fcm_event_contract_daily_cap
    from . import get_fcm_fills as get_fcm_fills
    from . import get_fcm_orders as get_fcm_orders
    from . import get_fcm_positions as get_fcm_positions
    from . import (
        get_fcm_subtrader_blocked_categories as get_fcm_subtrader_blocked_categories,
    )
    from . import list_fcm_subtraders as list_fcm_subtraders
    from . import (
        update_fcm_event_contract_daily_cap as update_fcm_event_contract_daily_cap,
    )
    from . import (
        update_fcm_subtrader_blocked_categories as update_fcm_subtrader_blocked_categories,
    )

MODULES = (
    "get_fcm_fills",
    "get_fcm_orders",
    "list_fcm_subtraders",
    "create_fcm_subtrader",
    "get_fcm_event_contract_daily_cap",
    "update_fcm_event_contract_daily_cap",
    "delete_fcm_event_contract_daily_cap",
    "get_fcm_subtrader_blocked_categories",
    "update_fcm_subtrader_blocked_categories",
    "get_fcm_positions",
)


def __getattr__(name: str) -> Any:
    """`fcm.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class FcmApi:
    """`client.fcm`: every operation tagged `fcm`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_fcm_fills(
        self,
        *,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetFcmFillsResponse:
        """Get FCM Fills"""
        return _module("get_fcm_fills").sync(  # type: ignore[no-any-return]
            client=self._client,
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        )

    def get_fcm_orders(
        self,
        *,
        subtrader_id: str | Unset = UNSET,
        client_order_ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        status: GetFcmOrdersStatus
        | Literal["resting", "canceled", "executed"]
        | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetOrdersResponse:
        """Get FCM Orders"""
        return _module("get_fcm_orders").sync(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        )

    def list_fcm_subtraders(
        self,
    ) -> ListFCMSubtradersResponse:
        """List FCM Subtraders"""
        return _module("list_fcm_subtraders").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def create_fcm_subtrader(
        self,
        *,
        body: CreateFCMSubtraderRequest,
    ) -> CreateFCMSubtraderResponse:
        """Create FCM Subtrader"""
        return _module("create_fcm_subtrader").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_fcm_event_contract_daily_cap(
        self,
        *,
        subtrader_id: str | Unset = UNSET,
    ) -> GetFCMEventContractDailyCapResponse:
        """Get FCM Subtrader Event Contract Daily Cap"""
        return _module("get_fcm_event_contract_daily_cap").sync(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
        )

    def update_fcm_event_contract_daily_cap(
        self,
        *,
        body: UpdateFCMEventContractDailyCapRequest,
    ) -> EmptyResponse:
        """Update FCM Subtrader Event Contract Daily Cap"""
        return _module("update_fcm_event_contract_daily_cap").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def delete_fcm_event_contract_daily_cap(
        self,
        *,
        subtrader_id: str,
    ) -> EmptyResponse:
        """Delete FCM Subtrader Event Contract Daily Cap"""
        return _module("delete_fcm_event_contract_daily_cap").sync(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
        )

    def get_fcm_subtrader_blocked_categories(
        self,
        *,
        subtrader_id: str,
    ) -> GetFCMSubtraderBlockedCategoriesResponse:
        """Get FCM Subtrader Blocked Categories"""
        return _module("get_fcm_subtrader_blocked_categories").sync(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
        )

    def update_fcm_subtrader_blocked_categories(
        self,
        *,
        body: UpdateFCMSubtraderBlockedCategoriesRequest,
    ) -> UpdateFCMSubtraderBlockedCategoriesResponse:
        """Update FCM Subtrader Blocked Categories"""
        return _module("update_fcm_subtrader_blocked_categories").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_fcm_positions(
        self,
        *,
        subtrader_id: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        count_filter: str | Unset = UNSET,
        settlement_status: GetFcmPositionsSettlementStatus
        | Literal["all", "unsettled", "settled"]
        | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetPositionsResponse:
        """Get FCM Positions"""
        return _module("get_fcm_positions").sync(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        )


class AsyncFcmApi:
    """`client.fcm`: every operation tagged `fcm`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_fcm_fills(
        self,
        *,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetFcmFillsResponse:
        """Get FCM Fills"""
        return await _module("get_fcm_fills").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            min_ts=min_ts,
            max_ts=max_ts,
            cursor=cursor,
        )

    async def get_fcm_orders(
        self,
        *,
        subtrader_id: str | Unset = UNSET,
        client_order_ids: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        status: GetFcmOrdersStatus
        | Literal["resting", "canceled", "executed"]
        | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetOrdersResponse:
        """Get FCM Orders"""
        return await _module("get_fcm_orders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
            client_order_ids=client_order_ids,
            cursor=cursor,
            event_ticker=event_ticker,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            status=status,
            limit=limit,
        )

    async def list_fcm_subtraders(
        self,
    ) -> ListFCMSubtradersResponse:
        """List FCM Subtraders"""
        return await _module("list_fcm_subtraders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def create_fcm_subtrader(
        self,
        *,
        body: CreateFCMSubtraderRequest,
    ) -> CreateFCMSubtraderResponse:
        """Create FCM Subtrader"""
        return await _module("create_fcm_subtrader").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_fcm_event_contract_daily_cap(
        self,
        *,
        subtrader_id: str | Unset = UNSET,
    ) -> GetFCMEventContractDailyCapResponse:
        """Get FCM Subtrader Event Contract Daily Cap"""
        return await _module("get_fcm_event_contract_daily_cap").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
        )

    async def update_fcm_event_contract_daily_cap(
        self,
        *,
        body: UpdateFCMEventContractDailyCapRequest,
    ) -> EmptyResponse:
        """Update FCM Subtrader Event Contract Daily Cap"""
        return await _module("update_fcm_event_contract_daily_cap").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def delete_fcm_event_contract_daily_cap(
        self,
        *,
        subtrader_id: str,
    ) -> EmptyResponse:
        """Delete FCM Subtrader Event Contract Daily Cap"""
        return await _module("delete_fcm_event_contract_daily_cap").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
        )

    async def get_fcm_subtrader_blocked_categories(
        self,
        *,
        subtrader_id: str,
    ) -> GetFCMSubtraderBlockedCategoriesResponse:
        """Get FCM Subtrader Blocked Categories"""
        return await _module("get_fcm_subtrader_blocked_categories").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
        )

    async def update_fcm_subtrader_blocked_categories(
        self,
        *,
        body: UpdateFCMSubtraderBlockedCategoriesRequest,
    ) -> UpdateFCMSubtraderBlockedCategoriesResponse:
        """Update FCM Subtrader Blocked Categories"""
        return await _module("update_fcm_subtrader_blocked_categories").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_fcm_positions(
        self,
        *,
        subtrader_id: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        count_filter: str | Unset = UNSET,
        settlement_status: GetFcmPositionsSettlementStatus
        | Literal["all", "unsettled", "settled"]
        | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetPositionsResponse:
        """Get FCM Positions"""
        return await _module("get_fcm_positions").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subtrader_id=subtrader_id,
            ticker=ticker,
            event_ticker=event_ticker,
            count_filter=count_filter,
            settlement_status=settlement_status,
            limit=limit,
            cursor=cursor,
        )
