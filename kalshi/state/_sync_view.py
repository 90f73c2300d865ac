# Generated from kalshi/state/_view.py by scripts/unasync.py: edit that file instead.
"""The live account view: the engine fed by the stream, seeded and reconciled over REST.

Subscriptions are made before the REST seed, so nothing that happens between the two is
missed (what both report is applied once: see the engine's rules). Every `Resync` marker
(messages lost, or a reconnect) starts a reconcile over REST; several close together run as one
and one more. Order entry goes through the view so it knows an order before the exchange answers.

Written once, as the async view in `_view.py`; the thread view in `_sync_view.py` is generated
from it. On threads, one thread per channel applies messages under `view.lock`, each reconcile
runs on a thread of its own, and listeners added with `view.state.subscribe` are called with
the lock held; on one event loop the guard in the lock's place does nothing (`_concurrency`).
Only the async view has `events()`: on threads, listeners subscribe to `view.state`.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterable
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

from kalshi_api.models import CreateOrderV2Request
from kalshi_ws.models import MarketPosition as StreamPosition
from kalshi_ws.models import MarketPositionMsg

from .. import money
from .._batch import BatchResult
from .._errors import APIError, KalshiError, OutcomeUnknownError
from ..orders import LimitOrderFields, limit_order
from ..stream import Resync
from . import _sync_entry as entry
from ._concurrency import ThreadLock, ThreadWorkers
from ._engine import AccountState
from ._marks import MarkMethod
from ._model import OrderState
from ._pnl_reading import PnlReading
from ._prune import DEFAULT_KEEP_ENDED
from ._reconcile import ReconcileReport
from ._sync_mark_feed import SyncMarkFeed
from ._sync_rest import catch_up
from ._wait import OrderRef, SyncWaiter, WaitStatus

if TYPE_CHECKING:
    from .._client import KalshiClient
    from ..stream import Stream, SyncSubscription

logger = logging.getLogger("kalshi")
CHANNELS = ("user_orders", "fill", "market_positions")
BLIND_MARGIN_S = 60  # fills are read from this long before the last message seen
LIVE_TIMEOUT_S = 60  # how long a reconcile waits for the subscriptions to be made again
RETRY_BASE_S, RETRY_CAP_S = 0.25, 10.0  # waits between reconcile attempts that failed


def retry_wait(attempt: int) -> float:
    """The wait before reconcile attempt `attempt` + 1 (capped doubling: REST is struggling)."""
    return float(min(RETRY_CAP_S, RETRY_BASE_S * 2**attempt))


def outcome_unknown(error: BaseException) -> bool:
    """A write whose answer was lost: only a reconcile can say what the exchange did."""
    return isinstance(error, OutcomeUnknownError) or (
        isinstance(error, APIError) and error.may_have_landed
    )


def _position_ticker(message: object) -> str | None:
    if isinstance(message, StreamPosition) and isinstance(message.msg, MarketPositionMsg):
        ticker = message.msg.market_ticker
        return ticker if isinstance(ticker, str) else None
    return None


class SyncAccountView(PnlReading):
    """Orders, fills, positions and balance of the client's account, live.

    `SyncAccountView.open(client)` (or `client.account_state()`) opens a stream (or
    uses `stream=`), subscribes to `user_orders`, `fill` and `market_positions`, seeds over
    REST and keeps the `state` (an `AccountState`) up to date until `close()`. P&L:
    `pnl(ticker)`, marked from a `ticker` subscription for the markets traded
    (`follow_marks=False`: none).
    """

    def __init__(
        self,
        client: KalshiClient,
        stream: Stream,
        *,
        fills_lookback: float = 86_400,
        keep_ended: int | None = DEFAULT_KEEP_ENDED,
        owns_stream: bool = False,
        follow_marks: bool = True,
    ) -> None:
        self.state = AccountState(keep_ended=keep_ended)
        self._waiter = SyncWaiter(self.state)
        self.lock = self._waiter.lock  # held while the state changes
        self._feed = SyncMarkFeed(client, stream, self.state, self.lock, follow_marks=follow_marks)
        self.marks = self._feed.marks
        self._pnl_guard = self.lock
        self._client = client
        self._stream = stream
        self._owns_stream = owns_stream
        self._fills_lookback = fills_lookback
        self._subs: list[SyncSubscription] = []
        self._workers = ThreadWorkers()
        self._started_s = time.time()
        self._last_seen_s = self._started_s
        self._in_flight: set[str] = set()
        self._positions_touched: set[str] = set()
        self._resync_lock = ThreadLock()
        self._resync_wanted = False
        self.resyncs = 0  #: how many reconciles ran after a loss
        self.last_report: ReconcileReport | None = None

    @classmethod
    def open(
        cls, client: KalshiClient, stream: Stream | None = None, **options: Any
    ) -> SyncAccountView:
        """Subscribe, seed over REST, and start following the stream."""
        owns = stream is None
        stream = stream if stream is not None else client.stream()
        stream.connect()
        view = cls(client, stream, owns_stream=owns, **options)
        try:
            view._start()
        except BaseException:
            view.close()
            raise
        return view

    def _start(self) -> None:
        for channel in CHANNELS:
            self._subs.append(self._stream.subscribe(channel))
        self._reconcile(since_s=self._started_s - self._fills_lookback)
        for sub in self._subs:
            self._workers.spawn(self._follow, sub, name=f"kalshi-{sub.channel}")
        self._feed.start()

    def close(self) -> None:
        """Stop following: unsubscribe (or close the stream this view opened)."""
        self._workers.stop()
        self._feed.close(unsubscribe=not self._owns_stream)
        if self._owns_stream:
            self._stream.close()
        else:
            for sub in self._subs:
                with contextlib.suppress(KalshiError):
                    sub.unsubscribe()
        self._workers.join()  # threads end once what they read has ended

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def order(self, key: str) -> OrderState | None:
        with self.lock:
            return self.state.order(key)

    def wait_for(
        self, order: OrderRef, status: WaitStatus, timeout: float | None = None
    ) -> OrderState:
        """Wait until the order reaches `status` (see `kalshi.state.wait_for`); an ended
        order `keep_ended` dropped is answered at once from how it ended."""
        return self._waiter.wait_for(order, status, timeout)

    def wait_for_mark(
        self, ticker: str, method: MarkMethod = "mid", timeout: float | None = None
    ) -> Decimal:
        """The market's mark once its `ticker` message came; TimeoutError after `timeout`."""
        return self._feed.wait_for_mark(ticker, method, timeout)

    # ------------------------------------------------------------------ order entry

    def place_order(self, ticker: str, **order: Unpack[LimitOrderFields]) -> OrderState:
        """Place a V2 order (`client.place_order`'s arguments); the view knows it (pending)
        before the exchange answers. A definite refusal forgets it; a lost answer leaves it
        pending, and a reconcile starts at once to find it by client_order_id (it is never
        sent twice)."""
        request = limit_order(ticker, **order)
        try:
            return entry.place_order(self._client, self.state, self.lock, self._in_flight, request)
        finally:
            self._resolve_pending_soon()

    def batch_create(
        self, orders: Iterable[CreateOrderV2Request], *, batch_size: int | None = None
    ) -> BatchResult:
        """`client.batch_create`, recorded: every order is known (pending) before it is sent;
        one refused in the answer is forgotten, one of unknown outcome stays pending."""
        try:
            return entry.batch_create(
                self._client, self.state, self.lock, self._in_flight, orders, batch_size
            )
        finally:
            self._resolve_pending_soon()

    def batch_cancel(
        self, orders: Iterable[OrderRef], *, batch_size: int | None = None
    ) -> BatchResult:
        """`client.batch_cancel`, recorded: each order canceled in the answer is canceled here."""
        return entry.batch_cancel(self._client, self.state, self.lock, orders, batch_size)

    def cancel_order(self, order: OrderRef) -> OrderState | None:
        """Cancel by order_id (or an `OrderState`); the order as the answer leaves it."""
        try:
            return entry.cancel_order(self._client, self.state, self.lock, order)
        except KalshiError as error:
            self._reconcile_if_unknown(error)
            raise

    def amend_order(
        self,
        order: OrderRef,
        *,
        price: money.Number | None = None,
        count: money.Number | None = None,
        updated_client_order_id: str | None = None,
    ) -> OrderState | None:
        """Amend a resting order to a new YES `price` and/or total `count` (what is not given
        stays; ticker and side come from the view); the answer is recorded at once. An amend
        is never retried: a lost answer raises, and a reconcile starts to learn the outcome."""
        try:
            return entry.amend_order(
                self._client,
                self.state,
                self.lock,
                order,
                price=price,
                count=count,
                updated_client_order_id=updated_client_order_id,
            )
        except KalshiError as error:
            self._reconcile_if_unknown(error)
            raise

    def decrease_order(
        self,
        order: OrderRef,
        *,
        reduce_by: money.Number | None = None,
        reduce_to: money.Number | None = None,
    ) -> OrderState | None:
        """Take contracts off a resting order (`reduce_to=0` cancels it); recorded at once,
        and like an amend never retried (a lost answer starts a reconcile)."""
        try:
            return entry.decrease_order(
                self._client,
                self.state,
                self.lock,
                order,
                reduce_by=reduce_by,
                reduce_to=reduce_to,
            )
        except KalshiError as error:
            self._reconcile_if_unknown(error)
            raise

    def _reconcile_if_unknown(self, error: BaseException) -> None:
        if outcome_unknown(error):
            self._schedule_resync("unanswered write")

    # ------------------------------------------------------------------ following

    def _follow(self, sub: SyncSubscription) -> None:
        try:
            for message in sub:
                if isinstance(message, Resync):
                    # on a worker of its own, so this channel's messages keep flowing meanwhile
                    self._schedule_resync(message.reason)
                    continue
                with self.lock:
                    self._last_seen_s = time.time()
                    ticker = _position_ticker(message)
                    if ticker is not None:
                        self._positions_touched.add(ticker)
                    self.state.apply(message)
        except KalshiError as error:  # the stream ended for good (e.g. a refused handshake)
            if not self._workers.closing:
                logger.warning("account view stopped following %s: %s", sub.channel, error)

    def _schedule_resync(self, reason: str) -> None:
        self._workers.spawn(self._resync_after, reason, name="kalshi-resync")

    def _resolve_pending_soon(self) -> None:
        """Creates of unknown outcome (no answer) are looked up by a reconcile right away."""
        with self.lock:
            pending = self.state.orders(status="pending")
            waiting = any(o.client_order_id not in self._in_flight for o in pending)
        if waiting:
            self._schedule_resync("unanswered create")

    def _resync_after(self, reason: str) -> None:
        """Reconcile, trying again (with growing waits) until REST answers or the view closes:
        what was lost is found only this way, however long the exchange takes to come back."""
        attempt = 0
        while not self._workers.closing:
            try:
                self.resync()
                return
            except (KalshiError, TimeoutError) as error:
                if self._workers.closing:
                    return
                logger.warning("reconcile after %s failed (try %d): %s", reason, attempt + 1, error)
            self._workers.pause(retry_wait(attempt))
            attempt += 1

    def resync(self) -> ReconcileReport | None:
        """Reconcile over REST now (markers do this by themselves). Calls made while one runs
        share one more round, begun after they were made."""
        self._resync_wanted = True
        with self._resync_lock:
            if not self._resync_wanted:
                return self.last_report  # a round begun after this call covered it
            self._resync_wanted = False
            self.resyncs += 1
            since_s = self._last_seen_s - BLIND_MARGIN_S
            try:
                # REST is read once the subscriptions are made again, so nothing done after
                # the read can be missed by both
                for sub in self._subs:
                    sub.live(LIVE_TIMEOUT_S)
                return self._reconcile(since_s=since_s)
            except BaseException:
                self._resync_wanted = True  # this round did not happen: the next call runs
                raise

    def _reconcile(self, since_s: float) -> ReconcileReport:
        report = catch_up(
            self._client,
            self.state,
            self.lock,
            fills_since_s=since_s,
            created_since_s=self._started_s - BLIND_MARGIN_S,
            in_flight=self._in_flight,
            touched=self._positions_touched,
        )
        self.last_report = report
        return report
