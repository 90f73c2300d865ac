"""Operations tagged `events`: modules of functions, and the `EventsApi` / `AsyncEventsApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_event_candlesticks_response import GetEventCandlesticksResponse
    from ...models.get_event_fee_changes_response import GetEventFeeChangesResponse
    from ...models.get_event_forecast_percentiles_history_period_interval import (
        GetEventForecastPercentilesHistoryPeriodInterval,
    )
    from ...models.get_event_forecast_percentiles_history_response import (
        GetEventForecastPercentilesHistoryResponse,
    )
    from ...models.get_event_metadata_response import GetEventMetadataResponse
    from ...models.get_event_response import GetEventResponse
    from ...models.get_events_response import GetEventsResponse
    from ...models.get_events_status import GetEventsStatus
    from ...models.get_market_candlesticks_by_event_period_interval import (
        GetMarketCandlesticksByEventPeriodInterval,
    )
    from ...models.get_multivariate_events_response import GetMultivariateEventsResponse
    from ...types import Response
    from . import get_event as get_event
    from . import get_event_fee_changes as get_event_fee_changes
    from . import (
        get_event_forecast_percentiles_history as get_event_forecast_percentiles_history,
    )
    from . import get_event_metadata as get_event_metadata
    from . import get_events as get_events
    from . import get_market_candlesticks_by_event as get_market_candlesticks_by_event
    from . import get_multivariate_events as get_multivariate_events

MODULES = (
    "get_market_candlesticks_by_event",
    "get_events",
    "get_multivariate_events",
    "get_event_fee_changes",
    "get_event",
    "get_event_metadata",
    "get_event_forecast_percentiles_history",
)


def __getattr__(name: str) -> Any:
    """`events.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class EventsApi:
    """`client.events`: every operation tagged `events`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_market_candlesticks_by_event(
        self,
        series_ticker: str,
        ticker: str,
        *,
        start_ts: int,
        end_ts: int,
        period_interval: GetMarketCandlesticksByEventPeriodInterval
        | Literal[1, 60, 1440],
    ) -> GetEventCandlesticksResponse:
        """Get Event Candlesticks"""
        return _module("get_market_candlesticks_by_event").sync(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )

    def get_events(
        self,
        *,
        limit: int | Unset = 200,
        cursor: str | Unset = UNSET,
        with_nested_markets: bool | Unset = False,
        with_milestones: bool | Unset = False,
        status: GetEventsStatus
        | Literal["unopened", "open", "closed", "settled"]
        | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        tickers: str | Unset = UNSET,
        min_close_ts: int | Unset = UNSET,
        min_updated_ts: int | Unset = UNSET,
    ) -> GetEventsResponse:
        """Get Events: Lists events, filtered and cursor-paginated."""
        return _module("get_events").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        )

    def get_multivariate_events(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        collection_ticker: str | Unset = UNSET,
        with_nested_markets: bool | Unset = False,
    ) -> GetMultivariateEventsResponse:
        """Get Multivariate Events"""
        return _module("get_multivariate_events").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
        )

    def get_event_fee_changes(
        self,
        *,
        event_ticker: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetEventFeeChangesResponse:
        """Get Event Fee Changes"""
        return _module("get_event_fee_changes").sync(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
            limit=limit,
            cursor=cursor,
        )

    def get_event(
        self,
        event_ticker: str,
        *,
        with_nested_markets: bool | Unset = False,
    ) -> GetEventResponse:
        """Get Event"""
        return _module("get_event").sync(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
            with_nested_markets=with_nested_markets,
        )

    def get_event_metadata(
        self,
        event_ticker: str,
    ) -> GetEventMetadataResponse:
        """Get Event Metadata"""
        return _module("get_event_metadata").sync(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
        )

    def get_event_forecast_percentiles_history(
        self,
        series_ticker: str,
        ticker: str,
        *,
        percentiles: list[int],
        start_ts: int,
        end_ts: int,
        period_interval: GetEventForecastPercentilesHistoryPeriodInterval
        | Literal[0, 1, 60, 1440],
    ) -> GetEventForecastPercentilesHistoryResponse:
        """Get Event Forecast Percentile History"""
        return _module("get_event_forecast_percentiles_history").sync(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )


class AsyncEventsApi:
    """`client.events`: every operation tagged `events`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_market_candlesticks_by_event(
        self,
        series_ticker: str,
        ticker: str,
        *,
        start_ts: int,
        end_ts: int,
        period_interval: GetMarketCandlesticksByEventPeriodInterval
        | Literal[1, 60, 1440],
    ) -> GetEventCandlesticksResponse:
        """Get Event Candlesticks"""
        return await _module("get_market_candlesticks_by_event").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )

    async def get_events(
        self,
        *,
        limit: int | Unset = 200,
        cursor: str | Unset = UNSET,
        with_nested_markets: bool | Unset = False,
        with_milestones: bool | Unset = False,
        status: GetEventsStatus
        | Literal["unopened", "open", "closed", "settled"]
        | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        tickers: str | Unset = UNSET,
        min_close_ts: int | Unset = UNSET,
        min_updated_ts: int | Unset = UNSET,
    ) -> GetEventsResponse:
        """Get Events: Lists events, filtered and cursor-paginated."""
        return await _module("get_events").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=tickers,
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
        )

    async def get_multivariate_events(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        collection_ticker: str | Unset = UNSET,
        with_nested_markets: bool | Unset = False,
    ) -> GetMultivariateEventsResponse:
        """Get Multivariate Events"""
        return await _module("get_multivariate_events").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
        )

    async def get_event_fee_changes(
        self,
        *,
        event_ticker: str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetEventFeeChangesResponse:
        """Get Event Fee Changes"""
        return await _module("get_event_fee_changes").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
            limit=limit,
            cursor=cursor,
        )

    async def get_event(
        self,
        event_ticker: str,
        *,
        with_nested_markets: bool | Unset = False,
    ) -> GetEventResponse:
        """Get Event"""
        return await _module("get_event").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
            with_nested_markets=with_nested_markets,
        )

    async def get_event_metadata(
        self,
        event_ticker: str,
    ) -> GetEventMetadataResponse:
        """Get Event Metadata"""
        return await _module("get_event_metadata").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            event_ticker=event_ticker,
        )

    async def get_event_forecast_percentiles_history(
        self,
        series_ticker: str,
        ticker: str,
        *,
        percentiles: list[int],
        start_ts: int,
        end_ts: int,
        period_interval: GetEventForecastPercentilesHistoryPeriodInterval
        | Literal[0, 1, 60, 1440],
    ) -> GetEventForecastPercentilesHistoryResponse:
        """Get Event Forecast Percentile History"""
        return await _module("get_event_forecast_percentiles_history").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )
