"""The engine's objects as WebSocket message bodies (`msg`); names from openapi/kalshi-ws.yaml.

Money is formatted from Decimal, never through floats: prices with 4 decimals, counts with 2,
and the fill and order costs Kalshi documents with 6. Fields Kalshi marks required are sent
even when deprecated (`ts`, `side`, `is_yes`, ...), so clients of either era parse them.
"""

from __future__ import annotations

import math
import uuid
from decimal import Decimal
from typing import Any

from ..engine import ONE, ZERO, Exchange, Market, Order, OrderGroup, Position
from ..handlers._wire import count, dollars, iso, open_interest

Levels = dict[tuple[str, Decimal], Decimal]  # (YES book side "bid" | "ask", YES price) -> contracts


def market_id(ticker: str) -> str:
    """A stable UUID per market (the fake keeps no ids of its own for markets)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kalshi-fake-market:{ticker}"))


def cost(value: Decimal) -> str:
    return f"{value:.6f}"


def ms(ts: float) -> int:
    return int(ts * 1000)


def outcome(book_side: str) -> str:
    return "yes" if book_side == "bid" else "no"


# --------------------------------------------------------------------------- order books


def levels(market: Market) -> Levels:
    """Contracts resting at each price of the market's YES book."""
    found: Levels = {}
    for order in market.bids + market.asks:
        key = (order.side, order.price)
        found[key] = found.get(key, ZERO) + order.remaining
    return found


def level_price(side: str, price: Decimal, use_yes_price: bool) -> tuple[str, Decimal]:
    """Kalshi's (side, price) of a YES-book level: a YES ask at p is a NO bid at 1 - p (or at
    p itself when the subscription asked for YES prices)."""
    if side == "bid":
        return "yes", price
    return "no", price if use_yes_price else ONE - price


def snapshot(market: Market, book: Levels, use_yes_price: bool) -> dict[str, Any]:
    """Both sides as [price, contracts] pairs, lowest price first; an empty side is left out."""
    sides: dict[str, list[tuple[Decimal, Decimal]]] = {"yes": [], "no": []}
    for (side, price), size in book.items():
        name, quoted = level_price(side, price, use_yes_price)
        sides[name].append((quoted, size))
    msg: dict[str, Any] = {"market_ticker": market.ticker, "market_id": market_id(market.ticker)}
    for name, pairs in sides.items():
        if pairs:
            msg[f"{name}_dollars_fp"] = [[dollars(p), count(c)] for p, c in sorted(pairs)]
    return msg


def deltas(before: Levels, after: Levels) -> list[tuple[str, Decimal, Decimal]]:
    """(YES book side, price, change in contracts) for every level that changed, in order."""
    changed = []
    for key in sorted(before.keys() | after.keys()):
        change = after.get(key, ZERO) - before.get(key, ZERO)
        if change:
            changed.append((key[0], key[1], change))
    return changed


def delta(
    ticker: str, side: str, price: Decimal, change: Decimal, use_yes_price: bool, ts: float
) -> dict[str, Any]:
    name, quoted = level_price(side, price, use_yes_price)
    return {
        "market_ticker": ticker,
        "market_id": market_id(ticker),
        "price_dollars": dollars(quoted),
        "delta_fp": count(change),
        "side": name,
        "ts_ms": ms(ts),
    }


# --------------------------------------------------------------------------- market data


def ticker_fields(exchange: Exchange, market: Market) -> dict[str, Any]:
    """What the ticker channel reports; a message goes out when any of it changes."""
    best_bid = market.bids[0].price if market.bids else ZERO
    best_ask = market.asks[0].price if market.asks else ONE
    last = market.last_price if market.last_price is not None else ZERO
    interest = open_interest(exchange, market.ticker)
    return {
        "market_id": market_id(market.ticker),
        "market_ticker": market.ticker,
        "price_dollars": dollars(last),
        "yes_bid_dollars": dollars(best_bid),
        "yes_ask_dollars": dollars(best_ask),
        "volume_fp": count(market.volume),
        "open_interest_fp": count(interest),
        "dollar_volume": math.floor(market.notional),
        "dollar_open_interest": math.floor(interest * last),
        "yes_bid_size_fp": count(
            sum((o.remaining for o in market.bids if o.price == best_bid), ZERO)
        ),
        "yes_ask_size_fp": count(
            sum((o.remaining for o in market.asks if o.price == best_ask), ZERO)
        ),
        "last_trade_size_fp": count(market.last_trade_size),
    }


def _at(orders: list[Order], price: Decimal) -> Decimal:
    return sum((o.remaining for o in orders if o.price == price), ZERO)


def ticker(fields: dict[str, Any], ts: float) -> dict[str, Any]:
    return {**fields, "ts": int(ts), "ts_ms": ms(ts), "time": iso(ts)}


def trade(t: dict[str, Any]) -> dict[str, Any]:
    price: Decimal = t["price"]
    taker = outcome(t["taker_side"])
    return {
        "trade_id": t["trade_id"],
        "market_ticker": t["ticker"],
        "yes_price_dollars": dollars(price),
        "no_price_dollars": dollars(ONE - price),
        "count_fp": count(t["count"]),
        "taker_side": taker,
        "taker_outcome_side": taker,
        "taker_book_side": t["taker_side"],
        "is_block_trade": False,
        "ts": int(t["ts"]),
        "ts_ms": ms(t["ts"]),
    }


# --------------------------------------------------------------------------- the member's own


def fill(f: dict[str, Any], order: Order | None, post_position: Decimal) -> dict[str, Any]:
    side = outcome(f["side"])
    msg: dict[str, Any] = {
        "trade_id": f["trade_id"],
        "order_id": f["order_id"],
        "market_ticker": f["ticker"],
        "exchange_index": 0,
        "is_taker": f["is_taker"],
        "side": side,
        "yes_price_dollars": dollars(f["price"]),
        "count_fp": count(f["count"]),
        "fee_cost": cost(f["fee"]),
        "action": "buy",
        "post_position_fp": count(post_position),
        "purchased_side": side,
        "outcome_side": side,
        "book_side": f["side"],
        "ts": int(f["ts"]),
        "ts_ms": ms(f["ts"]),
    }
    if order is not None and order.client_order_id:
        msg["client_order_id"] = order.client_order_id
    return msg


def user_order(o: Order, reason: str | None) -> dict[str, Any]:
    side = outcome(o.side)
    msg: dict[str, Any] = {
        "order_id": o.order_id,
        "user_id": o.user_id,
        "ticker": o.ticker,
        "exchange_index": 0,
        "status": o.status,
        "side": side,
        "is_yes": side == "yes",
        "outcome_side": side,
        "book_side": o.side,
        "yes_price_dollars": dollars(o.price),
        "fill_count_fp": count(o.filled),
        "remaining_count_fp": count(o.remaining),
        "initial_count_fp": count(o.initial),
        "taker_fill_cost_dollars": cost(o.taker_cost),
        "maker_fill_cost_dollars": cost(o.maker_cost),
        "taker_fees_dollars": cost(o.taker_fees),
        "maker_fees_dollars": cost(o.maker_fees),
        "client_order_id": o.client_order_id,
        "self_trade_prevention_type": o.self_trade_prevention,
        "created_time": iso(o.created),
        "created_ts_ms": ms(o.created),
        "last_update_time": iso(o.updated),
        "last_updated_ts_ms": ms(o.updated),
        "subaccount_number": 0,
    }
    if o.order_group_id:
        msg["order_group_id"] = o.order_group_id
    if o.expiration_time is not None:
        msg["expiration_ts_ms"] = int(o.expiration_time) * 1000
    if reason:
        msg["last_update_reason"] = reason
    return msg


def market_position(user_id: str, ticker: str, p: Position) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "market_ticker": ticker,
        "position_fp": count(p.contracts),
        "position_cost_dollars": dollars(p.cost),
        "realized_pnl_dollars": dollars(p.realized_pnl),
        "fees_paid_dollars": dollars(p.fees_paid),
        "position_fee_cost_dollars": dollars(p.fees_paid),
        "volume_fp": count(p.volume),
    }


def order_group(group: OrderGroup, event_type: str, ts: float) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "event_type": event_type,
        "order_group_id": group.group_id,
        "ts_ms": ms(ts),
    }
    if event_type in ("created", "limit_updated"):
        msg["contracts_limit_fp"] = count(group.contracts_limit)
    return msg


# --------------------------------------------------------------------------- lifecycle


def lifecycle(
    exchange: Exchange, ticker: str, event_type: str, ts: float, is_deactivated: bool | None
) -> dict[str, Any]:
    """A market_lifecycle_v2 body: each event type carries the keys Kalshi sends with it."""
    market = exchange.markets[ticker]
    msg: dict[str, Any] = {"market_ticker": ticker, "event_type": event_type}
    if event_type == "created":
        msg.update(
            exchange_index=0,
            open_ts=int(market.created),
            close_ts=int(market.created + 86400 * 30),
            additional_metadata={
                "name": market.title,
                "title": market.title,
                "yes_sub_title": "Yes",
                "no_sub_title": "No",
                "rules_primary": "",
                "rules_secondary": "",
                "can_close_early": True,
                "event_ticker": market.event_ticker,
                "expected_expiration_ts": int(market.created + 86400 * 31),
            },
            price_level_structure="linear_cent" if market.tick == Decimal("0.01") else "",
            price_ranges=[
                {"start": dollars(ZERO), "end": dollars(ONE), "step": dollars(market.tick)}
            ],
        )
    elif event_type == "determined":
        msg.update(
            result=market.result,
            settlement_value=dollars(ONE if market.result == "yes" else ZERO),
            determination_ts=int(ts),
        )
    elif event_type == "settled":
        msg["settled_ts"] = int(ts)
    if is_deactivated is not None:
        msg["is_deactivated"] = is_deactivated
    return msg
