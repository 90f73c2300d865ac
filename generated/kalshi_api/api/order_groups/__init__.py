"""Operations tagged `order_groups`: modules of functions, and the `OrderGroupsApi` / `AsyncOrderGroupsApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.create_order_group_request import CreateOrderGroupRequest
    from ...models.create_order_group_response import CreateOrderGroupResponse
    from ...models.empty_response import EmptyResponse
    from ...models.get_order_group_response import GetOrderGroupResponse
    from ...models.get_order_groups_response import GetOrderGroupsResponse
    from ...models.update_order_group_limit_request import UpdateOrderGroupLimitRequest
    from ...types import Response
    from . import create_order_group as create_order_group
    from . import delete_order_group as delete_order_group
    from . import get_order_group as get_order_group
    from . import get_order_groups as get_order_groups
    from . import reset_order_group as reset_order_group
    from . import trigger_order_group as trigger_order_group
    from . import update_order_group_limit as update_order_group_limit

MODULES = (
    "get_order_groups",
    "create_order_group",
    "get_order_group",
    "delete_order_group",
    "reset_order_group",
    "trigger_order_group",
    "update_order_group_limit",
)


def __getattr__(name: str) -> Any:
    """`order_groups.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class OrderGroupsApi:
    """`client.order_groups`: every operation tagged `order_groups`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_order_groups(
        self,
        *,
        subaccount: int | Unset = UNSET,
    ) -> GetOrderGroupsResponse:
        """Get Order Groups"""
        return _module("get_order_groups").sync(  # type: ignore[no-any-return]
            client=self._client,
            subaccount=subaccount,
        )

    def create_order_group(
        self,
        *,
        body: CreateOrderGroupRequest,
    ) -> CreateOrderGroupResponse:
        """Create Order Group"""
        return _module("create_order_group").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_order_group(
        self,
        order_group_id: str,
        *,
        subaccount: int | Unset = UNSET,
    ) -> GetOrderGroupResponse:
        """Get Order Group"""
        return _module("get_order_group").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            subaccount=subaccount,
        )

    def delete_order_group(
        self,
        order_group_id: str,
        *,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Delete Order Group"""
        return _module("delete_order_group").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    def reset_order_group(
        self,
        order_group_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Reset Order Group"""
        return _module("reset_order_group").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    def trigger_order_group(
        self,
        order_group_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Trigger Order Group"""
        return _module("trigger_order_group").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    def update_order_group_limit(
        self,
        order_group_id: str,
        *,
        body: UpdateOrderGroupLimitRequest,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Update Order Group Limit"""
        return _module("update_order_group_limit").sync(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )


class AsyncOrderGroupsApi:
    """`client.order_groups`: every operation tagged `order_groups`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_order_groups(
        self,
        *,
        subaccount: int | Unset = UNSET,
    ) -> GetOrderGroupsResponse:
        """Get Order Groups"""
        return await _module("get_order_groups").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subaccount=subaccount,
        )

    async def create_order_group(
        self,
        *,
        body: CreateOrderGroupRequest,
    ) -> CreateOrderGroupResponse:
        """Create Order Group"""
        return await _module("create_order_group").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_order_group(
        self,
        order_group_id: str,
        *,
        subaccount: int | Unset = UNSET,
    ) -> GetOrderGroupResponse:
        """Get Order Group"""
        return await _module("get_order_group").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            subaccount=subaccount,
        )

    async def delete_order_group(
        self,
        order_group_id: str,
        *,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Delete Order Group"""
        return await _module("delete_order_group").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    async def reset_order_group(
        self,
        order_group_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Reset Order Group"""
        return await _module("reset_order_group").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    async def trigger_order_group(
        self,
        order_group_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Trigger Order Group"""
        return await _module("trigger_order_group").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    async def update_order_group_limit(
        self,
        order_group_id: str,
        *,
        body: UpdateOrderGroupLimitRequest,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> EmptyResponse:
        """Update Order Group Limit"""
        return await _module("update_order_group_limit").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            order_group_id=order_group_id,
            body=body,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
