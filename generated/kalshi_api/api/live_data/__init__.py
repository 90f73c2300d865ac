"""Operations tagged `live_data`: modules of functions, and the `LiveDataApi` / `AsyncLiveDataApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_event_live_data_response import GetEventLiveDataResponse
    from ...models.get_game_stats_response import GetGameStatsResponse
    from ...models.get_live_data_response import GetLiveDataResponse
    from ...models.get_live_datas_response import GetLiveDatasResponse
    from ...models.get_weather_index_calibrations_response import (
        GetWeatherIndexCalibrationsResponse,
    )
    from ...models.get_weather_index_response import GetWeatherIndexResponse
    from ...types import Response
    from . import get_event_live_data as get_event_live_data
    from . import get_game_stats as get_game_stats
    from . import get_live_data as get_live_data
    from . import get_live_data_by_milestone as get_live_data_by_milestone
    from . import get_live_datas as get_live_datas
    from . import get_weather_index as get_weather_index
    from . import get_weather_index_calibrations as get_weather_index_calibrations

MODULES = (
    "get_live_data_by_milestone",
    "get_live_data",
    "get_live_datas",
    "get_game_stats",
    "get_event_live_data",
    "get_weather_index",
    "get_weather_index_calibrations",
)


def __getattr__(name: str) -> Any:
    """`live_data.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class LiveDataApi:
    """`client.live_data`: every operation tagged `live_data`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_live_data_by_milestone(
        self,
        milestone_id: str,
        *,
        include_player_stats: bool | Unset = False,
    ) -> GetLiveDataResponse:
        """Get Live Data"""
        return _module("get_live_data_by_milestone").sync(  # type: ignore[no-any-return]
            client=self._client,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        )

    def get_live_data(
        self,
        type_: str,
        milestone_id: str,
        *,
        include_player_stats: bool | Unset = False,
    ) -> GetLiveDataResponse:
        """Get Live Data (with type)"""
        return _module("get_live_data").sync(  # type: ignore[no-any-return]
            client=self._client,
            type_=type_,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        )

    def get_live_datas(
        self,
        *,
        milestone_ids: list[str],
        include_player_stats: bool | Unset = False,
    ) -> GetLiveDatasResponse:
        """Get Multiple Live Data"""
        return _module("get_live_datas").sync(  # type: ignore[no-any-return]
            client=self._client,
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        )

    def get_game_stats(
        self,
        milestone_id: str,
    ) -> GetGameStatsResponse:
        """Get Game Stats"""
        return _module("get_game_stats").sync(  # type: ignore[no-any-return]
            client=self._client,
            milestone_id=milestone_id,
        )

    def get_event_live_data(
        self,
        event_ticker: str,
        *,
        range_: str | Unset = UNSET,
    ) -> GetEventLiveDataResponse:
        """Get Event Live Data"""
        return _module("get_event_live_data").sync(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
            range_=range_,
        )

    def get_weather_index(
        self,
        city: str,
        *,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        last_sec: int | Unset = UNSET,
        detailed: bool | Unset = UNSET,
    ) -> GetWeatherIndexResponse:
        """Get Weather Index"""
        return _module("get_weather_index").sync(  # type: ignore[no-any-return]
            client=self._client,
            city=city,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        )

    def get_weather_index_calibrations(
        self,
        city: str,
    ) -> GetWeatherIndexCalibrationsResponse:
        """Get Weather Index Calibrations"""
        return _module("get_weather_index_calibrations").sync(  # type: ignore[no-any-return]
            client=self._client,
            city=city,
        )


class AsyncLiveDataApi:
    """`client.live_data`: every operation tagged `live_data`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_live_data_by_milestone(
        self,
        milestone_id: str,
        *,
        include_player_stats: bool | Unset = False,
    ) -> GetLiveDataResponse:
        """Get Live Data"""
        return await _module("get_live_data_by_milestone").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        )

    async def get_live_data(
        self,
        type_: str,
        milestone_id: str,
        *,
        include_player_stats: bool | Unset = False,
    ) -> GetLiveDataResponse:
        """Get Live Data (with type)"""
        return await _module("get_live_data").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            type_=type_,
            milestone_id=milestone_id,
            include_player_stats=include_player_stats,
        )

    async def get_live_datas(
        self,
        *,
        milestone_ids: list[str],
        include_player_stats: bool | Unset = False,
    ) -> GetLiveDatasResponse:
        """Get Multiple Live Data"""
        return await _module("get_live_datas").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            milestone_ids=milestone_ids,
            include_player_stats=include_player_stats,
        )

    async def get_game_stats(
        self,
        milestone_id: str,
    ) -> GetGameStatsResponse:
        """Get Game Stats"""
        return await _module("get_game_stats").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            milestone_id=milestone_id,
        )

    async def get_event_live_data(
        self,
        event_ticker: str,
        *,
        range_: str | Unset = UNSET,
    ) -> GetEventLiveDataResponse:
        """Get Event Live Data"""
        return await _module("get_event_live_data").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
            range_=range_,
        )

    async def get_weather_index(
        self,
        city: str,
        *,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        last_sec: int | Unset = UNSET,
        detailed: bool | Unset = UNSET,
    ) -> GetWeatherIndexResponse:
        """Get Weather Index"""
        return await _module("get_weather_index").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            city=city,
            from_=from_,
            to=to,
            last_sec=last_sec,
            detailed=detailed,
        )

    async def get_weather_index_calibrations(
        self,
        city: str,
    ) -> GetWeatherIndexCalibrationsResponse:
        """Get Weather Index Calibrations"""
        return await _module("get_weather_index_calibrations").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            city=city,
        )
