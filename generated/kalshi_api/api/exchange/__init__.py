"""Operations tagged `exchange`: modules of functions, and the `ExchangeApi` / `AsyncExchangeApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.exchange_status import ExchangeStatus
    from ...models.get_exchange_schedule_response import GetExchangeScheduleResponse
    from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse
    from ...models.get_user_data_timestamp_response import GetUserDataTimestampResponse
    from ...types import Response
    from . import get_exchange_schedule as get_exchange_schedule
    from . import get_exchange_status as get_exchange_status
    from . import get_series_fee_changes as get_series_fee_changes
    from . import get_user_data_timestamp as get_user_data_timestamp

MODULES = (
    "get_exchange_status",
    "get_series_fee_changes",
    "get_exchange_schedule",
    "get_user_data_timestamp",
)


def __getattr__(name: str) -> Any:
    """`exchange.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class ExchangeApi:
    """`client.exchange`: every operation tagged `exchange`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_exchange_status(
        self,
    ) -> ExchangeStatus:
        """Get Exchange Status: Whether the exchange and trading are active right now."""
        return _module("get_exchange_status").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_series_fee_changes(
        self,
        *,
        series_ticker: str | Unset = UNSET,
        show_historical: bool | Unset = False,
    ) -> GetSeriesFeeChangesResponse:
        """Get Series Fee Changes"""
        return _module("get_series_fee_changes").sync(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            show_historical=show_historical,
        )

    def get_exchange_schedule(
        self,
    ) -> GetExchangeScheduleResponse:
        """Get Exchange Schedule"""
        return _module("get_exchange_schedule").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_user_data_timestamp(
        self,
    ) -> GetUserDataTimestampResponse:
        """Get User Data Timestamp"""
        return _module("get_user_data_timestamp").sync(  # type: ignore[no-any-return]
            client=self._client,
        )


class AsyncExchangeApi:
    """`client.exchange`: every operation tagged `exchange`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_exchange_status(
        self,
    ) -> ExchangeStatus:
        """Get Exchange Status: Whether the exchange and trading are active right now."""
        return await _module("get_exchange_status").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_series_fee_changes(
        self,
        *,
        series_ticker: str | Unset = UNSET,
        show_historical: bool | Unset = False,
    ) -> GetSeriesFeeChangesResponse:
        """Get Series Fee Changes"""
        return await _module("get_series_fee_changes").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            show_historical=show_historical,
        )

    async def get_exchange_schedule(
        self,
    ) -> GetExchangeScheduleResponse:
        """Get Exchange Schedule"""
        return await _module("get_exchange_schedule").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_user_data_timestamp(
        self,
    ) -> GetUserDataTimestampResponse:
        """Get User Data Timestamp"""
        return await _module("get_user_data_timestamp").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )
