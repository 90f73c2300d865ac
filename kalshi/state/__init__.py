"""Live account state: orders, fills, positions and balance kept from REST and the stream.

See the README's *Live account state*: `AccountState` is the pure engine, `reconcile` catches
it up from REST after a loss, `wait_for` waits on its events, and `AccountView` /
`SyncAccountView` keep it live from a stream and a client, with order entry through them.
"""

from ._async_rest import look_up, read_snapshot
from ._engine import AccountState
from ._events import (
    AccountEvent,
    BalanceChanged,
    FillReceived,
    OrderCanceled,
    OrderCreated,
    OrderFilled,
    OrderUpdated,
    PositionChanged,
)
from ._model import FillRecord, OrderState, OrderStatusName, PositionState
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
    "OrderCanceled",
    "OrderCreated",
    "OrderEnded",
    "OrderFilled",
    "OrderRef",
    "OrderState",
    "OrderStatusName",
    "OrderUpdated",
    "PositionChanged",
    "PositionState",
    "ReconcileReport",
    "RestSnapshot",
    "SyncAccountView",
    "SyncWaiter",
    "WaitStatus",
    "WaitTimeout",
    "look_up",
    "reached",
    "read_snapshot",
    "reconcile",
    "wait_for",
]
