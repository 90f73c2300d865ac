"""What P&L needs beyond the account channels, kept live for the views.

* Marks: one `ticker` subscription (with its initial snapshot) for the markets the account
  trades, grown with `add_markets` as new ones appear, so open positions have a live price.
  Only those markets: the channel unfiltered would stream every market of the exchange.
* Settlements: no account channel reports one, but `market_positions` shows the position
  going to zero with no fill to explain it. Then the market's settlement is read
  (GetSettlements by ticker); if the exchange has none, nothing is assumed (the fill that
  closed it may simply come later on its own channel). Every reconcile reads them too.

Written once, as async code in `_mark_feed.py`; `_sync_mark_feed.py` is generated from it.
The state's listener runs with the view's guard held (on threads, `view.lock`), so it only
notes what to do; a worker of its own subscribes and reads REST outside the guard, another
applies `ticker` messages under it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._errors import KalshiError
from ..stream import Resync
from ._concurrency import LoopEvent, LoopGuard, LoopWorkers
from ._engine import AccountState
from ._events import AccountEvent, FillReceived, PositionChanged
from ._marks import MarkMethod, Marks

if TYPE_CHECKING:
    from .._client import AsyncKalshiClient
    from ..stream import AsyncStream, Subscription

logger = logging.getLogger("kalshi")


def wanted_market(event: AccountEvent) -> str | None:
    """A market the account now trades: a fill in it, or a position held."""
    if isinstance(event, FillReceived):
        return event.fill.ticker
    if isinstance(event, PositionChanged) and event.position.position != 0:
        return event.position.ticker
    return None


def flat_unexplained(state: AccountState, event: AccountEvent) -> str | None:
    """A market reported flat while the fills seen still hold contracts, and no settlement known."""
    if not isinstance(event, PositionChanged) or event.position.position != 0:
        return None
    ticker = event.position.ticker
    if state.settlement(ticker) is not None or state.pnl(ticker).position == 0:
        return None
    return ticker


class MarkFeed:
    """Marks from the `ticker` channel and settlements looked up for a view."""

    def __init__(
        self,
        client: AsyncKalshiClient,
        stream: AsyncStream,
        state: AccountState,
        guard: LoopGuard,
        *,
        follow_marks: bool = True,
    ) -> None:
        self.marks = Marks()
        self._client = client
        self._stream = stream
        self._state = state
        self._guard = guard
        self._follow_marks = follow_marks
        self._known: set[str] = set()
        self._new: list[str] = []
        self._flat: set[str] = set()
        self._wake = LoopEvent()
        self._workers = LoopWorkers()
        self._sub: Subscription | None = None
        self._stop: Callable[[], None] | None = None

    def start(self) -> None:
        """Follow the markets held now and every market traded from now on."""
        with self._guard:
            self._stop = self._state.subscribe(self._on_event)
            for ticker, position in self._state.positions.items():
                if position.position != 0:
                    self._want(ticker)
        self._workers.spawn(self._run, name="kalshi-marks")

    async def close(self, *, unsubscribe: bool) -> None:
        """Stop; the `ticker` subscription is ended if asked, and always where only its end
        stops the worker reading it (a thread)."""
        with self._guard:
            if self._stop is not None:
                self._stop()
        await self._workers.stop()
        self._wake.set()  # a worker waiting for work sees `closing` and ends
        if self._sub is not None and (unsubscribe or not self._workers.stop_ends_reads):
            with contextlib.suppress(KalshiError):
                await self._sub.unsubscribe()
        await self._workers.join()

    async def wait_for_mark(
        self, ticker: str, method: MarkMethod = "mid", timeout: float | None = None
    ) -> Decimal:
        """The market's mark once one is known; TimeoutError after `timeout` seconds."""

        def known() -> bool:
            return self.marks.mark(ticker, method) is not None

        with self._guard:
            if not await self._guard.wait_for(known, timeout):
                raise TimeoutError(f"no {method} mark for {ticker} in {timeout} s")
            mark = self.marks.mark(ticker, method)
        assert mark is not None
        return mark

    def _on_event(self, event: AccountEvent) -> None:  # called with the guard held
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

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            if self._workers.closing:
                return
            with self._guard:
                self._wake.clear()
                new, self._new = self._new, []
                flat, self._flat = self._flat, set()
            try:
                if new:
                    await self._watch(new)
                for ticker in sorted(flat):
                    await self._look_up_settlement(ticker)
            except KalshiError as error:  # marks or a settlement stay unknown until next time
                if not self._workers.closing:
                    logger.warning("P&L feed: %s", error)

    async def _watch(self, tickers: list[str]) -> None:
        if self._sub is None:
            self._sub = await self._stream.subscribe(
                "ticker", market_tickers=tickers, send_initial_snapshot=True
            )
            self._workers.spawn(self._follow, self._sub, name="kalshi-ticker")
        else:
            await self._sub.update(
                "add_markets", market_tickers=tickers, send_initial_snapshot=True
            )

    async def _follow(self, sub: Subscription) -> None:
        try:
            async for message in sub:
                if not isinstance(message, Resync):  # a ticker message replaces the last anyway
                    with self._guard:
                        if self.marks.apply(message) is not None:
                            self._guard.notify_all()
        except KalshiError as error:
            if not self._workers.closing:
                logger.warning("P&L feed stopped following ticker: %s", error)

    async def _look_up_settlement(self, ticker: str) -> None:
        with self._guard:
            if self._state.settlement(ticker) is not None or self._state.pnl(ticker).position == 0:
                return  # explained meanwhile (the closing fill came after its position message)
        client = self._client
        found = [s async for s in client.paginate(client.portfolio.get_settlements, ticker=ticker)]
        with self._guard:
            for item in found:
                self._state.apply_rest_settlement(item)
