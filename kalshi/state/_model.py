"""What the account state hands out: frozen snapshots of orders, fills and positions.

They are values, not live objects, so an event can carry the order as it was before and
after a change, and a caller can keep one without it changing under them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, TypeAlias

ZERO = Decimal(0)

# `pending`: sent by order entry, not yet acknowledged by the exchange (no order_id yet).
OrderStatusName: TypeAlias = Literal["pending", "resting", "canceled", "executed"]
TERMINAL: frozenset[str] = frozenset({"canceled", "executed"})


@dataclass(frozen=True, slots=True)
class OrderState:
    """One order as the account state knows it; counts in contracts, prices in YES dollars.

    `filled` is the larger of what the exchange last reported and the distinct fills seen
    for the order (both are lower bounds of the truth, so neither can double count).
    `average_price` is the count-weighted YES price of the fills seen, None before any.
    """

    client_order_id: str | None
    order_id: str | None
    ticker: str | None
    side: str | None  # "bid" buys YES, "ask" sells YES
    price: Decimal | None
    status: OrderStatusName
    initial: Decimal | None
    filled: Decimal
    remaining: Decimal | None
    average_price: Decimal | None
    fees: Decimal
    updated_ms: int | None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL

    @property
    def key(self) -> str:
        """The order id once known, else the client order id (what lookups accept)."""
        return self.order_id or self.client_order_id or ""


@dataclass(frozen=True, slots=True)
class FillRecord:
    """One fill, counted once however many times (REST, stream) it is seen."""

    trade_id: str
    order_id: str | None
    ticker: str | None
    side: str | None
    count: Decimal
    price: Decimal  # YES price
    fee: Decimal
    is_taker: bool | None
    ts_ms: int | None

    @property
    def key(self) -> tuple[str, str]:
        """Trade and order together: one trade between two of the member's orders is two fills."""
        return (self.trade_id, self.order_id or "")


@dataclass(frozen=True, slots=True)
class PositionState:
    """The position in one market: `position` > 0 is YES held, < 0 is NO held."""

    ticker: str
    position: Decimal
    cost: Decimal | None  # what open contracts cost (REST exposure, stream position_cost)
    realized_pnl: Decimal | None
    fees_paid: Decimal | None
