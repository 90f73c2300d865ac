"""Reconcile: after a `Resync` (messages lost, or a reconnect), catch up from fresh REST state.

What happened while blind is applied exactly once: fills are deduplicated by the engine, a
newer order update is never undone by an older one, and an order held as resting that REST no
longer lists as resting is reported as `unexplained` so the caller looks it up (GetOrder) and
applies the answer — a cancel or a full fill while blind is found, never assumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kalshi_api.models import Fill as RestFill
from kalshi_api.models import GetBalanceResponse, GetPortfolioRestingOrderTotalValueResponse
from kalshi_api.models import MarketPosition as RestPosition
from kalshi_api.models import Order as RestOrder
from kalshi_api.models import Settlement as RestSettlement
from kalshi_api.types import Unset

from ._engine import AccountState
from ._events import AccountEvent, FillReceived


@dataclass(frozen=True, slots=True)
class RestSnapshot:
    """REST state read after the loss (or at start).

    `resting_orders`, when given, must be every resting order (GetOrders status=resting, all
    pages): only then are orders held as resting but absent `unexplained`;
    `orders` are orders read one by one, of any status; `fills` the recent fills (those since
    shortly before the loss is enough), newest first as GetFills lists them (they are applied
    oldest first, the order P&L replays fills of one millisecond in); `settlements` the recent
    settlements (GetSettlements); `positions` every open market position when
    `complete_positions` (then a market held but absent is flat); `skip_positions` are
    markets the caller has fresher word on (stream messages during the read): REST neither
    overwrites nor flattens them.
    """

    resting_orders: Sequence[RestOrder] | None = None
    orders: Sequence[RestOrder] = ()
    fills: Sequence[RestFill] = ()
    settlements: Sequence[RestSettlement] = ()
    positions: Sequence[RestPosition] = ()
    balance: GetBalanceResponse | None = None
    reserved: GetPortfolioRestingOrderTotalValueResponse | None = None
    complete_positions: bool = False
    skip_positions: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ReconcileReport:
    """What reconciling did, and what the caller must still look up."""

    events: list[AccountEvent] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)  # order ids to read with GetOrder
    unresolved: list[str] = field(default_factory=list)  # client order ids with no order_id

    @property
    def new_fills(self) -> int:
        return sum(isinstance(e, FillReceived) for e in self.events)


def _order_id(order: RestOrder) -> str | None:
    return None if isinstance(order.order_id, Unset) else order.order_id


def reconcile(state: AccountState, snapshot: RestSnapshot) -> ReconcileReport:
    """Apply `snapshot` to `state`; returns the events and the orders REST did not explain."""
    events: list[AccountEvent] = []
    resting = snapshot.resting_orders
    for order in (*(resting or ()), *snapshot.orders):
        events += state.apply_rest_order(order)
    for fill in reversed(snapshot.fills):
        events += state.apply_rest_fill(fill)
    for settlement in snapshot.settlements:
        events += state.apply_rest_settlement(settlement)
    seen_positions: set[str] = set()
    skip = snapshot.skip_positions
    for position in snapshot.positions:
        if not isinstance(position.ticker, Unset):
            seen_positions.add(position.ticker)
            if position.ticker in skip:
                continue
        events += state.apply_rest_position(position)
    if snapshot.complete_positions:
        for ticker in list(state.positions):
            if ticker not in seen_positions and ticker not in skip:
                events += state.flatten_position(ticker)
    if snapshot.balance is not None:
        events += state.apply_balance(snapshot.balance)
    if snapshot.reserved is not None:
        events += state.apply_reserved(snapshot.reserved)

    unexplained: list[str] = []
    if resting is not None:
        listed = {i for i in map(_order_id, (*resting, *snapshot.orders)) if i}
        # by what the exchange last reported: an order the fills alone show as executed
        # may have changed (an amend whose answer was lost) before it ended
        unexplained = [i for i in state.reported_resting() if i not in listed]
    unresolved = [
        o.client_order_id
        for o in state.orders(status="pending")
        if o.client_order_id is not None and o.order_id is None
    ]
    return ReconcileReport(events=events, unexplained=unexplained, unresolved=unresolved)
