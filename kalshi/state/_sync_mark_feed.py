"""`MarkFeed` for threads (see `_mark_feed`): the same marks and settlement look-ups.

The state's listener runs on the view's threads with `lock` held, so it only notes what to do;
a worker thread of its own subscribes and reads REST (outside the lock), and one thread
applies `ticker` messages under the lock.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._errors import KalshiError
from ..stream import Resync
from ._engine import AccountState
from ._events import AccountEvent
from ._mark_feed import flat_unexplained, wanted_market
from ._marks import MarkMethod, Marks

if TYPE_CHECKING:
    from .._client import KalshiClient
    from ..stream import Stream, SyncSubscription

logger = logging.getLogger("kalshi")
JOIN_TIMEOUT_S = 10


class SyncMarkFeed:
    """Marks from the `ticker` channel and settlements looked up for the thread view."""

    def __init__(
        self,
        client: KalshiClient,
        stream: Stream,
        state: AccountState,
        lock: threading.Condition,
        *,
        follow_marks: bool = True,
    ) -> None:
        self.marks = Marks()
        self._client = client
        self._stream = stream
        self._state = state
        self._lock = lock
        self._follow_marks = follow_marks
        self._known: set[str] = set()
        self._new: list[str] = []
        self._flat: set[str] = set()
        self._wake = threading.Event()
        self._closing = False
        self._sub: SyncSubscription | None = None
        self._threads: list[threading.Thread] = []
        self._stop: Callable[[], None] | None = None

    def start(self) -> None:
        with self._lock:
            self._stop = self._state.subscribe(self._on_event)
            for ticker, position in self._state.positions.items():
                if position.position != 0:
                    self._want(ticker)
        self._spawn(self._run, name="kalshi-marks")

    def close(self) -> None:
        """Stop; the `ticker` subscription is ended (even on a stream about to close, so its
        thread ends now) and the threads joined."""
        with self._lock:
            if self._stop is not None:
                self._stop()
        self._closing = True
        self._wake.set()
        if self._sub is not None:
            with contextlib.suppress(KalshiError):
                self._sub.unsubscribe()
        for thread in list(self._threads):
            if thread is not threading.current_thread():
                thread.join(JOIN_TIMEOUT_S)

    def wait_for_mark(
        self, ticker: str, method: MarkMethod = "mid", timeout: float | None = None
    ) -> Decimal:
        """The market's mark once one is known; TimeoutError after `timeout` seconds."""

        def known() -> bool:
            return self.marks.mark(ticker, method) is not None

        with self._lock:
            if not self._lock.wait_for(known, timeout):
                raise TimeoutError(f"no {method} mark for {ticker} in {timeout} s")
            mark = self.marks.mark(ticker, method)
        assert mark is not None
        return mark

    def _spawn(self, target: Callable[..., None], *args: object, name: str) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _on_event(self, event: AccountEvent) -> None:  # called with the lock held
        ticker = wanted_market(event)
        if ticker is not None:
            self._want(ticker)
        flat = flat_unexplained(self._state, event)
        if flat is not None:
            self._flat.add(flat)
            self._wake.set()

    def _want(self, ticker: str) -> None:
        if self._follow_marks and ticker not in self._known:
            self._known.add(ticker)
            self._new.append(ticker)
            self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            if self._closing:
                return
            with self._lock:
                self._wake.clear()
                new, self._new = self._new, []
                flat, self._flat = self._flat, set()
            try:
                if new:
                    self._watch(new)
                for ticker in sorted(flat):
                    self._look_up_settlement(ticker)
            except KalshiError as error:  # marks or a settlement stay unknown until next time
                if not self._closing:
                    logger.warning("P&L feed: %s", error)

    def _watch(self, tickers: list[str]) -> None:
        if self._sub is None:
            self._sub = self._stream.subscribe(
                "ticker", market_tickers=tickers, send_initial_snapshot=True
            )
            self._spawn(self._follow, self._sub, name="kalshi-ticker")
        else:
            self._sub.update("add_markets", market_tickers=tickers, send_initial_snapshot=True)

    def _follow(self, sub: SyncSubscription) -> None:
        try:
            for message in sub:
                if not isinstance(message, Resync):  # a ticker message replaces the last anyway
                    with self._lock:
                        if self.marks.apply(message) is not None:
                            self._lock.notify_all()
        except KalshiError as error:
            if not self._closing:
                logger.warning("P&L feed stopped following ticker: %s", error)

    def _look_up_settlement(self, ticker: str) -> None:
        with self._lock:
            if self._state.settlement(ticker) is not None or self._state.pnl(ticker).position == 0:
                return  # explained meanwhile (the closing fill came after its position message)
        found = list(self._client.paginate(self._client.portfolio.get_settlements, ticker=ticker))
        with self._lock:
            for item in found:
                self._state.apply_rest_settlement(item)
