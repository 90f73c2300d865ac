"""A live order book for one market, kept from `orderbook_snapshot` and `orderbook_delta`.

Kalshi quotes a binary market as two books of bids: YES bids and NO bids, prices in dollars
and sizes in contracts (fixed-point strings), all kept here as `Decimal`. A NO bid at q is a
YES ask at 1 - q, so the YES market is: best bid = best YES bid, best ask = 1 - best NO bid.
With `use_yes_price=True` on the subscription Kalshi reports NO levels at the YES price
instead; the book then reads the ask directly.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from decimal import Decimal
from typing import Any, Literal

from kalshi_ws.types import Unset

Side = Literal["yes", "no"]
ONE = Decimal(1)
ZERO = Decimal(0)


class OrderBook:
    """Price levels of one market. Read it any time; `await ready()` waits for a snapshot.

    A book is *ready* once it holds a snapshot and stops being ready when the stream loses
    messages for it (a sequence gap, a dropped connection, a terminal error) until a fresh
    snapshot arrives: a book that is ready is never known to be wrong.
    """

    def __init__(self, ticker: str, *, no_in_yes_price: bool = False) -> None:
        self.ticker = ticker
        self.no_in_yes_price = no_in_yes_price
        self._yes: dict[Decimal, Decimal] = {}
        self._no: dict[Decimal, Decimal] = {}
        self._lock = threading.Lock()
        self._ready_async: asyncio.Event | None = None
        self._ready_thread = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.seq: int | None = None  #: `seq` of the last message applied
        self.updates = 0  #: messages applied (snapshots and deltas)
        self._applied_at: float | None = None
        self.last_update_ts_ms: int | None = None  #: the exchange's time of the last delta

    # ------------------------------------------------------------------ state

    @property
    def is_ready(self) -> bool:
        return self._ready_thread.is_set()

    async def ready(self, timeout: float | None = None) -> OrderBook:
        """Wait until the book holds a snapshot (TimeoutError after `timeout` seconds)."""
        if self._ready_async is None:
            self._ready_async = asyncio.Event()
            self._loop = asyncio.get_running_loop()
            if self.is_ready:
                self._ready_async.set()
        await asyncio.wait_for(self._ready_async.wait(), timeout)
        return self

    def wait_ready(self, timeout: float | None = None) -> OrderBook:
        """`ready()` for threads (the synchronous stream): blocks; TimeoutError on timeout."""
        if not self._ready_thread.wait(timeout):
            raise TimeoutError(f"no snapshot for {self.ticker} within {timeout} s")
        return self

    def _set_ready(self, ready: bool) -> None:
        if ready:
            self._ready_thread.set()
        else:
            self._ready_thread.clear()
        event = self._ready_async
        if event is not None:
            event.set() if ready else event.clear()

    def invalidate(self) -> None:
        """Mark the book stale (its stream lost messages); the next snapshot makes it ready."""
        self._set_ready(False)

    # ------------------------------------------------------------------ applying

    def apply_snapshot(self, msg: Any, seq: object) -> None:
        """Replace both sides from a snapshot's `msg` (a side absent from it is empty); `seq`
        is the message's (an int, or absent)."""
        yes = _levels(msg.yes_dollars_fp)
        no = _levels(msg.no_dollars_fp)
        with self._lock:
            self._yes, self._no = yes, no
            self._touch(seq, None)
        self._set_ready(True)

    def apply_delta(self, msg: Any, seq: object) -> None:
        """Add `delta_fp` contracts at `price_dollars` on `side`; a level at zero goes away."""
        price = Decimal(msg.price_dollars)
        delta = Decimal(msg.delta_fp)
        side = msg.side
        book = self._yes if side == "yes" else self._no if side == "no" else None
        if book is None:
            raise ValueError(f"orderbook_delta for {self.ticker} has side {side!r}")
        ts_ms = msg.ts_ms if isinstance(msg.ts_ms, int) else None
        with self._lock:
            size = book.get(price, ZERO) + delta
            if size > 0:
                book[price] = size
            else:
                book.pop(price, None)
            self._touch(seq, ts_ms)

    def _touch(self, seq: object, ts_ms: int | None) -> None:
        self.seq = seq if isinstance(seq, int) else None
        self.updates += 1
        self._applied_at = time.time()
        if ts_ms is not None:
            self.last_update_ts_ms = ts_ms

    @property
    def last_update(self) -> dt.datetime | None:
        """When the last snapshot or delta was applied here (UTC)."""
        stamp = self._applied_at
        return None if stamp is None else dt.datetime.fromtimestamp(stamp, dt.UTC)

    # ------------------------------------------------------------------ reading

    def levels(self, side: Side, depth: int | None = None) -> list[tuple[Decimal, Decimal]]:
        """(price, contracts) bids of one side, best (highest) first; `depth` levels at most."""
        with self._lock:
            book = dict(self._yes if side == "yes" else self._no)
        best_first = sorted(book.items(), reverse=not (side == "no" and self.no_in_yes_price))
        return best_first if depth is None else best_first[:depth]

    def best(self, side: Side) -> tuple[Decimal, Decimal] | None:
        """The best bid of one side as (price, contracts), None when the side is empty."""
        with self._lock:
            book = self._yes if side == "yes" else self._no
            if not book:
                return None
            price = min(book) if side == "no" and self.no_in_yes_price else max(book)
            return price, book[price]

    @property
    def best_bid(self) -> Decimal | None:
        """Best YES bid price."""
        best = self.best("yes")
        return None if best is None else best[0]

    @property
    def best_ask(self) -> Decimal | None:
        """Best YES ask price: 1 - best NO bid (or the NO level itself in YES pricing)."""
        best = self.best("no")
        if best is None:
            return None
        return best[0] if self.no_in_yes_price else ONE - best[0]

    @property
    def spread(self) -> Decimal | None:
        bid, ask = self.best_bid, self.best_ask
        return None if bid is None or ask is None else ask - bid

    def depth(self, side: Side, levels: int | None = None) -> Decimal:
        """Contracts bid on one side (over the best `levels` price levels, or all)."""
        return sum((size for _, size in self.levels(side, levels)), ZERO)

    def __repr__(self) -> str:
        state = "ready" if self.is_ready else "not ready"
        return (
            f"OrderBook({self.ticker!r}, {state}, bid={self.best_bid}, ask={self.best_ask}, "
            f"levels={len(self._yes)}+{len(self._no)})"
        )


def _levels(value: Any) -> dict[Decimal, Decimal]:
    """[[price, count], ...] -> {price: count}; absent (Unset) or null is an empty side."""
    if value is None or isinstance(value, Unset):
        return {}
    levels: dict[Decimal, Decimal] = {}
    for level in value:
        if not isinstance(level, list) or len(level) != 2:
            raise ValueError(f"order book level {level!r} is not [price, count]")
        size = Decimal(level[1])
        if size > 0:
            levels[Decimal(level[0])] = size
    return levels
