"""One WebSocket connection: its member, its subscriptions (sids, seq), and its outbox.

Messages are built and numbered where they arise — in the engine's thread for market data,
on the event loop for command answers — always under the app's lock, and queued in order; a
sender task on the loop writes them out. So `seq` order is queue order is wire order, and a
command answered after a trade is read by the client after that trade's messages.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.server import ServerConnection

from kalshi_ws.index import CHANNELS, ERROR_CODES

from ._faults import Failure, StreamFaults

BUFFER_OVERFLOW = 25


@dataclass
class Sub:
    """One subscription of a connection."""

    sid: int
    channel: str
    tickers: list[str]  # empty: every market, where the channel allows that
    use_yes_price: bool = False
    skip_ticker_ack: bool = False
    seq: int = 0  # the last seq sent

    @property
    def sequenced(self) -> bool:
        return CHANNELS[self.channel].sequenced

    def covers(self, ticker: str) -> bool:
        return not self.tickers or ticker in self.tickers

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


@dataclass
class _Outgoing:
    frame: str | None  # None: cut the connection here
    delay: float = 0.0


@dataclass(eq=False)  # one per connection: compared (and hashed) by identity
class Session:
    ws: ServerConnection
    user_id: str
    loop: asyncio.AbstractEventLoop
    faults: StreamFaults
    subs: dict[int, Sub] = field(default_factory=dict)
    closed: bool = False  # dropped (by a fault) or gone: nothing more is queued

    def __post_init__(self) -> None:
        self._sids = itertools.count(1)
        self._outbox: deque[_Outgoing] = deque()
        self._wake = asyncio.Event()
        self._loop_thread = threading.get_ident()

    # ------------------------------------------------------------------ subscriptions

    def add(self, channel: str, tickers: list[str], **options: Any) -> Sub:
        sub = Sub(next(self._sids), channel, tickers, **options)
        self.subs[sub.sid] = sub
        return sub

    def subscribed(self, channel: str, ticker: str | None = None) -> list[Sub]:
        return [
            s
            for s in self.subs.values()
            if s.channel == channel and (ticker is None or s.covers(ticker))
        ]

    # ------------------------------------------------------------------ queueing (app lock held)

    def answer(self, message: dict[str, Any]) -> None:
        """A command answer: never faulted."""
        self._queue(_Outgoing(json.dumps(message)))

    def error(self, command_id: Any, code: int, **extra: Any) -> None:
        message: dict[str, Any] = {"type": "error"}
        if command_id is not None:
            message["id"] = command_id
        message["msg"] = {"code": code, "msg": ERROR_CODES[code], **extra}
        self.answer(message)

    def publish(self, sub: Sub, kind: str, msg: dict[str, Any], **extra: Any) -> None:
        """A data message on `sub`: numbered if the channel is sequenced, faults applied."""
        if self.closed or self.subs.get(sub.sid) is not sub:
            return
        failure, delay = self.faults.decide(sub.channel, sub.sequenced)
        if failure is Failure.DROP:
            self.closed = True
            self._queue(_Outgoing(None, delay))
            return
        if failure is Failure.TERMINAL:
            self.end_with_error(sub, BUFFER_OVERFLOW)
            return
        if failure is Failure.SKIP_SEQ:
            sub.next_seq()  # this seq is never sent
        message: dict[str, Any] = {"type": kind, "sid": sub.sid}
        if sub.sequenced:
            message["seq"] = sub.next_seq()
        message.update(extra)
        message["msg"] = msg
        outgoing = _Outgoing(json.dumps(message), delay)
        self._queue(outgoing)
        if failure is Failure.REPEAT_SEQ:
            self._queue(outgoing)

    def end_with_error(self, sub: Sub, code: int) -> None:
        """A subscription-scoped error (e.g. 25, terminal): the subscription is forgotten."""
        del self.subs[sub.sid]
        message: dict[str, Any] = {"type": "error", "sid": sub.sid}
        if sub.sequenced:
            message["seq"] = sub.next_seq()
        message["msg"] = {"code": code, "msg": ERROR_CODES[code]}
        self._queue(_Outgoing(json.dumps(message)))

    def _queue(self, outgoing: _Outgoing) -> None:
        self._outbox.append(outgoing)
        if threading.get_ident() == self._loop_thread:
            self._wake.set()
        elif not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._wake.set)

    # ------------------------------------------------------------------ sending (the loop)

    async def send_forever(self) -> None:
        """Write the outbox in order; a dropped-connection fault aborts the transport."""
        while True:
            while not self._outbox:
                self._wake.clear()
                await self._wake.wait()
            outgoing = self._outbox.popleft()
            if outgoing.delay:
                await asyncio.sleep(outgoing.delay)
            if outgoing.frame is None:
                self.ws.transport.abort()
                return
            await self.ws.send(outgoing.frame)
