"""The account state engine: pure, no I/O; REST snapshots and stream messages go in, events out.

Rules that keep it right whatever order facts arrive in:

* an order's filled count never goes down and a canceled or executed order never rests again,
  so a late or replayed update cannot undo a newer one; when both sides carry the exchange's
  update time, an older update is ignored too;
* a fill is counted once, by (trade_id, order_id), whether REST or the stream said it first;
* an order is known from the moment order entry records it (status `pending`, keyed by its
  client_order_id) and is the same record once the exchange names its order_id;
* fills do not carry client_order_id (since March 2026): they attach to orders by order_id,
  and a fill for an order not known yet waits for it;
* only the newest `keep_ended` ended orders are kept (see `_prune`): older ones are dropped
  (their fills stay, attached to no order), and later word of them is ignored; how each
  ended is remembered for a while (`dropped_order`), so a wait for one still gets an answer.
  Positions are the exchange's own figures, never sums of fills, so they stay right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from kalshi_api.models import (
    AmendOrderV2Request,
    AmendOrderV2Response,
    CancelOrderV2Response,
    CreateOrderV2Request,
    CreateOrderV2Response,
    DecreaseOrderV2Response,
    GetBalanceResponse,
    GetPortfolioRestingOrderTotalValueResponse,
)
from kalshi_api.models import Fill as RestFill
from kalshi_api.models import MarketPosition as RestPosition
from kalshi_api.models import Order as RestOrder
from kalshi_api.models import Settlement as RestSettlement
from kalshi_ws.models import Fill as StreamFill
from kalshi_ws.models import FillMsg, MarketPositionMsg, UserOrder, UserOrderMsg
from kalshi_ws.models import MarketPosition as StreamPosition

from .._errors import InvalidValue
from . import _convert
from ._convert import OrderReport
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
from ._model import TERMINAL, ZERO, FillRecord, OrderState, OrderStatusName, PositionState
from ._pnl import PnL, SettlementRecord, market_pnl
from ._prune import DEFAULT_KEEP_ENDED, EndedOrders

Listener = Callable[[AccountEvent], None]


@dataclass(slots=True)
class _Order:
    """The engine's own mutable record; handed out only as an `OrderState`."""

    client_order_id: str | None = None
    order_id: str | None = None
    ticker: str | None = None
    side: str | None = None
    price: Decimal | None = None
    status: OrderStatusName = "pending"
    initial: Decimal | None = None
    filled: Decimal = ZERO  # as last reported by the exchange
    remaining: Decimal | None = None  # as last reported
    fees: Decimal = ZERO
    updated_ms: int | None = None


def _is_stale(record: _Order, report: OrderReport) -> bool:
    """An update older than what is held: it must not move the order backwards.

    A report of an ended order is its final state (it cannot change again), so it is taken
    whatever its time says: an answer's `ts_ms` is when the exchange answered, later than the
    order's own update time, and must not hide the price an unanswered amend set.
    """
    if report.filled is not None and report.filled < record.filled:
        return True
    if report.status in TERMINAL:
        return False
    if record.status in TERMINAL and report.status in (None, "pending", "resting"):
        return True
    if record.status != "pending" and report.status == "pending":
        return True
    if report.updated_ms is not None and record.updated_ms is not None:
        return report.updated_ms < record.updated_ms
    return False


class AccountState:
    """Orders, fills, positions and balance of one account, kept from what it is told.

    Every `apply_*` / `record_*` method returns the events it caused and passes them to the
    listeners added with `subscribe`. Nothing here waits or does I/O: feed it from REST and
    the stream (or from tests) and read it back.

    `keep_ended`: how many ended (canceled or executed) orders to keep, newest by when they
    ended; older ones are dropped, their fills kept (None keeps everything), and how they
    ended is remembered for as many again (at least 1,000): `dropped_order(key)`.
    """

    def __init__(self, *, keep_ended: int | None = DEFAULT_KEEP_ENDED) -> None:
        self._ended = EndedOrders(keep_ended)
        self._by_id: dict[str, _Order] = {}
        self._by_coid: dict[str, _Order] = {}
        self._fills: dict[tuple[str, str], FillRecord] = {}
        self._fills_by_order: dict[str, list[FillRecord]] = {}
        self._positions: dict[str, PositionState] = {}
        self._balance: Decimal | None = None
        self._reserved: Decimal | None = None
        self._settlements: dict[str, SettlementRecord] = {}
        self._listeners: list[Listener] = []

    # ------------------------------------------------------------------ reading

    def order(self, key: str) -> OrderState | None:
        """The order with this order_id or client_order_id, None when unknown."""
        record = self._by_id.get(key) or self._by_coid.get(key)
        return None if record is None else self._view(record)

    def orders(
        self, *, status: OrderStatusName | None = None, ticker: str | None = None
    ) -> list[OrderState]:
        records = {id(r): r for r in [*self._by_id.values(), *self._by_coid.values()]}
        views = (self._view(r) for r in records.values())
        return [
            v
            for v in views
            if (status is None or v.status == status) and (ticker is None or v.ticker == ticker)
        ]

    def dropped_order(self, key: str) -> OrderState | None:
        """How an ended order that `keep_ended` dropped ended (by order_id or client_order_id),
        while it is remembered; None for any other order. `order(key)` no longer knows it."""
        return self._ended.final_state(key)

    def reported_resting(self) -> list[str]:
        """Order ids the exchange last reported resting, including those the fills seen since
        show as executed: their final state (price included) is the exchange's to report."""
        return [r.order_id for r in self._by_id.values() if r.status == "resting" and r.order_id]

    def fills(self, order_id: str | None = None) -> list[FillRecord]:
        if order_id is not None:
            return list(self._fills_by_order.get(order_id, ()))
        return list(self._fills.values())

    def has_fill(self, trade_id: str, order_id: str | None) -> bool:
        return (trade_id, order_id or "") in self._fills

    @property
    def positions(self) -> dict[str, PositionState]:
        return dict(self._positions)

    def position(self, ticker: str) -> PositionState | None:
        return self._positions.get(ticker)

    @property
    def balance(self) -> Decimal | None:
        """The available balance in dollars as REST last reported it (the stream has none)."""
        return self._balance

    @property
    def reserved(self) -> Decimal | None:
        """What resting orders reserve, in dollars, as REST last reported it."""
        return self._reserved

    def settlement(self, ticker: str) -> SettlementRecord | None:
        return self._settlements.get(ticker)

    @property
    def markets(self) -> list[str]:
        """Every market with a fill, a position or a settlement, in the order first seen."""
        tickers = [f.ticker for f in self._fills.values() if f.ticker]
        return list(dict.fromkeys([*tickers, *self._positions, *self._settlements]))

    def pnl(self, ticker: str, mark: Decimal | None = None) -> PnL:
        """The market's P&L from the fills seen and its settlement (see `kalshi.state._pnl`),
        the open position marked at the YES price `mark` (unrealized None without one)."""
        return market_pnl(ticker, self._fills.values(), self._settlements.get(ticker), mark)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event from now on; returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # ------------------------------------------------------------------ order entry

    def record_sent(self, request: CreateOrderV2Request) -> OrderState:
        """Order entry sent this create: the order is known (pending) before any answer."""
        if not isinstance(request.client_order_id, str) or not request.client_order_id:
            raise InvalidValue("an order needs a client_order_id to be tracked before its answer")
        self._merge(_convert.order_from_request(request))
        state = self.order(request.client_order_id)
        assert state is not None
        return state

    def record_ack(
        self, ack: CreateOrderV2Response, client_order_id: str | None = None
    ) -> list[AccountEvent]:
        """The create's answer: links the order_id to the client_order_id sent."""
        return self._merge(self._ended_how(_convert.order_from_ack(ack, client_order_id)))

    def _ended_how(self, report: OrderReport) -> OrderReport:
        """An answer that leaves nothing resting does not say how the order ended: executed
        only if all of it filled (an immediate-or-cancel order filled in part is canceled)."""
        if report.status != "executed" or report.filled is None:
            return report
        record = self._find(report)
        initial = report.initial
        if initial is None and record is not None:
            initial = record.initial
        if initial is not None and report.filled < initial:
            return replace(report, status="canceled")
        return report

    def record_amend_ack(
        self, order_id: str, request: AmendOrderV2Request, ack: AmendOrderV2Response
    ) -> list[AccountEvent]:
        """An amend's answer: the price and total count sent are the order's now."""
        report = self._ended_how(_convert.order_from_amend(ack, request, order_id))
        record = self._find(report)
        if record is not None and report.client_order_id:  # updated_client_order_id
            record.client_order_id = report.client_order_id
            self._by_coid[report.client_order_id] = record
        return self._merge(report)

    def record_decrease_ack(
        self, order_id: str, ack: DecreaseOrderV2Response
    ) -> list[AccountEvent]:
        """A decrease's answer: what still rests (nothing: canceled)."""
        return self._merge(_convert.order_from_decrease(ack, order_id))

    def record_cancel_ack(self, ack: CancelOrderV2Response) -> list[AccountEvent]:
        """A cancel's answer: what rested is gone (an order that already ended is refused)."""
        return self._merge(_convert.order_from_cancel(ack))

    def record_rejected(self, client_order_id: str) -> None:
        """The exchange refused the create for sure (a 4xx): forget the pending order."""
        record = self._by_coid.get(client_order_id)
        if record is not None and record.order_id is None:
            del self._by_coid[client_order_id]

    # ------------------------------------------------------------------ REST

    def apply_rest_order(self, order: RestOrder) -> list[AccountEvent]:
        return self._merge(_convert.order_from_rest(order))

    def apply_rest_fill(self, fill: RestFill) -> list[AccountEvent]:
        record = _convert.fill_from_rest(fill)
        return [] if record is None else self._add_fill(record)

    def apply_rest_position(self, position: RestPosition) -> list[AccountEvent]:
        state = _convert.position_from_rest(position)
        return [] if state is None else self.set_position(state)

    def apply_rest_settlement(self, settlement: RestSettlement) -> list[AccountEvent]:
        """A GetSettlements item: the market paid out (P&L counts it once)."""
        record = _convert.settlement_from_rest(settlement)
        if record is None or self._settlements.get(record.ticker) == record:
            return []
        self._settlements[record.ticker] = record
        return self._emit([MarketSettled(record)])

    def apply_balance(self, balance: GetBalanceResponse) -> list[AccountEvent]:
        value = balance.decimal("balance")
        if value is None:
            value = balance.decimal("balance_dollars")
        if value is None or value == self._balance:
            return []
        before, self._balance = self._balance, value
        return self._emit([BalanceChanged(before, value)])

    def apply_reserved(
        self, value: GetPortfolioRestingOrderTotalValueResponse
    ) -> list[AccountEvent]:
        """GetPortfolioRestingOrderTotalValue's answer (no event: it follows the orders)."""
        self._reserved = value.decimal("total_resting_order_value")
        return []

    # ------------------------------------------------------------------ stream

    def apply(self, message: object) -> list[AccountEvent]:
        """A stream message of `user_orders`, `fill` or `market_positions`; others are ignored."""
        msg = getattr(message, "msg", None)
        if isinstance(message, UserOrder) and isinstance(msg, UserOrderMsg):
            return self._merge(_convert.order_from_stream(msg))
        if isinstance(message, StreamFill) and isinstance(msg, FillMsg):
            record = _convert.fill_from_stream(msg)
            return [] if record is None else self._add_fill(record)
        if isinstance(message, StreamPosition) and isinstance(msg, MarketPositionMsg):
            state = _convert.position_from_stream(msg)
            return [] if state is None else self.set_position(state)
        return []

    def apply_all(self, messages: Iterable[object]) -> list[AccountEvent]:
        return [event for message in messages for event in self.apply(message)]

    # ------------------------------------------------------------------ the rules

    def set_position(self, state: PositionState) -> list[AccountEvent]:
        before = self._positions.get(state.ticker)
        if before == state:
            return []
        self._positions[state.ticker] = state
        return self._emit([PositionChanged(before, state)])

    def flatten_position(self, ticker: str) -> list[AccountEvent]:
        """The position is gone (closed or settled while blind): keep what it realized."""
        before = self._positions.get(ticker)
        if before is None or before.position == 0:
            return []
        return self.set_position(replace(before, position=ZERO, cost=ZERO))

    def _find(self, report: OrderReport) -> _Order | None:
        by_id = self._by_id.get(report.order_id) if report.order_id else None
        by_coid = self._by_coid.get(report.client_order_id) if report.client_order_id else None
        return by_id or by_coid

    def _merge(self, report: OrderReport) -> list[AccountEvent]:
        if report.order_id is None and report.client_order_id is None:
            return []
        if self._ended.forgotten(report.order_id):
            return []  # ended and dropped: it cannot have changed since
        record = self._find(report)
        before = None if record is None else self._view(record)
        if record is None:
            record = _Order()
        # Identity is learnt from anyone, stale or not: it never changes for an order.
        record.order_id = record.order_id or report.order_id
        record.client_order_id = record.client_order_id or report.client_order_id
        record.ticker = record.ticker or report.ticker
        record.side = record.side or report.side
        if record.order_id:
            self._by_id[record.order_id] = record
        if record.client_order_id:
            self._by_coid[record.client_order_id] = record
        if before is None or not _is_stale(record, report):
            if report.status is not None:
                record.status = report.status
            if report.filled is not None:
                record.filled = report.filled
            if report.remaining is not None:
                record.remaining = report.remaining
            if report.price is not None:
                record.price = report.price
            if report.initial is not None:
                record.initial = report.initial
            if report.fees is not None:
                record.fees = report.fees
            if report.updated_ms is not None:
                record.updated_ms = report.updated_ms
        after = self._view(record)
        events = self._order_events(before, after)
        self._prune(after)
        return events

    def _add_fill(self, fill: FillRecord) -> list[AccountEvent]:
        if fill.key in self._fills:
            return []
        # a fill of an order already dropped still counts (positions, P&L) but attaches to none
        forgotten = self._ended.forgotten(fill.order_id)
        record = self._by_id.get(fill.order_id) if fill.order_id and not forgotten else None
        before = None if record is None else self._view(record)
        self._fills[fill.key] = fill
        if fill.order_id and not forgotten:
            self._fills_by_order.setdefault(fill.order_id, []).append(fill)
        events: list[AccountEvent] = [FillReceived(fill)]
        if record is not None:
            after = self._view(record)
            events += self._order_events(before, after, emit=False)
            self._prune(after)
        return self._emit(events)

    def _prune(self, order: OrderState) -> None:
        """Note an order that ended; drop the oldest ended ones beyond `keep_ended`."""
        if not order.is_terminal or order.order_id is None:
            return
        for order_id in self._ended.ended(order.order_id):
            record = self._by_id.get(order_id)
            # remembered before it goes: a waiter never finds it in neither place
            self._ended.forget(order_id, None if record is None else self._view(record))
            self._by_id.pop(order_id, None)
            coid = record.client_order_id if record is not None else None
            if coid and self._by_coid.get(coid) is record:
                del self._by_coid[coid]
            # its fills stay: P&L replays every fill of a market, in time order
            self._fills_by_order.pop(order_id, None)

    def _view(self, record: _Order) -> OrderState:
        fills = self._fills_by_order.get(record.order_id, []) if record.order_id else []
        seen = sum((f.count for f in fills), ZERO)
        filled = max(record.filled, seen)
        remaining = record.remaining
        if remaining is not None:
            remaining = max(ZERO, remaining - (filled - record.filled))
        elif record.initial is not None:
            remaining = max(ZERO, record.initial - filled)
        status = record.status
        if status == "resting" and remaining == 0 and filled > 0:
            status = "executed"  # fills seen ahead of the order's own update
        average = sum((f.count * f.price for f in fills), ZERO) / seen if seen else None
        return OrderState(
            client_order_id=record.client_order_id,
            order_id=record.order_id,
            ticker=record.ticker,
            side=record.side,
            price=record.price,
            status=status,
            initial=record.initial,
            filled=filled,
            remaining=remaining,
            average_price=average,
            fees=max(record.fees, sum((f.fee for f in fills), ZERO)),
            updated_ms=record.updated_ms,
        )

    def _order_events(
        self, before: OrderState | None, after: OrderState, *, emit: bool = True
    ) -> list[AccountEvent]:
        events: list[AccountEvent] = []
        if after.order_id and (before is None or before.order_id is None):
            events.append(OrderCreated(after))
        if before is not None and before != after:
            events.append(OrderUpdated(before, after))
        gained = after.filled - (before.filled if before is not None else ZERO)
        if gained > 0 and after.order_id:
            events.append(OrderFilled(after, gained))
        if after.status == "canceled" and (before is None or before.status != "canceled"):
            events.append(OrderCanceled(after))
        return self._emit(events) if emit else events

    def _emit(self, events: list[AccountEvent]) -> list[AccountEvent]:
        for event in events:
            for listener in list(self._listeners):
                listener(event)
        return events
