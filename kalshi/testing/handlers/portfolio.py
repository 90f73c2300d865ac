"""The member's money and holdings: balance, fills, positions, settlements, resting value."""

from __future__ import annotations

from typing import Any, cast

from ..engine import Exchange
from . import _wire as wire
from ._request import Handler, Request, page


def balance(exchange: Exchange, req: Request) -> Any:
    """`balance` is the available balance: cash less what resting orders reserve."""
    available = exchange.available(req.user)
    return {
        "balance": wire.cents(available),
        "balance_dollars": wire.dollars(available),
        "portfolio_value": wire.cents(exchange.portfolio_value(req.user)),
        "updated_ts": int(exchange.clock()),
    }


def resting_value(exchange: Exchange, req: Request) -> Any:
    """What resting orders reserve, so that balance + this = cash."""
    reserved = exchange.reserved(req.user)
    return {
        "total_resting_order_value": wire.cents(reserved),
        "resting_order_value_breakdown": [{"exchange_index": 0, "balance": wire.dollars(reserved)}],
    }


def fills(exchange: Exchange, req: Request) -> Any:
    """Newest first; `ticker`, `order_id`, `min_ts` / `max_ts` (Unix s, the fill's time)."""
    found = list(reversed(exchange.user(req.user).fills))
    for name in ("ticker", "order_id"):
        if req.arg(name):
            found = [f for f in found if f[name] == req.arg(name)]
    low, high = req.int_arg("min_ts"), req.int_arg("max_ts")
    if low is not None:
        found = [f for f in found if cast(float, f["ts"]) >= low]
    if high is not None:
        found = [f for f in found if cast(float, f["ts"]) <= high]
    chunk, cursor = page(req, found)
    return {"fills": [wire.fill(f) for f in chunk], "cursor": cursor}


def positions(exchange: Exchange, req: Request) -> Any:
    ticker = req.arg("ticker")
    held = [
        (t, p)
        for t, p in sorted(exchange.user(req.user).positions.items())
        if (p.contracts != 0 or p.realized_pnl != 0) and (not ticker or t == ticker)
    ]
    chunk, cursor = page(req, held)
    by_event: dict[str, list[Any]] = {}
    for t, pos in chunk:
        by_event.setdefault(exchange.markets[t].event_ticker, []).append(pos)
    return {
        "market_positions": [wire.market_position(t, p) for t, p in chunk],
        "event_positions": [wire.event_position(e, ps) for e, ps in by_event.items()],
        "cursor": cursor,
    }


def settlements(exchange: Exchange, req: Request) -> Any:
    """Newest first; `ticker`, `event_ticker`, `min_ts` / `max_ts` (Unix s, settled time)."""
    found = list(reversed(exchange.user(req.user).settlements))
    for name in ("ticker", "event_ticker"):
        if req.arg(name):
            found = [s for s in found if s[name] == req.arg(name)]
    low, high = req.int_arg("min_ts"), req.int_arg("max_ts")
    if low is not None:
        found = [s for s in found if cast(float, s["ts"]) >= low]
    if high is not None:
        found = [s for s in found if cast(float, s["ts"]) <= high]
    chunk, cursor = page(req, found)
    return {"settlements": [wire.settlement(s) for s in chunk], "cursor": cursor}


HANDLERS: dict[str, Handler] = {
    "GetBalance": balance,
    "GetPortfolioRestingOrderTotalValue": resting_value,
    "GetFills": fills,
    "GetPositions": positions,
    "GetSettlements": settlements,
}
