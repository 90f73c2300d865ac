"""A subscription: one channel's messages, in order, with explicit markers where some were lost."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from kalshi_ws.index import CHANNELS

from ._errors import StreamClosedError

if TYPE_CHECKING:
    from ._stream import AsyncStream

log = logging.getLogger("kalshi")

ResyncReason = Literal["gap", "duplicate", "reconnect", "overflow", "terminal_error", "unparsable"]


@dataclass(frozen=True)
class Resync:
    """Marker in a subscription's messages: what came before and what comes after do not join.

    Messages were lost or are unreliable (`reason`). For order books a fresh
    `orderbook_snapshot` follows; for other channels the messages between are gone.
    `expected_seq`/`received_seq` tell a sequence gap or duplicate, `code` a terminal error.
    """

    reason: ResyncReason
    channel: str
    sid: int | None
    expected_seq: int | None = None
    received_seq: int | None = None
    code: int | None = None


class Subscription:
    """One channel subscription; `async for message in subscription` yields typed messages
    (kalshi_ws.models) and `Resync` markers. It survives reconnects: its `sid` changes, the
    object and its iterator do not."""

    def __init__(
        self,
        stream: AsyncStream,
        channel: str,
        params: dict[str, Any],
        *,
        max_queue: int,
        deliver: bool = True,
    ) -> None:
        self.channel = channel
        self.params = params  #: what it was subscribed with, kept current by add/delete_markets
        self.sid: int | None = None  #: Kalshi's id for it on the current connection
        self.previous_sid: int | None = None  #: its sid before the last reconnect or resubscribe
        self.sequenced = channel in CHANNELS and CHANNELS[channel].sequenced
        self._stream = stream
        self._deliver = deliver
        self._max_queue = max_queue
        self._queue: deque[Any] = deque()
        self._wakeup = asyncio.Event()
        self._taken = asyncio.Event()  # set whenever the consumer takes an item
        self._closed = False
        self._error: BaseException | None = None
        self._established: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sid_ready = asyncio.Event()
        self._ended = asyncio.Event()  # set once closed
        self.resyncing = False  #: a snapshot request is on its way
        self.last_seq = 0  #: last `seq` seen on the current sid
        self.awaiting_snapshot: set[str] = set()  #: books waiting for a fresh snapshot
        self.overflows = 0  #: how many times a slow consumer's queue overflowed

    # ------------------------------------------------------------------ consumer side

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Any:
        while not self._queue:
            if self._closed:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            self._wakeup.clear()
            await self._wakeup.wait()
        # No await from here on: an item is taken only by a call that returns it, so a
        # cancelled or timed-out wait never loses one.
        item = self._queue.popleft()
        self._taken.set()
        return item

    async def get(self, timeout: float | None = None) -> Any:
        """The next message or marker; TimeoutError after `timeout` seconds (a message that is
        already waiting is returned, even with `timeout=0`; one that times out stays queued)."""
        async with asyncio.timeout(timeout):  # in this task: no result can be lost in between
            return await self.__anext__()

    @property
    def market_tickers(self) -> list[str]:
        tickers = self.params.get("market_tickers")
        if tickers is None and "market_ticker" in self.params:
            return [str(self.params["market_ticker"])]
        return list(tickers or [])

    @property
    def closed(self) -> bool:
        return self._closed

    def pending(self) -> int:
        """Messages waiting for the consumer."""
        return len(self._queue)

    async def live(self, timeout: float | None = None) -> None:
        """Wait until the subscription is made on the current connection (after a reconnect
        or a terminal error, until it is made again): what happens from then on reaches it.
        TimeoutError after `timeout` seconds; StreamClosedError once it is closed."""
        async with asyncio.timeout(timeout):
            while not self._sid_ready.is_set():
                if self._closed:
                    raise StreamClosedError(f"{self!r} is closed")
                waits = [asyncio.ensure_future(e.wait()) for e in (self._sid_ready, self._ended)]
                try:
                    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for waiting in waits:
                        waiting.cancel()

    # ------------------------------------------------------------------ commands

    async def update(self, action: str, **params: Any) -> Any:
        """`update_subscription` with `action` (`add_markets`, `delete_markets`,
        `get_snapshot`, or a channel's own, e.g. `subscribe_indices`); returns the answer."""
        return await self._stream._update(self, action, params)

    async def add_markets(self, market_tickers: list[str]) -> Any:
        return await self.update("add_markets", market_tickers=list(market_tickers))

    async def delete_markets(self, market_tickers: list[str]) -> Any:
        return await self.update("delete_markets", market_tickers=list(market_tickers))

    async def get_snapshot(self, market_tickers: list[str] | None = None) -> Any:
        """Ask for fresh `orderbook_snapshot`s (all of this subscription's markets by default)."""
        tickers = self.market_tickers if market_tickers is None else list(market_tickers)
        return await self.update("get_snapshot", market_tickers=tickers)

    async def unsubscribe(self) -> None:
        """End the subscription; iteration stops after the messages already received."""
        await self._stream._unsubscribe(self)

    # ------------------------------------------------------------------ stream side

    def _push(self, item: Any) -> None:
        if not self._deliver or self._closed:
            return
        if len(self._queue) >= self._max_queue:
            self._overflow()  # this message is part of what is lost
            return
        self._queue.append(item)
        self._wakeup.set()

    def _overflow(self) -> None:
        """The consumer fell `max_queue` messages behind: drop them for one marker, and ask
        for fresh snapshots so that an order book consumer can rebuild."""
        self.overflows += 1
        dropped = len(self._queue)
        self._queue.clear()
        log.warning(
            "stream: %s sid=%s: consumer %d messages behind; they are dropped for a marker",
            self.channel,
            self.sid,
            dropped,
        )
        self._stream._after_overflow(self)

    def _has_room(self, count: int) -> bool:
        """Whether the queue can take `count` more items without overflowing (an empty one
        always can: it is the most room there will be)."""
        return not self._deliver or not self._queue or len(self._queue) + count <= self._max_queue

    async def _item_taken(self) -> None:
        """Wait until the consumer takes an item (or the subscription ends)."""
        if not self._closed:
            self._taken.clear()
            await self._taken.wait()

    def _set_sid(self, sid: int) -> None:
        self.sid = sid
        self.last_seq = 0
        self._sid_ready.set()
        if not self._established.done():
            self._established.set_result(None)

    def _lose_sid(self) -> None:
        if self.sid is not None:
            self.previous_sid = self.sid
        self.sid = None
        self._sid_ready.clear()

    def _finish(self, error: BaseException | None = None) -> None:
        if self._closed:
            return
        self._closed = True
        self._error = error
        if not self._established.done():
            if error is not None:
                self._established.set_exception(error)
                self._established.exception()  # retrieved: subscribe() may not be waiting
            else:
                self._established.cancel()
        self._wakeup.set()
        self._taken.set()
        self._ended.set()

    def __repr__(self) -> str:
        return (
            f"Subscription({self.channel!r}, sid={self.sid}, markets={self.market_tickers}, "
            f"pending={len(self._queue)}{', closed' if self._closed else ''})"
        )
