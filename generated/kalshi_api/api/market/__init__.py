"""Operations tagged `market`: modules of functions, and the `MarketApi` / `AsyncMarketApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.batch_get_market_candlesticks_response import (
        BatchGetMarketCandlesticksResponse,
    )
    from ...models.get_market_candlesticks_period_interval import (
        GetMarketCandlesticksPeriodInterval,
    )
    from ...models.get_market_candlesticks_response import GetMarketCandlesticksResponse
    from ...models.get_market_orderbook_response import GetMarketOrderbookResponse
    from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
    from ...models.get_market_response import GetMarketResponse
    from ...models.get_markets_mve_filter import GetMarketsMveFilter
    from ...models.get_markets_response import GetMarketsResponse
    from ...models.get_markets_status import GetMarketsStatus
    from ...models.get_series_list_response import GetSeriesListResponse
    from ...models.get_series_response import GetSeriesResponse
    from ...models.get_trades_response import GetTradesResponse
    from ...types import Response
    from . import batch_get_market_candlesticks as batch_get_market_candlesticks
    from . import get_market as get_market
    from . import get_market_candlesticks as get_market_candlesticks
    from . import get_market_orderbook as get_market_orderbook
    from . import get_market_orderbooks as get_market_orderbooks
    from . import get_markets as get_markets
    from . import get_series as get_series
    from . import get_series_list as get_series_list
    from . import get_trades as get_trades

MODULES = (
    "get_market_candlesticks",
    "get_trades",
    "get_market_orderbook",
    "get_market_orderbooks",
    "get_series",
    "get_series_list",
    "get_markets",
    "get_market",
    "batch_get_market_candlesticks",
)


def __getattr__(name: str) -> Any:
    """`market.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class MarketApi:
    """`client.market`: every operation tagged `market`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_market_candlesticks(
        self,
        series_ticker: str,
        ticker: str,
        *,
        start_ts: int,
        end_ts: int,
        period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
        include_latest_before_start: bool | Unset = False,
    ) -> GetMarketCandlesticksResponse:
        """Get Market Candlesticks"""
        return _module("get_market_candlesticks").sync(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )

    def get_trades(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        is_block_trade: bool | Unset = UNSET,
    ) -> GetTradesResponse:
        """Get Trades"""
        return _module("get_trades").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        )

    def get_market_orderbook(
        self,
        ticker: str,
        *,
        depth: int | Unset = 0,
    ) -> GetMarketOrderbookResponse:
        """Get Market Orderbook: Resting YES bids and NO bids of one market, as dollar/count string pairs."""
        return _module("get_market_orderbook").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            depth=depth,
        )

    def get_market_orderbooks(
        self,
        *,
        tickers: list[str],
    ) -> GetMarketOrderbooksResponse:
        """Get Multiple Market Orderbooks"""
        return _module("get_market_orderbooks").sync(  # type: ignore[no-any-return]
            client=self._client,
            tickers=tickers,
        )

    def get_series(
        self,
        series_ticker: str,
        *,
        include_volume: bool | Unset = False,
    ) -> GetSeriesResponse:
        """Get Series"""
        return _module("get_series").sync(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            include_volume=include_volume,
        )

    def get_series_list(
        self,
        *,
        category: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        include_product_metadata: bool | Unset = False,
        include_volume: bool | Unset = False,
        min_updated_ts: int | Unset = UNSET,
    ) -> GetSeriesListResponse:
        """Get Series List"""
        return _module("get_series_list").sync(  # type: ignore[no-any-return]
            client=self._client,
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        )

    def get_markets(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        min_created_ts: int | Unset = UNSET,
        max_created_ts: int | Unset = UNSET,
        min_updated_ts: int | Unset = UNSET,
        max_updated_ts: int | Unset = UNSET,
        max_close_ts: int | Unset = UNSET,
        min_close_ts: int | Unset = UNSET,
        min_settled_ts: int | Unset = UNSET,
        max_settled_ts: int | Unset = UNSET,
        status: GetMarketsStatus
        | Literal["unopened", "open", "paused", "closed", "settled"]
        | Unset = UNSET,
        tickers: str | Unset = UNSET,
        mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
    ) -> GetMarketsResponse:
        """Get Markets: Lists markets, filtered and cursor-paginated."""
        return _module("get_markets").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        )

    def get_market(
        self,
        ticker: str,
    ) -> GetMarketResponse:
        """Get Market: One market by ticker."""
        return _module("get_market").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
        )

    def batch_get_market_candlesticks(
        self,
        *,
        market_tickers: str,
        start_ts: int,
        end_ts: int,
        period_interval: int,
        include_latest_before_start: bool | Unset = False,
    ) -> BatchGetMarketCandlesticksResponse:
        """Batch Get Market Candlesticks"""
        return _module("batch_get_market_candlesticks").sync(  # type: ignore[no-any-return]
            client=self._client,
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )


class AsyncMarketApi:
    """`client.market`: every operation tagged `market`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_market_candlesticks(
        self,
        series_ticker: str,
        ticker: str,
        *,
        start_ts: int,
        end_ts: int,
        period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
        include_latest_before_start: bool | Unset = False,
    ) -> GetMarketCandlesticksResponse:
        """Get Market Candlesticks"""
        return await _module("get_market_candlesticks").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )

    async def get_trades(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        is_block_trade: bool | Unset = UNSET,
    ) -> GetTradesResponse:
        """Get Trades"""
        return await _module("get_trades").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
        )

    async def get_market_orderbook(
        self,
        ticker: str,
        *,
        depth: int | Unset = 0,
    ) -> GetMarketOrderbookResponse:
        """Get Market Orderbook: Resting YES bids and NO bids of one market, as dollar/count string pairs."""
        return await _module("get_market_orderbook").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            depth=depth,
        )

    async def get_market_orderbooks(
        self,
        *,
        tickers: list[str],
    ) -> GetMarketOrderbooksResponse:
        """Get Multiple Market Orderbooks"""
        return await _module("get_market_orderbooks").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            tickers=tickers,
        )

    async def get_series(
        self,
        series_ticker: str,
        *,
        include_volume: bool | Unset = False,
    ) -> GetSeriesResponse:
        """Get Series"""
        return await _module("get_series").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            series_ticker=series_ticker,
            include_volume=include_volume,
        )

    async def get_series_list(
        self,
        *,
        category: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        include_product_metadata: bool | Unset = False,
        include_volume: bool | Unset = False,
        min_updated_ts: int | Unset = UNSET,
    ) -> GetSeriesListResponse:
        """Get Series List"""
        return await _module("get_series_list").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            category=category,
            tags=tags,
            include_product_metadata=include_product_metadata,
            include_volume=include_volume,
            min_updated_ts=min_updated_ts,
        )

    async def get_markets(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        min_created_ts: int | Unset = UNSET,
        max_created_ts: int | Unset = UNSET,
        min_updated_ts: int | Unset = UNSET,
        max_updated_ts: int | Unset = UNSET,
        max_close_ts: int | Unset = UNSET,
        min_close_ts: int | Unset = UNSET,
        min_settled_ts: int | Unset = UNSET,
        max_settled_ts: int | Unset = UNSET,
        status: GetMarketsStatus
        | Literal["unopened", "open", "paused", "closed", "settled"]
        | Unset = UNSET,
        tickers: str | Unset = UNSET,
        mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
    ) -> GetMarketsResponse:
        """Get Markets: Lists markets, filtered and cursor-paginated."""
        return await _module("get_markets").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            max_close_ts=max_close_ts,
            min_close_ts=min_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            status=status,
            tickers=tickers,
            mve_filter=mve_filter,
        )

    async def get_market(
        self,
        ticker: str,
    ) -> GetMarketResponse:
        """Get Market: One market by ticker."""
        return await _module("get_market").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
        )

    async def batch_get_market_candlesticks(
        self,
        *,
        market_tickers: str,
        start_ts: int,
        end_ts: int,
        period_interval: int,
        include_latest_before_start: bool | Unset = False,
    ) -> BatchGetMarketCandlesticksResponse:
        """Batch Get Market Candlesticks"""
        return await _module("batch_get_market_candlesticks").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            market_tickers=market_tickers,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
        )
