"""From the engine's notes to channel messages: who gets what, once per operation.

The publisher listens to the engine (`exchange.changes`). After each operation it compares
the books of the markets touched with what it last published and sends the differences as
`orderbook_delta`s, so a streamed book is REST's book by construction; the other channels
follow the notes: trades, the member's own fills, orders (one `user_order` per order and
operation, in its final state), positions, order groups, lifecycle, and a `ticker` whenever
a market's ticker fields change. It runs with the app's lock held, in whichever thread the
operation ran.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..engine import Exchange, Order
from ..engine._changes import (
    Batch,
    Filled,
    GroupChanged,
    MarketChanged,
    OrderChanged,
    PositionChanged,
    Traded,
)
from . import _wire as wire
from ._session import Session, Sub

BOOK = "orderbook_delta"


class Publisher:
    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.sessions: set[Session] = set()
        self._books: dict[str, wire.Levels] = {}  # as last published
        self._tickers: dict[str, dict[str, Any]] = {}  # ticker fields as last published

    # ------------------------------------------------------------------ wiring

    def attach(self) -> None:
        """Start listening; what the books hold now is the starting point of every delta."""
        for market in self.exchange.markets.values():
            self._remember(market.ticker)
        self.exchange.changes.listeners.append(self.on_change)

    def detach(self) -> None:
        if self.on_change in self.exchange.changes.listeners:
            self.exchange.changes.listeners.remove(self.on_change)
        self.sessions.clear()

    def _remember(self, ticker: str) -> None:
        market = self.exchange.markets[ticker]
        self._books[ticker] = wire.levels(market)
        self._tickers[ticker] = wire.ticker_fields(self.exchange, market)

    def _subs(self, channel: str, ticker: str | None = None) -> Iterable[tuple[Session, Sub]]:
        for session in list(self.sessions):
            for sub in session.subscribed(channel, ticker):
                yield session, sub

    # ------------------------------------------------------------------ what subscribing sends

    def send_snapshot(self, session: Session, sub: Sub, ticker: str, **extra: Any) -> None:
        market = self.exchange.markets[ticker]
        msg = wire.snapshot(market, wire.levels(market), sub.use_yes_price)
        session.publish(sub, "orderbook_snapshot", msg, **extra)

    def send_ticker(self, session: Session, sub: Sub, ticker: str) -> None:
        fields = wire.ticker_fields(self.exchange, self.exchange.markets[ticker])
        session.publish(sub, "ticker", wire.ticker(fields, self.exchange.clock()))

    # ------------------------------------------------------------------ after each operation

    def on_change(self, batch: Batch) -> None:
        now = self.exchange.clock()
        for ticker in batch.tickers:
            if ticker not in self._books:  # created in this operation
                self._remember(ticker)
            self._publish_book(ticker, batch.cause, now)
        orders: dict[str, tuple[Order, str | None]] = {}
        positions: dict[tuple[str, str], None] = {}
        for event in batch.events:
            if isinstance(event, OrderChanged):
                reason = event.reason or orders.get(event.order.order_id, (None, None))[1]
                orders.pop(event.order.order_id, None)  # keep the order of last change
                orders[event.order.order_id] = (event.order, reason)
            elif isinstance(event, PositionChanged):
                positions[(event.user_id, event.ticker)] = None
            elif isinstance(event, Traded):
                for session, sub in self._subs("trade", event.ticker):
                    session.publish(sub, "trade", wire.trade(event.trade))
            elif isinstance(event, Filled):
                self._publish_fill(event)
            elif isinstance(event, GroupChanged):
                msg = wire.order_group(event.group, event.event_type, event.ts)
                for session, sub in self._own_subs("order_group_updates", event.group.user_id):
                    session.publish(sub, "order_group_updates", msg)
            elif isinstance(event, MarketChanged):
                msg = wire.lifecycle(
                    self.exchange, event.ticker, event.event_type, event.ts, event.is_deactivated
                )
                for session, sub in self._subs("market_lifecycle_v2"):
                    session.publish(sub, "market_lifecycle_v2", msg)
        for order, reason in orders.values():
            for session, sub in self._own_subs("user_orders", order.user_id, order.ticker):
                session.publish(sub, "user_order", wire.user_order(order, reason))
        for user_id, ticker in positions:
            position = self.exchange.users[user_id].positions[ticker]
            msg = wire.market_position(user_id, ticker, position)
            for session, sub in self._own_subs("market_positions", user_id, ticker):
                session.publish(sub, "market_position", msg)
        for ticker in batch.tickers:
            self._publish_ticker(ticker, now)

    def _own_subs(
        self, channel: str, user_id: str, ticker: str | None = None
    ) -> Iterable[tuple[Session, Sub]]:
        return ((s, sub) for s, sub in self._subs(channel, ticker) if s.user_id == user_id)

    def _publish_book(self, ticker: str, cause: tuple[str, str] | None, now: float) -> None:
        after = wire.levels(self.exchange.markets[ticker])
        changes = wire.deltas(self._books[ticker], after)
        self._books[ticker] = after
        if not changes:
            return
        for session, sub in self._subs(BOOK, ticker):
            own = cause is not None and cause[0] == session.user_id
            for side, price, change in changes:
                msg = wire.delta(ticker, side, price, change, sub.use_yes_price, now)
                if own:
                    assert cause is not None
                    msg["client_order_id"] = cause[1]
                session.publish(sub, "orderbook_delta", msg)

    def _publish_fill(self, event: Filled) -> None:
        order = self.exchange.orders.get(str(event.fill["order_id"]))
        msg = wire.fill(event.fill, order, event.post_position)
        for session, sub in self._own_subs("fill", event.user_id, event.ticker):
            session.publish(sub, "fill", msg)

    def _publish_ticker(self, ticker: str, now: float) -> None:
        fields = wire.ticker_fields(self.exchange, self.exchange.markets[ticker])
        if fields == self._tickers.get(ticker):
            return
        self._tickers[ticker] = fields
        msg = wire.ticker(fields, now)
        for session, sub in self._subs("ticker", ticker):
            session.publish(sub, "ticker", msg)
