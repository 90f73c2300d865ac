"""Live account state: orders, fills, positions and balance kept from REST and the stream.

See the README's *Live account state*: `AccountState` is the pure engine, `reconcile` catches
it up from REST after a loss, `wait_for` waits on its events, and `AccountView` /
`SyncAccountView` keep it live from a stream and a client, with order entry through them.
`AccountState.pnl` is each market's P&L from the fills seen (see `market_pnl` for the
formula), marked by the views at the live `ticker` prices (`Marks`).
"""

from ._async_rest import look_up, read_snapshot
from ._engine import AccountState
from ._events import (
    AccountEvent,
    BalanceChanged,
    FillReceived,
    MarketSettled,
    OrderCanceled,
    OrderCreated,
    OrderFilled,
    OrderUpdated,
    PositionChanged,
)
from ._marks import MarkMethod, Marks, Quote
from ._model import FillRecord, OrderState, OrderStatusName, PositionState
from ._pnl import PnL, SettlementRecord, market_pnl
from ._reconcile import ReconcileReport, RestSnapshot, reconcile
from ._sync_view import SyncAccountView
from ._view import AccountView, EventOverflow
from ._wait import (
    OrderEnded,
    OrderRef,
    SyncWaiter,
    WaitStatus,
    WaitTimeout,
    reached,
    wait_for,
)

__all__ = [
    "AccountEvent",
    "AccountState",
    "AccountView",
    "BalanceChanged",
    "EventOverflow",
    "FillReceived",
    "FillRecord",
    "MarkMethod",
    "MarketSettled",
    "Marks",
    "OrderCanceled",
    "OrderCreated",
    "OrderEnded",
    "OrderFilled",
    "OrderRef",
    "OrderState",
    "OrderStatusName",
    "OrderUpdated",
    "PnL",
    "PositionChanged",
    "PositionState",
    "Quote",
    "ReconcileReport",
    "RestSnapshot",
    "SettlementRecord",
    "SyncAccountView",
    "SyncWaiter",
    "WaitStatus",
    "WaitTimeout",
    "look_up",
    "market_pnl",
    "reached",
    "read_snapshot",
    "reconcile",
    "wait_for",
]
