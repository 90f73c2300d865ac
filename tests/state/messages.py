"""Stream messages and REST models built by hand, in the wire format, for the engine tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kalshi.stream import parse
from kalshi_api.models import Fill as RestFill
from kalshi_api.models import GetBalanceResponse
from kalshi_api.models import MarketPosition as RestPosition
from kalshi_api.models import Order as RestOrder

TICKER = "KXTEST-26DEC01-T50"


def _order(
    order_id: str,
    client_order_id: str,
    status: str,
    filled: str,
    remaining: str,
    price: str,
) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "client_order_id": client_order_id,
        "ticker": TICKER,
        "status": status,
        "book_side": "bid",
        "outcome_side": "yes",
        "yes_price_dollars": price,
        "fill_count_fp": filled,
        "remaining_count_fp": remaining,
        "initial_count_fp": "10.00",
        "taker_fees_dollars": "0.0000",
        "maker_fees_dollars": "0.0000",
    }


def user_order(
    order_id: str,
    client_order_id: str,
    status: str,
    filled: str,
    remaining: str,
    *,
    updated_ms: int,
    price: str = "0.4000",
) -> Any:
    """A `user_order` message of the `user_orders` channel."""
    msg = _order(order_id, client_order_id, status, filled, remaining, price)
    msg["last_updated_ts_ms"] = updated_ms
    return parse({"type": "user_order", "sid": 1, "msg": msg})


def fill(trade_id: str, order_id: str, count: str, price: str = "0.4000") -> Any:
    """A `fill` message (no client_order_id: Kalshi dropped it from fills)."""
    return parse(
        {
            "type": "fill",
            "sid": 2,
            "msg": {
                "trade_id": trade_id,
                "order_id": order_id,
                "market_ticker": TICKER,
                "is_taker": True,
                "book_side": "bid",
                "yes_price_dollars": price,
                "count_fp": count,
                "fee_cost": "0.0100",
                "ts_ms": 1_800_000_000_000,
            },
        }
    )


def market_position(position: str, cost: str, ticker: str = TICKER) -> Any:
    return parse(
        {
            "type": "market_position",
            "sid": 3,
            "msg": {
                "market_ticker": ticker,
                "position_fp": position,
                "position_cost_dollars": cost,
                "realized_pnl_dollars": "0.0000",
                "fees_paid_dollars": "0.0100",
            },
        }
    )


def rest_order(
    order_id: str,
    client_order_id: str,
    status: str,
    filled: str,
    remaining: str,
    price: str = "0.4000",
) -> RestOrder:
    data = _order(order_id, client_order_id, status, filled, remaining, price)
    return RestOrder.from_dict(data | {"user_id": "u", "type": "limit"})


def rest_fill(trade_id: str, order_id: str, count: str, price: str = "0.4000") -> RestFill:
    return RestFill.from_dict(
        {
            "fill_id": trade_id,
            "trade_id": trade_id,
            "order_id": order_id,
            "ticker": TICKER,
            "market_ticker": TICKER,
            "outcome_side": "yes",
            "book_side": "bid",
            "count_fp": count,
            "yes_price_dollars": price,
            "is_taker": True,
            "fee_cost": "0.0100",
        }
    )


def rest_position(position: str, exposure: str, ticker: str = TICKER) -> RestPosition:
    return RestPosition.from_dict(
        {
            "ticker": ticker,
            "position_fp": position,
            "market_exposure_dollars": exposure,
            "realized_pnl_dollars": "0.0000",
            "fees_paid_dollars": "0.0100",
            "total_traded_dollars": exposure,
        }
    )


def rest_balance(cents: int) -> GetBalanceResponse:
    return GetBalanceResponse.from_dict(
        {"balance": cents, "balance_dollars": str(Decimal(cents) / 100), "portfolio_value": 0}
    )
