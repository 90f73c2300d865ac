"""REST and stream models into one shape each, so the engine has one rule per fact.

REST `Order` and stream `UserOrderMsg` say the same things under nearly the same names;
REST `Fill` and stream `FillMsg` too (the stream's fill has no `fill_id`, its `trade_id` is
the same value). Everything money-like becomes Decimal here, nowhere else.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from kalshi_api.models import (
    AmendOrderV2Request,
    AmendOrderV2Response,
    CancelOrderV2Response,
    CreateOrderV2Request,
    CreateOrderV2Response,
    DecreaseOrderV2Response,
)
from kalshi_api.models import Fill as RestFill
from kalshi_api.models import MarketPosition as RestPosition
from kalshi_api.models import Order as RestOrder
from kalshi_api.models import Settlement as RestSettlement
from kalshi_ws.models import FillMsg, MarketPositionMsg, UserOrderMsg

from .. import money
from ._model import ZERO, FillRecord, OrderStatusName, PositionState
from ._pnl import SettlementRecord


@dataclass(frozen=True, slots=True)
class OrderReport:
    """What one source says about an order at one moment (None: it did not say)."""

    order_id: str | None
    client_order_id: str | None
    ticker: str | None
    side: str | None
    price: Decimal | None
    status: OrderStatusName | None
    initial: Decimal | None
    filled: Decimal | None
    remaining: Decimal | None
    fees: Decimal | None
    updated_ms: int | None


def _str(value: object) -> str | None:
    # Unset of either generated package (REST and stream have one each) is not a str
    return str(value) if isinstance(value, str) else None


def _dec(value: object) -> Decimal | None:
    text = _str(value)
    return None if text is None or text == "" else money.to_decimal(text)


def _ms(value: object) -> int | None:
    if isinstance(value, datetime.datetime):
        return int(value.timestamp() * 1000)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _status(value: object) -> OrderStatusName | None:
    text = _str(value)
    if text in ("resting", "canceled", "executed"):
        return text  # type: ignore[return-value]  # narrowed by the membership test
    return None  # an unknown status says nothing the engine can use


def _fees(*values: object) -> Decimal | None:
    parts = [d for d in (_dec(v) for v in values) if d is not None]
    return sum(parts, ZERO) if parts else None


def order_from_rest(order: RestOrder) -> OrderReport:
    return OrderReport(
        order_id=_str(order.order_id),
        client_order_id=_str(order.client_order_id) or None,
        ticker=_str(order.ticker),
        side=_str(order.book_side),
        price=_dec(order.yes_price_dollars),
        status=_status(order.status),
        initial=_dec(order.initial_count_fp),
        filled=_dec(order.fill_count_fp),
        remaining=_dec(order.remaining_count_fp),
        fees=_fees(order.taker_fees_dollars, order.maker_fees_dollars),
        updated_ms=_ms(order.last_update_time),
    )


def order_from_stream(msg: UserOrderMsg) -> OrderReport:
    updated = _ms(msg.last_updated_ts_ms)
    return OrderReport(
        order_id=_str(msg.order_id),
        client_order_id=_str(msg.client_order_id) or None,
        ticker=_str(msg.ticker),
        side=_str(msg.book_side),
        price=_dec(msg.yes_price_dollars),
        status=_status(msg.status),
        initial=_dec(msg.initial_count_fp),
        filled=_dec(msg.fill_count_fp),
        remaining=_dec(msg.remaining_count_fp),
        fees=_fees(msg.taker_fees_dollars, msg.maker_fees_dollars),
        updated_ms=updated if updated is not None else _ms(msg.last_update_time),
    )


def order_from_request(request: CreateOrderV2Request) -> OrderReport:
    """What order entry sent: known before the exchange answers, keyed by client_order_id."""
    count = money.parse_count(request.count)
    return OrderReport(
        order_id=None,
        client_order_id=_str(request.client_order_id),
        ticker=request.ticker,
        side=str(request.side),
        price=money.parse_dollars(request.price),
        status="pending",
        initial=count,
        filled=ZERO,
        remaining=count,
        fees=None,
        updated_ms=None,
    )


# ANSWER_TIME: an answer's `ts_ms` is when the exchange answered, not when the order last
# changed. Taken as the order's update time it would make a concurrent change (another amend,
# a fill) reported with its own, earlier, time look stale, and hide it for good; so what an
# answer says is applied without a time, and the exchange's own reports keep the order.


def order_from_ack(ack: CreateOrderV2Response, client_order_id: str | None) -> OrderReport:
    """The create's answer: the order_id, and what filled at once (remaining 0 = not resting)."""
    remaining = _dec(ack.remaining_count)
    filled = _dec(ack.fill_count)
    status: OrderStatusName | None = None
    if remaining is not None:
        status = "resting" if remaining > 0 else ("executed" if filled else "canceled")
    return OrderReport(
        order_id=_str(ack.order_id),
        client_order_id=_str(ack.client_order_id) or client_order_id,
        ticker=None,
        side=None,
        price=None,
        status=status,
        initial=None,
        filled=filled,
        remaining=remaining,
        fees=None,
        updated_ms=None,  # see ANSWER_TIME
    )


def order_from_amend(
    ack: AmendOrderV2Response, request: AmendOrderV2Request, order_id: str
) -> OrderReport:
    """An amend's answer with what was sent: the new price and total count are the order's now."""
    remaining, filled = _dec(ack.remaining_count), _dec(ack.fill_count)
    status: OrderStatusName | None = None
    if remaining is not None:
        status = "resting" if remaining > 0 else ("executed" if filled else "canceled")
    return OrderReport(
        order_id=_str(ack.order_id) or order_id,
        client_order_id=_str(request.updated_client_order_id) or None,
        ticker=None,
        side=None,
        price=money.parse_dollars(request.price),
        status=status,
        initial=money.parse_count(request.count),
        filled=filled,
        remaining=remaining,
        fees=None,
        updated_ms=None,  # see ANSWER_TIME
    )


def order_from_decrease(ack: DecreaseOrderV2Response, order_id: str) -> OrderReport:
    """A decrease's answer: what still rests (none left: the order is canceled)."""
    remaining = _dec(ack.remaining_count)
    return OrderReport(
        order_id=_str(ack.order_id) or order_id,
        client_order_id=None,
        ticker=None,
        side=None,
        price=None,
        status="canceled" if remaining == 0 else None,
        initial=None,
        filled=None,
        remaining=remaining,
        fees=None,
        updated_ms=None,  # see ANSWER_TIME
    )


def order_from_cancel(ack: CancelOrderV2Response) -> OrderReport:
    return OrderReport(
        order_id=_str(ack.order_id),
        client_order_id=_str(ack.client_order_id) or None,
        ticker=None,
        side=None,
        price=None,
        status="canceled",
        initial=None,
        filled=None,
        remaining=ZERO,
        fees=None,
        updated_ms=None,  # see ANSWER_TIME
    )


def fill_from_rest(fill: RestFill) -> FillRecord | None:
    trade_id = _str(fill.trade_id) or _str(fill.fill_id)
    count, price = fill.decimal("count_fp"), fill.decimal("yes_price_dollars")
    if trade_id is None or count is None or price is None:
        return None  # a fill without identity or size cannot be counted safely
    return FillRecord(
        trade_id=trade_id,
        order_id=_str(fill.order_id),
        ticker=_str(fill.ticker) or _str(fill.market_ticker),
        side=_str(fill.book_side),
        count=count,
        price=price,
        fee=_dec(fill.fee_cost) or ZERO,
        is_taker=fill.is_taker if isinstance(fill.is_taker, bool) else None,
        ts_ms=_ms(fill.created_time) or (fill.ts * 1000 if isinstance(fill.ts, int) else None),
    )


def fill_from_stream(msg: FillMsg) -> FillRecord | None:
    trade_id = _str(msg.trade_id)
    count, price = msg.decimal("count_fp"), msg.decimal("yes_price_dollars")
    if trade_id is None or count is None or price is None:
        return None
    ts_ms = _ms(msg.ts_ms)
    return FillRecord(
        trade_id=trade_id,
        order_id=_str(msg.order_id),
        ticker=_str(msg.market_ticker),
        side=_str(msg.book_side),
        count=count,
        price=price,
        fee=_dec(msg.fee_cost) or ZERO,
        is_taker=msg.is_taker if isinstance(msg.is_taker, bool) else None,
        ts_ms=ts_ms if ts_ms is not None else (msg.ts * 1000 if isinstance(msg.ts, int) else None),
    )


def position_from_rest(position: RestPosition) -> PositionState | None:
    ticker = _str(position.ticker)
    size = position.decimal("position_fp")
    if ticker is None or size is None:
        return None
    return PositionState(
        ticker=ticker,
        position=size,
        cost=position.decimal("market_exposure_dollars"),
        realized_pnl=position.decimal("realized_pnl_dollars"),
        fees_paid=position.decimal("fees_paid_dollars"),
    )


def position_from_stream(msg: MarketPositionMsg) -> PositionState | None:
    ticker = _str(msg.market_ticker)
    size = msg.decimal("position_fp")
    if ticker is None or size is None:
        return None
    return PositionState(
        ticker=ticker,
        position=size,
        cost=msg.decimal("position_cost_dollars"),
        realized_pnl=msg.decimal("realized_pnl_dollars"),
        fees_paid=msg.decimal("fees_paid_dollars"),
    )


def settlement_from_rest(settlement: RestSettlement) -> SettlementRecord | None:
    """What one YES contract paid: `value` (cents) when given, else $1 on `yes`, 0 on `no`."""
    ticker, result = _str(settlement.ticker), _str(settlement.market_result)
    cents = settlement.value
    value = money.cents_to_dollars(cents) if isinstance(cents, int) else None
    if value is None and result in ("yes", "no"):
        value = Decimal(1) if result == "yes" else ZERO
    if ticker is None or result is None or value is None:
        return None  # a scalar settlement without its value cannot be counted
    return SettlementRecord(
        ticker=ticker,
        result=result,
        yes_value=value,
        fee=_dec(settlement.fee_cost) or ZERO,
        ts_ms=_ms(settlement.settled_time),
    )
