"""Matching: plan what an incoming order would trade, then trade it.

Planning first lets the balance check see the exact fees of the fills before anything moves,
and makes fill-or-kill a question about the plan. Trades happen at the resting order's price,
in price-time priority; self-trade prevention either cancels the incoming order
(`taker_at_cross`) or the member's own resting order and goes on (`maker`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from . import _ledger as ledger
from ._book import crossing, take_off
from ._changes import Changes, Filled, OrderChanged, PositionChanged, Traded
from ._model import HOUSE, ZERO, Market, Order, User, unit_cost


@dataclass
class Plan:
    fills: list[tuple[Order, Decimal]] = field(default_factory=list)  # (maker, size)
    own_orders_to_cancel: list[Order] = field(default_factory=list)  # self-trade: `maker`
    cancel_incoming: bool = False  # self-trade: `taker_at_cross`

    @property
    def size(self) -> Decimal:
        return sum((size for _, size in self.fills), ZERO)

    @property
    def fees(self) -> Decimal:
        return sum((ledger.taker_fee(size, maker.price) for maker, size in self.fills), ZERO)


def plan(market: Market, taker: Order) -> Plan:
    result = Plan()
    left = taker.remaining
    for maker in crossing(market, taker.side, taker.price):
        if left <= 0:
            break
        if maker.user_id == taker.user_id and taker.user_id != HOUSE:
            if taker.self_trade_prevention == "taker_at_cross":
                result.cancel_incoming = True
                break
            result.own_orders_to_cancel.append(maker)
            continue
        size = min(left, maker.remaining)
        result.fills.append((maker, size))
        left -= size
    return result


@dataclass
class Matcher:
    """Carries out plans against the exchange's members and trade tape."""

    users: dict[str, User]
    trades: list[dict[str, object]]
    clock: Callable[[], float]
    cancel: Callable[[Order, str | None], None]  # cancel a resting order, with Kalshi's reason
    on_fill: Callable[[Order, Decimal, float], None]  # order groups count fills
    changes: Changes

    def execute(self, market: Market, taker: Order, chosen: Plan) -> None:
        for own in chosen.own_orders_to_cancel:
            self.cancel(own, "SelfTradeCancel")
        for maker, _ in chosen.fills:
            if taker.remaining <= 0 or taker.status != "resting":
                break
            if maker.status == "resting":  # an order group may have canceled it meanwhile
                self._fill(market, taker, maker, min(taker.remaining, maker.remaining))
        if chosen.cancel_incoming and taker.status == "resting":
            taker.remaining, taker.status = ZERO, "canceled"

    def _fill(self, market: Market, taker: Order, maker: Order, size: Decimal) -> None:
        price, now = maker.price, self.clock()
        fee = ledger.taker_fee(size, price)
        trade_id = str(uuid.uuid4())
        for order, is_taker in ((taker, True), (maker, False)):
            user = self.users[order.user_id]
            ledger.book_fill(user, market.ticker, order.side, price, size, now)
            paid_fee = fee if is_taker else ZERO
            ledger.charge_fee(user, market.ticker, paid_fee)
            cost = size * unit_cost(order.side, price)
            if is_taker:
                order.taker_fees += paid_fee
                order.taker_cost += cost
            else:
                order.maker_cost += cost
            order.filled += size
            order.notional += size * price
            order.remaining -= size
            order.updated = now
            if order.remaining == 0:
                order.status = "executed"
                if not is_taker:
                    take_off(market, user, order)
            fill = {
                "fill_id": str(uuid.uuid4()),
                "trade_id": trade_id,
                "order_id": order.order_id,
                "ticker": market.ticker,
                "side": order.side,
                "price": price,
                "count": size,
                "is_taker": is_taker,
                "fee": paid_fee,
                "ts": now,
            }
            user.fills.append(fill)
            self.changes.note(Filled(user.user_id, fill, ledger.held(user, market.ticker)))
            self.changes.note(OrderChanged(order, "Trade"))
            self.changes.note(PositionChanged(user.user_id, market.ticker))
            self.on_fill(order, size, now)
        market.last_price, market.last_trade_size = price, size
        market.volume += size
        market.notional += size * price
        trade = {
            "trade_id": trade_id,
            "ticker": market.ticker,
            "count": size,
            "price": price,
            "taker_side": taker.side,
            "ts": now,
        }
        self.trades.append(trade)
        self.changes.note(Traded(trade))
