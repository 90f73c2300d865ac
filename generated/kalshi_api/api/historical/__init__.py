"""Operations tagged `historical`: modules of functions, and the `HistoricalApi` / `AsyncHistoricalApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_fills_response import GetFillsResponse
    from ...models.get_historical_cutoff_response import GetHistoricalCutoffResponse
    from ...models.get_historical_markets_mve_filter import (
        GetHistoricalMarketsMveFilter,
    )
    from ...models.get_market_candlesticks_historical_period_interval import (
        GetMarketCandlesticksHistoricalPeriodInterval,
    )
    from ...models.get_market_candlesticks_historical_response import (
        GetMarketCandlesticksHistoricalResponse,
    )
    from ...models.get_market_response import GetMarketResponse
    from ...models.get_markets_response import GetMarketsResponse
    from ...models.get_orders_response import GetOrdersResponse
    from ...models.get_positions_response import GetPositionsResponse
    from ...models.get_trades_response import GetTradesResponse
    from ...types import Response
    from . import get_fills_historical as get_fills_historical
    from . import get_historical_cutoff as get_historical_cutoff
    from . import get_historical_market as get_historical_market
    from . import get_historical_markets as get_historical_markets
    from . import get_historical_orders as get_historical_orders
    from . import get_historical_positions as get_historical_positions
    from . import (
        get_market_candlesticks_historical as get_market_candlesticks_historical,
    )
    from . import get_trades_historical as get_trades_historical

MODULES = (
    "get_historical_cutoff",
    "get_market_candlesticks_historical",
    "get_fills_historical",
    "get_historical_orders",
    "get_historical_positions",
    "get_trades_historical",
    "get_historical_markets",
    "get_historical_market",
)


def __getattr__(name: str) -> Any:
    """`historical.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class HistoricalApi:
    """`client.historical`: every operation tagged `historical`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_historical_cutoff(
        self,
    ) -> GetHistoricalCutoffResponse:
        """Get Historical Cutoff Timestamps"""
        return _module("get_historical_cutoff").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_market_candlesticks_historical(
        self,
        ticker: str,
        *,
        start_ts: int,
        end_ts: int,
        period_interval: GetMarketCandlesticksHistoricalPeriodInterval
        | Literal[1, 60, 1440],
    ) -> GetMarketCandlesticksHistoricalResponse:
        """Get Historical Market Candlesticks"""
        return _module("get_market_candlesticks_historical").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )

    def get_fills_historical(
        self,
        *,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetFillsResponse:
        """Get Historical Fills"""
        return _module("get_fills_historical").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )

    def get_historical_orders(
        self,
        *,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetOrdersResponse:
        """Get Historical Orders"""
        return _module("get_historical_orders").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )

    def get_historical_positions(
        self,
        *,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetPositionsResponse:
        """Get Historical Positions"""
        return _module("get_historical_positions").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
        )

    def get_trades_historical(
        self,
        *,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        is_block_trade: bool | Unset = UNSET,
    ) -> GetTradesResponse:
        """Get Historical Trades"""
        return _module("get_trades_historical").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            is_block_trade=is_block_trade,
        )

    def get_historical_markets(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tickers: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
    ) -> GetMarketsResponse:
        """Get Historical Markets"""
        return _module("get_historical_markets").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        )

    def get_historical_market(
        self,
        ticker: str,
    ) -> GetMarketResponse:
        """Get Historical Market"""
        return _module("get_historical_market").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
        )


class AsyncHistoricalApi:
    """`client.historical`: every operation tagged `historical`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_historical_cutoff(
        self,
    ) -> GetHistoricalCutoffResponse:
        """Get Historical Cutoff Timestamps"""
        return await _module("get_historical_cutoff").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_market_candlesticks_historical(
        self,
        ticker: str,
        *,
        start_ts: int,
        end_ts: int,
        period_interval: GetMarketCandlesticksHistoricalPeriodInterval
        | Literal[1, 60, 1440],
    ) -> GetMarketCandlesticksHistoricalResponse:
        """Get Historical Market Candlesticks"""
        return await _module("get_market_candlesticks_historical").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
        )

    async def get_fills_historical(
        self,
        *,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetFillsResponse:
        """Get Historical Fills"""
        return await _module("get_fills_historical").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )

    async def get_historical_orders(
        self,
        *,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetOrdersResponse:
        """Get Historical Orders"""
        return await _module("get_historical_orders").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
        )

    async def get_historical_positions(
        self,
        *,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetPositionsResponse:
        """Get Historical Positions"""
        return await _module("get_historical_positions").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            limit=limit,
            cursor=cursor,
        )

    async def get_trades_historical(
        self,
        *,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        is_block_trade: bool | Unset = UNSET,
    ) -> GetTradesResponse:
        """Get Historical Trades"""
        return await _module("get_trades_historical").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            is_block_trade=is_block_trade,
        )

    async def get_historical_markets(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        tickers: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
    ) -> GetMarketsResponse:
        """Get Historical Markets"""
        return await _module("get_historical_markets").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            tickers=tickers,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
        )

    async def get_historical_market(
        self,
        ticker: str,
    ) -> GetMarketResponse:
        """Get Historical Market"""
        return await _module("get_historical_market").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
        )
