"""The prices open positions are marked at: the last `ticker` message of each market.

Pure, like the engine: fed `ticker` messages (or quotes set by hand, from an order book say)
and read back as a mark. `mid` is halfway between the best YES bid and ask, known only while
both sides are quoted (Kalshi reports a missing bid as 0 and a missing ask as 1); `last` is
the last trade's YES price (0 before the first trade: none).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, TypeAlias

from kalshi_ws.models import Ticker, TickerMsg

from ._model import ZERO

ONE = Decimal(1)
MarkMethod: TypeAlias = Literal["mid", "last"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One market's best YES bid and ask and last trade price (None: not quoted, no trade)."""

    ticker: str
    bid: Decimal | None
    ask: Decimal | None
    last: Decimal | None
    ts_ms: int | None = None

    @property
    def mid(self) -> Decimal | None:
        if self.bid is None or self.ask is None or self.bid > self.ask:
            return None
        return (self.bid + self.ask) / 2

    def mark(self, method: MarkMethod = "mid") -> Decimal | None:
        """`mid`: the mid, else the last trade; `last`: the last trade only."""
        if method == "mid" and self.mid is not None:
            return self.mid
        return self.last


def _price(value: Decimal | None, *, empty: Decimal) -> Decimal | None:
    return None if value is None or value == empty or not ZERO <= value <= ONE else value


def quote_from_ticker(msg: TickerMsg) -> Quote | None:
    ticker = msg.market_ticker
    if not isinstance(ticker, str):
        return None
    ts = msg.ts_ms if isinstance(msg.ts_ms, int) else None
    return Quote(
        ticker=ticker,
        bid=_price(msg.decimal("yes_bid_dollars"), empty=ZERO),
        ask=_price(msg.decimal("yes_ask_dollars"), empty=ONE),
        last=_price(msg.decimal("price_dollars"), empty=ZERO),
        ts_ms=ts,
    )


class Marks:
    """The latest quote per market; an older `ticker` message never replaces a newer one."""

    def __init__(self) -> None:
        self._quotes: dict[str, Quote] = {}

    def apply(self, message: object) -> Quote | None:
        """A `ticker` message (others are ignored): the quote it leaves, None if none."""
        msg = getattr(message, "msg", None)
        if not isinstance(message, Ticker) or not isinstance(msg, TickerMsg):
            return None
        quote = quote_from_ticker(msg)
        return None if quote is None else self.set(quote)

    def set(self, quote: Quote) -> Quote:
        held = self._quotes.get(quote.ticker)
        if held is not None and held.ts_ms and quote.ts_ms and quote.ts_ms < held.ts_ms:
            return held
        self._quotes[quote.ticker] = quote
        return quote

    def quote(self, ticker: str) -> Quote | None:
        return self._quotes.get(ticker)

    def mark(self, ticker: str, method: MarkMethod = "mid") -> Decimal | None:
        quote = self._quotes.get(ticker)
        return None if quote is None else quote.mark(method)

    @property
    def tickers(self) -> list[str]:
        return list(self._quotes)
