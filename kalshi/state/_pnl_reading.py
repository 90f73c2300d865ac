"""P&L read from a view: the engine's figures marked at the view's live marks."""

from __future__ import annotations

from contextlib import AbstractContextManager
from decimal import Decimal

from ._engine import AccountState
from ._marks import MarkMethod, Marks
from ._pnl import PnL

Mark = MarkMethod | Decimal | None


class PnlReading:
    """`pnl` and `pnl_by_market` for both views; they set `state`, `marks` and `_pnl_guard`."""

    state: AccountState
    marks: Marks
    _pnl_guard: AbstractContextManager[object]

    def pnl(self, ticker: str, mark: Mark = "mid") -> PnL:
        """The market's P&L; the open position marked at the live `mid` (the last trade when
        the book is one-sided), at the `last` trade, at a given YES price, or not (None)."""
        with self._pnl_guard:
            price = self.marks.mark(ticker, mark) if isinstance(mark, str) else mark
            return self.state.pnl(ticker, price)

    def pnl_by_market(self, mark: Mark = "mid") -> dict[str, PnL]:
        """`pnl` of every market with a fill, a position or a settlement."""
        with self._pnl_guard:
            return {ticker: self.pnl(ticker, mark) for ticker in self.state.markets}
