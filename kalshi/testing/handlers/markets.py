"""Market data: markets, a market, its order book, events, series, trades (public)."""

from __future__ import annotations

from typing import Any

from ..engine import Exchange, not_found
from . import _wire as wire
from ._request import Handler, Request, page

EVENTS_PAGE_MAX = 200


def markets(exchange: Exchange, req: Request) -> Any:
    found = list(exchange.markets.values())
    for name in ("event_ticker", "series_ticker", "status"):
        if req.arg(name):
            found = [m for m in found if getattr(m, name) == req.arg(name)]
    if req.arg("tickers"):
        wanted = set(req.arg("tickers").split(","))
        found = [m for m in found if m.ticker in wanted]
    chunk, cursor = page(req, found)
    return {"markets": [wire.market(exchange, m) for m in chunk], "cursor": cursor}


def market(exchange: Exchange, req: Request) -> Any:
    return {"market": wire.market(exchange, exchange.market(req.path_params["ticker"]))}


def orderbook(exchange: Exchange, req: Request) -> Any:
    found = exchange.market(req.path_params["ticker"])
    return {"orderbook_fp": wire.orderbook(found, req.int_arg("depth", 0) or 0)}


def events(exchange: Exchange, req: Request) -> Any:
    series = req.arg("series_ticker")
    tickers = [t for t, e in exchange.events.items() if not series or e["series_ticker"] == series]
    chunk, cursor = page(req, tickers, default=EVENTS_PAGE_MAX, maximum=EVENTS_PAGE_MAX)
    nested = req.arg("with_nested_markets") == "true"
    return {"events": [wire.event(exchange, t, nested) for t in chunk], "cursor": cursor}


def event(exchange: Exchange, req: Request) -> Any:
    ticker = req.path_params["event_ticker"]
    if ticker not in exchange.events:
        raise not_found("event", ticker)
    found = [
        wire.market(exchange, m) for m in exchange.markets.values() if m.event_ticker == ticker
    ]
    return {"event": wire.event(exchange, ticker, nested=False), "markets": found}


def series(exchange: Exchange, req: Request) -> Any:
    ticker = req.path_params["series_ticker"]
    if ticker not in exchange.series:
        raise not_found("series", ticker)
    return {"series": wire.series(exchange, ticker)}


def series_list(exchange: Exchange, req: Request) -> Any:
    return {"series": [wire.series(exchange, t) for t in exchange.series]}


def trades(exchange: Exchange, req: Request) -> Any:
    ticker = req.arg("ticker")
    found = [t for t in reversed(exchange.trades) if not ticker or t["ticker"] == ticker]
    chunk, cursor = page(req, found)
    return {"trades": [wire.trade(t) for t in chunk], "cursor": cursor}


HANDLERS: dict[str, Handler] = {
    "GetMarkets": markets,
    "GetMarket": market,
    "GetMarketOrderbook": orderbook,
    "GetEvents": events,
    "GetEvent": event,
    "GetSeries": series,
    "GetSeriesList": series_list,
    "GetTrades": trades,
}
