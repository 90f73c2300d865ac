"""What the engine changed, handed to listeners (the stream service, say) as each operation ends.

The engine notes a change where it happens (an order placed, a fill, a group triggered, a
market settled) and hands the notes over together, in order, when the outermost operation
ends: then books, balances and positions agree again, so a listener may read whatever else it
needs from the exchange. Nothing here knows about HTTP or WebSockets, and with no listener
nothing is kept.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar, cast

from ._model import Order, OrderGroup

log = logging.getLogger("kalshi.testing")


@dataclass(frozen=True)
class OrderChanged:
    """An order was placed, traded, amended, decreased or canceled; `reason` is Kalshi's
    `last_update_reason` (None when Kalshi names none, e.g. a plain placement)."""

    order: Order
    reason: str | None = None

    @property
    def ticker(self) -> str:
        return self.order.ticker


@dataclass(frozen=True)
class Filled:
    """One side of a trade, as the member's fill record, with the position right after it."""

    user_id: str
    fill: dict[str, Any]
    post_position: Decimal

    @property
    def ticker(self) -> str:
        return str(self.fill["ticker"])


@dataclass(frozen=True)
class Traded:
    trade: dict[str, Any]

    @property
    def ticker(self) -> str:
        return str(self.trade["ticker"])


@dataclass(frozen=True)
class PositionChanged:
    user_id: str
    ticker: str


@dataclass(frozen=True)
class GroupChanged:
    """An order group was created, triggered, reset, deleted or had its limit changed."""

    group: OrderGroup
    event_type: str
    ts: float
    ticker: None = None


@dataclass(frozen=True)
class MarketChanged:
    """A market's lifecycle moved: created, deactivated / activated (pause), determined, settled."""

    ticker: str
    event_type: str
    ts: float
    is_deactivated: bool | None = None


Event = OrderChanged | Filled | Traded | PositionChanged | GroupChanged | MarketChanged


@dataclass
class Batch:
    """The notes of one operation, in order, and whose order caused it (if a member's did)."""

    events: list[Event] = field(default_factory=list)
    cause: tuple[str, str] | None = None  # (user_id, client_order_id)

    @property
    def tickers(self) -> list[str]:
        """The markets touched, in the order first touched."""
        return list(dict.fromkeys(e.ticker for e in self.events if e.ticker is not None))


Listener = Callable[[Batch], None]


class Changes:
    """Collects notes during an operation; gives them to every listener when it ends."""

    def __init__(self) -> None:
        self.listeners: list[Listener] = []
        self._depth = 0
        self._batch = Batch()

    @contextmanager
    def operation(self) -> Iterator[None]:
        """One operation (they nest: only the outermost hands its notes over)."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    def note(self, event: Event) -> None:
        if not self.listeners:
            return
        self._batch.events.append(event)
        if self._depth == 0:
            self._flush()

    def blame(self, user_id: str, client_order_id: str) -> None:
        """The member order that causes this operation's changes (the first one named wins)."""
        if self.listeners and self._batch.cause is None and client_order_id:
            self._batch.cause = (user_id, client_order_id)

    def _flush(self) -> None:
        batch, self._batch = self._batch, Batch()
        if not batch.events:
            return
        for listener in list(self.listeners):
            try:
                listener(batch)
            except Exception:  # a listener's bug must not break the exchange
                log.exception("an exchange event listener failed")


F = TypeVar("F", bound=Callable[..., Any])


def operation(method: F) -> F:
    """Run a method of an object with `changes` (a `Changes`) as one operation."""

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self.changes.operation():
            return method(self, *args, **kwargs)

    return cast(F, run)
