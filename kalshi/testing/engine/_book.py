"""One YES book per market: resting orders best first, and taking them off again."""

from __future__ import annotations

from decimal import Decimal

from ._model import ZERO, Market, Order, User


def rest(market: Market, user: User, order: Order) -> None:
    book = market.book(order.side)
    book.append(order)
    book.sort(key=lambda o: o.priority)
    user.resting[order.order_id] = order


def take_off(market: Market, user: User, order: Order) -> None:
    """Remove the order from the book and from the member's resting orders (if there)."""
    book = market.book(order.side)
    if order in book:
        book.remove(order)
    user.resting.pop(order.order_id, None)


def crossing(market: Market, side: str, price: Decimal) -> list[Order]:
    """Resting orders on the other side that an order at `price` would trade with, best first."""
    if side == "bid":
        return [o for o in market.asks if o.price <= price]
    return [o for o in market.bids if o.price >= price]


def ahead_of(market: Market, order: Order) -> Decimal:
    """Contracts resting before `order` at its price level (its queue position)."""
    book = market.book(order.side)
    return sum((o.remaining for o in book if o.price == order.price and o.seq < order.seq), ZERO)
