"""Operations tagged `account`: modules of functions, and the `AccountApi` / `AsyncAccountApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_account_api_limits_response import GetAccountApiLimitsResponse
    from ...models.get_account_api_usage_level_volume_progress_response import (
        GetAccountApiUsageLevelVolumeProgressResponse,
    )
    from ...models.get_account_endpoint_costs_response import (
        GetAccountEndpointCostsResponse,
    )
    from ...types import Response
    from . import get_account_api_limits as get_account_api_limits
    from . import (
        get_account_api_usage_level_volume_progress as get_account_api_usage_level_volume_progress,
    )
    from . import get_account_endpoint_costs as get_account_endpoint_costs
    from . import upgrade_account_api_usage_level as upgrade_account_api_usage_level

MODULES = (
    "get_account_api_limits",
    "upgrade_account_api_usage_level",
    "get_account_api_usage_level_volume_progress",
    "get_account_endpoint_costs",
)


def __getattr__(name: str) -> Any:
    """`account.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class AccountApi:
    """`client.account`: every operation tagged `account`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_account_api_limits(
        self,
    ) -> GetAccountApiLimitsResponse:
        """Get Account API Limits: The member's read and write token buckets."""
        return _module("get_account_api_limits").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def upgrade_account_api_usage_level(
        self,
    ) -> Any:
        """Upgrade Account API Usage Level"""
        return _module("upgrade_account_api_usage_level").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_account_api_usage_level_volume_progress(
        self,
    ) -> GetAccountApiUsageLevelVolumeProgressResponse:
        """Get Account API Usage Level Volume Progress"""
        return _module("get_account_api_usage_level_volume_progress").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_account_endpoint_costs(
        self,
    ) -> GetAccountEndpointCostsResponse:
        """List Non-Default Endpoint Costs: Token costs of the operations whose cost is not the default."""
        return _module("get_account_endpoint_costs").sync(  # type: ignore[no-any-return]
            client=self._client,
        )


class AsyncAccountApi:
    """`client.account`: every operation tagged `account`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_account_api_limits(
        self,
    ) -> GetAccountApiLimitsResponse:
        """Get Account API Limits: The member's read and write token buckets."""
        return await _module("get_account_api_limits").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def upgrade_account_api_usage_level(
        self,
    ) -> Any:
        """Upgrade Account API Usage Level"""
        return await _module("upgrade_account_api_usage_level").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_account_api_usage_level_volume_progress(
        self,
    ) -> GetAccountApiUsageLevelVolumeProgressResponse:
        """Get Account API Usage Level Volume Progress"""
        return await _module("get_account_api_usage_level_volume_progress").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_account_endpoint_costs(
        self,
    ) -> GetAccountEndpointCostsResponse:
        """List Non-Default Endpoint Costs: Token costs of the operations whose cost is not the default."""
        return await _module("get_account_endpoint_costs").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )
