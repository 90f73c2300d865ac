"""Typed events the account state emits, so a bot reacts to changes instead of polling."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from ._model import FillRecord, OrderState, PositionState
from ._pnl import SettlementRecord


@dataclass(frozen=True, slots=True)
class OrderCreated:
    """The exchange knows the order: its order_id was learnt (ack, stream or REST)."""

    order: OrderState


@dataclass(frozen=True, slots=True)
class OrderUpdated:
    """Anything about a known order changed (status, counts, price); `before` is the old value."""

    before: OrderState
    order: OrderState


@dataclass(frozen=True, slots=True)
class OrderFilled:
    """The order's filled count went up by `filled` contracts."""

    order: OrderState
    filled: Decimal


@dataclass(frozen=True, slots=True)
class OrderCanceled:
    """The order turned canceled (by the member, the exchange, or found so by reconcile)."""

    order: OrderState


@dataclass(frozen=True, slots=True)
class FillReceived:
    """A fill not seen before."""

    fill: FillRecord


@dataclass(frozen=True, slots=True)
class PositionChanged:
    """A market's position changed; `before` is None the first time the market is seen."""

    before: PositionState | None
    position: PositionState


@dataclass(frozen=True, slots=True)
class BalanceChanged:
    """The available balance (from REST) changed."""

    before: Decimal | None
    balance: Decimal


@dataclass(frozen=True, slots=True)
class MarketSettled:
    """A settlement of a market the account held, not seen before (GetSettlements)."""

    settlement: SettlementRecord


AccountEvent: TypeAlias = (
    OrderCreated
    | OrderUpdated
    | OrderFilled
    | OrderCanceled
    | FillReceived
    | PositionChanged
    | BalanceChanged
    | MarketSettled
)
