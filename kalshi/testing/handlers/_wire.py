"""The fake exchange's objects in Kalshi's wire format (field names from openapi/kalshi.yaml)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..engine import ONE, ZERO, Exchange, Market, Order, OrderGroup, Position


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def cents(value: Decimal) -> int:
    """Whole cents, rounded down (the few integer-cent fields Kalshi still sends)."""
    return math.floor(value * 100)


def dollars(value: Decimal) -> str:
    return f"{value:.4f}"


def count(value: Decimal) -> str:
    return f"{value:.2f}"


def order(o: Order) -> dict[str, Any]:
    outcome = "yes" if o.side == "bid" else "no"
    body: dict[str, Any] = {
        "order_id": o.order_id,
        "user_id": o.user_id,
        "client_order_id": o.client_order_id,
        "ticker": o.ticker,
        "outcome_side": outcome,
        "book_side": o.side,
        "side": outcome,
        "action": "buy",
        "type": "limit",
        "status": o.status,
        "yes_price_dollars": dollars(o.price),
        "no_price_dollars": dollars(ONE - o.price),
        "fill_count_fp": count(o.filled),
        "remaining_count_fp": count(o.remaining),
        "initial_count_fp": count(o.initial),
        "taker_fill_cost_dollars": dollars(o.taker_cost),
        "maker_fill_cost_dollars": dollars(o.maker_cost),
        "taker_fees_dollars": dollars(o.taker_fees),
        "maker_fees_dollars": dollars(o.maker_fees),
        "created_time": iso(o.created),
        "last_update_time": iso(o.updated),
        "expiration_time": None if o.expiration_time is None else iso(o.expiration_time),
        "self_trade_prevention_type": o.self_trade_prevention,
        "order_group_id": o.order_group_id,
        "cancel_order_on_pause": o.cancel_on_pause,
        "subaccount_number": 0,
        "exchange_index": 0,
    }
    return body


def ack(o: Order, now: float) -> dict[str, Any]:
    """The slim V2 acknowledgement of create/amend."""
    body: dict[str, Any] = {
        "order_id": o.order_id,
        "client_order_id": o.client_order_id,
        "fill_count": count(o.filled),
        "remaining_count": count(o.remaining),
        "ts_ms": int(now * 1000),
    }
    if o.filled:  # volume-weighted YES price, whether the fills opened, closed or flipped
        body["average_fill_price"] = dollars(o.notional / o.filled)
        body["average_fee_paid"] = dollars((o.taker_fees + o.maker_fees) / o.filled)
    return body


def market(exchange: Exchange, m: Market) -> dict[str, Any]:
    best_bid = m.bids[0].price if m.bids else ZERO
    best_ask = m.asks[0].price if m.asks else ONE
    bid_size = sum((o.remaining for o in m.bids if o.price == best_bid), ZERO)
    ask_size = sum((o.remaining for o in m.asks if o.price == best_ask), ZERO)
    status = "active" if m.status == "open" and not exchange.paused else m.status
    return {
        "ticker": m.ticker,
        "event_ticker": m.event_ticker,
        "market_type": "binary",
        "title": m.title,
        "yes_sub_title": "Yes",
        "no_sub_title": "No",
        "created_time": iso(m.created),
        "open_time": iso(m.created),
        "close_time": iso(m.created + 86400 * 30),
        "latest_expiration_time": iso(m.created + 86400 * 31),
        "status": status,
        "yes_bid_dollars": dollars(best_bid),
        "yes_bid_size_fp": count(bid_size),
        "yes_ask_dollars": dollars(best_ask),
        "yes_ask_size_fp": count(ask_size),
        "no_bid_dollars": dollars(ONE - best_ask),
        "no_ask_dollars": dollars(ONE - best_bid),
        "last_price_dollars": dollars(m.last_price if m.last_price is not None else ZERO),
        "volume_fp": count(m.volume),
        "volume_24h_fp": count(m.volume),
        "open_interest_fp": count(open_interest(exchange, m.ticker)),
        "result": m.result,
        "can_close_early": True,
        "settlement_timer_seconds": 0,
        "price_level_structure": "linear_cent" if m.tick == Decimal("0.01") else "tapered",
        "exchange_index": 0,
    }


def open_interest(exchange: Exchange, ticker: str) -> Decimal:
    return sum(
        (
            max(ZERO, u.positions[ticker].contracts)
            for u in exchange.users.values()
            if ticker in u.positions
        ),
        ZERO,
    )


def orderbook(m: Market, depth: int) -> dict[str, Any]:
    """YES bids, and NO bids (a NO bid at q is a YES ask at 1 - q), best first."""

    def levels(orders: list[Order], flip: bool) -> list[list[str]]:
        sizes: dict[Decimal, Decimal] = {}
        for o in orders:
            price = ONE - o.price if flip else o.price
            sizes[price] = sizes.get(price, ZERO) + o.remaining
        ordered = sorted(sizes.items(), key=lambda kv: -kv[0])
        if depth:
            ordered = ordered[:depth]
        return [[dollars(p), count(c)] for p, c in ordered]

    return {"yes_dollars": levels(m.bids, False), "no_dollars": levels(m.asks, True)}


def event(exchange: Exchange, ticker: str, nested: bool) -> dict[str, Any]:
    data = exchange.events[ticker]
    body: dict[str, Any] = {
        "event_ticker": ticker,
        "series_ticker": data["series_ticker"],
        "title": data["title"],
        "sub_title": "",
        "collateral_return_type": "",
        "mutually_exclusive": False,
        "settlement_sources": [],
        "exchange_index": 0,
    }
    if nested:
        body["markets"] = [
            market(exchange, m) for m in exchange.markets.values() if m.event_ticker == ticker
        ]
    return body


def series(exchange: Exchange, ticker: str) -> dict[str, Any]:
    return {
        "ticker": ticker,
        "title": exchange.series[ticker]["title"],
        "frequency": "custom",
        "category": "Testing",
        "categories": ["Testing"],
        "tags": [],
        "settlement_sources": [],
        "contract_url": "",
        "contract_terms_url": "",
        "fee_type": "quadratic",
        "fee_multiplier": 1,
        "additional_prohibitions": [],
        "exchange_index": 0,
    }


def trade(t: dict[str, Any]) -> dict[str, Any]:
    price: Decimal = t["price"]
    taker_outcome = "yes" if t["taker_side"] == "bid" else "no"
    return {
        "trade_id": t["trade_id"],
        "ticker": t["ticker"],
        "count_fp": count(t["count"]),
        "yes_price_dollars": dollars(price),
        "no_price_dollars": dollars(ONE - price),
        "taker_side": taker_outcome,
        "taker_outcome_side": taker_outcome,
        "taker_book_side": t["taker_side"],
        "created_time": iso(t["ts"]),
        "is_block_trade": False,
    }


def fill(f: dict[str, Any]) -> dict[str, Any]:
    price: Decimal = f["price"]
    outcome = "yes" if f["side"] == "bid" else "no"
    return {
        "fill_id": f["fill_id"],
        "trade_id": f["trade_id"],
        "order_id": f["order_id"],
        "ticker": f["ticker"],
        "market_ticker": f["ticker"],
        "side": outcome,
        "action": "buy",
        "outcome_side": outcome,
        "book_side": f["side"],
        "count_fp": count(f["count"]),
        "yes_price_dollars": dollars(price),
        "no_price_dollars": dollars(ONE - price),
        "is_taker": f["is_taker"],
        "created_time": iso(f["ts"]),
        "fee_cost": dollars(f["fee"]),
        "subaccount_number": 0,
        "exchange_index": 0,
        "ts": int(f["ts"]),
    }


def market_position(ticker: str, p: Position) -> dict[str, Any]:
    return {
        "ticker": ticker,
        "exchange_index": 0,
        "total_traded_dollars": dollars(p.traded),
        "position_fp": count(p.contracts),
        "market_exposure_dollars": dollars(p.cost),
        "realized_pnl_dollars": dollars(p.realized_pnl),
        "fees_paid_dollars": dollars(p.fees_paid),
        "last_updated_ts": iso(p.updated),
    }


def event_position(event_ticker: str, positions: list[Position]) -> dict[str, Any]:
    return {
        "event_ticker": event_ticker,
        "total_cost_dollars": dollars(sum((p.cost for p in positions), ZERO)),
        "total_cost_shares_fp": count(sum((abs(p.contracts) for p in positions), ZERO)),
        "event_exposure_dollars": dollars(sum((p.cost for p in positions), ZERO)),
        "realized_pnl_dollars": dollars(sum((p.realized_pnl for p in positions), ZERO)),
        "fees_paid_dollars": dollars(sum((p.fees_paid for p in positions), ZERO)),
    }


def settlement(s: dict[str, Any]) -> dict[str, Any]:
    return {
        "ticker": s["ticker"],
        "event_ticker": s["event_ticker"],
        "exchange_index": 0,
        "market_result": s["result"],
        "yes_count_fp": count(s["yes"]),
        "yes_total_cost_dollars": dollars(s["yes_cost"]),
        "no_count_fp": count(s["no"]),
        "no_total_cost_dollars": dollars(s["no_cost"]),
        "revenue": cents(s["revenue"]),
        "settled_time": iso(s["ts"]),
        "fee_cost": dollars(ZERO),
        "value": 100 if s["result"] == "yes" else 0,
    }


def order_group(g: OrderGroup) -> dict[str, Any]:
    return {
        "id": g.group_id,
        "contracts_limit_fp": count(g.contracts_limit),
        "is_auto_cancel_enabled": not g.triggered,
        "exchange_index": 0,
    }
