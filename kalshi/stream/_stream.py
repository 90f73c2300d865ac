"""The asynchronous stream: one connection, commands answered by id, messages routed by sid.

Rules (never silently wrong):
* `seq` is checked per sid on the channels that carry it; a gap or a duplicate puts a `Resync`
  marker in the subscription and, for order books, asks for fresh snapshots (`get_snapshot`;
  if that fails, the subscription is made again). Deltas between the loss and the snapshot
  are not applied or delivered.
* Terminal errors (10 and 25 in Kalshi's document) put a marker and subscribe again.
* A dropped connection: every subscription gets a marker, the stream reconnects with backoff
  and jitter and a freshly signed handshake, and subscribes everything again; the new sids
  map to the same Subscription objects.
* A consumer that falls `max_queue` messages behind loses them for one marker (and a fresh
  snapshot on order book channels): memory stays bounded, and the loss is visible.
Each of these is logged on the `kalshi` logger.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections.abc import Coroutine, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from kalshi_api.client import json_loads
from kalshi_ws.index import RESPONSES

from .._errors import ConfigurationError
from ._books import OrderBook
from ._connection import Backoff, Connector, ws_url_for
from ._errors import (
    CommandError,
    StreamClosedError,
    StreamConnectionError,
    StreamError,
    StreamHandshakeError,
    StreamTimeoutError,
)
from ._messages import PARSE_ERRORS, parse
from ._subscriptions import Resync, ResyncReason, Subscription

if TYPE_CHECKING:
    from .._auth import KalshiAuth

log = logging.getLogger("kalshi")

BOOK_CHANNEL = "orderbook_delta"
SNAPSHOT, DELTA = "orderbook_snapshot", "orderbook_delta"
DEFAULT_MAX_QUEUE = 10_000


def client_settings(client: Any, ws_url: str | None) -> tuple[KalshiAuth, str]:
    """A client's signer and WebSocket URL (its environment's, or beside its base URL)."""
    auth = getattr(client, "auth", None)
    if auth is None:
        raise ConfigurationError(
            "streaming needs credentials: Kalshi signs every WebSocket handshake"
        )
    return auth, ws_url or ws_url_for(str(client.base_url), str(client.environment))


@dataclass
class _Pending:
    cmd: str
    future: asyncio.Future[Any] | None  # None for subscribes: their Subscription is the waiter
    sub: Subscription | None = None


class AsyncStream:
    """Kalshi's WebSocket API, signed with a `KalshiAuth`. Use `client.stream()` to make one.

    `async with client.stream() as stream:` connects and closes; `subscribe()` connects on
    first use too. Options: `max_queue` (messages a subscription holds for a slow consumer),
    `backoff` (a `Backoff` for reconnects), `command_timeout`, `open_timeout`, `ping_interval`.
    """

    def __init__(
        self,
        auth: KalshiAuth,
        url: str,
        *,
        max_queue: int = DEFAULT_MAX_QUEUE,
        backoff: Backoff | None = None,
        command_timeout: float = 10.0,
        open_timeout: float = 10.0,
        ping_interval: float | None = 20.0,
    ) -> None:
        if max_queue < 1:
            raise ConfigurationError("max_queue must be at least 1")
        self.url = url
        self._connector = Connector(
            auth, url, backoff=backoff or Backoff(), open_timeout=open_timeout,
            ping_interval=ping_interval,
        )  # fmt: skip
        self._max_queue = max_queue
        self._command_timeout = command_timeout
        self._ws: ClientConnection | None = None
        self._connected: asyncio.Event | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._by_sid: dict[int, Subscription] = {}
        self._subs: list[Subscription] = []
        self._books: dict[str, OrderBook] = {}
        self._book_owner: dict[str, Subscription] = {}
        self._reader: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._failure: StreamClosedError | None = None
        self.reconnects = 0  #: connections re-made after a drop

    @classmethod
    def for_client(cls, client: Any, *, ws_url: str | None = None, **options: Any) -> AsyncStream:
        """A stream with a client's key and environment (or `ws_url`)."""
        auth, url = client_settings(client, ws_url)
        return cls(auth, url, **options)

    # ------------------------------------------------------------------ lifecycle

    async def connect(self) -> Self:
        """Open the connection (a refused handshake raises `StreamHandshakeError`)."""
        if self._closing:
            raise StreamClosedError("the stream is closed")
        if self._ws is None:
            self._connected = asyncio.Event()
            self._ws = await self._connector.open()
            self._connected.set()
            self._reader = asyncio.create_task(self._read_forever(), name="kalshi-stream")
        return self

    async def close(self) -> None:
        """Close the connection; every subscription's iteration ends."""
        if self._closing:
            return
        self._closing = True
        if self._ws is not None:
            await self._ws.close()
        for task in [self._reader, *self._tasks]:
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._shutdown(None)

    async def __aenter__(self) -> Self:
        return await self.connect()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def subscriptions(self) -> list[Subscription]:
        """The live subscriptions (those made for order books included)."""
        return list(self._subs)

    # ------------------------------------------------------------------ public commands

    async def subscribe(
        self, channel: str, *, market_tickers: Iterable[str] | None = None, **params: Any
    ) -> Subscription:
        """Subscribe to one channel; other `params` go to Kalshi as given (`send_initial_snapshot`,
        `use_yes_price`, `index_ids`, ...). An error answer raises `CommandError`."""
        sub = self._new_subscription(channel, market_tickers, params, deliver=True)
        await self._establish(sub)
        return sub

    async def list_subscriptions(self) -> list[Any]:
        """Kalshi's list of this connection's subscriptions (items with `channel` and `sid`)."""
        answer = await self._command("list_subscriptions", None)
        items = getattr(answer, "msg", None)
        return list(items) if isinstance(items, list) else []

    async def order_book(self, ticker: str, **params: Any) -> OrderBook:
        """A live book for one market (see `books`)."""
        return (await self.books([ticker], **params))[ticker]

    async def books(self, tickers: Iterable[str], **params: Any) -> dict[str, OrderBook]:
        """Live books for markets, kept from an `orderbook_delta` subscription of their own.

        Books are created at once and become ready with their first snapshot:
        `await book.ready()`. Asking again for a ticker returns the same book.
        """
        tickers = list(dict.fromkeys(tickers))
        missing = [ticker for ticker in tickers if ticker not in self._books]
        if missing:
            sub = self._new_subscription(BOOK_CHANNEL, missing, params, deliver=False)
            for ticker in missing:
                self._books[ticker] = OrderBook(
                    ticker, no_in_yes_price=bool(params.get("use_yes_price"))
                )
                self._book_owner[ticker] = sub
            try:
                await self._establish(sub)
            except BaseException:
                for ticker in missing:
                    self._books.pop(ticker, None)
                    self._book_owner.pop(ticker, None)
                raise
        return {ticker: self._books[ticker] for ticker in tickers}

    # ------------------------------------------------------------------ subscriptions

    def _new_subscription(
        self, channel: str, tickers: Iterable[str] | None, params: dict[str, Any], *, deliver: bool
    ) -> Subscription:
        params = dict(params)
        if tickers is not None:
            params["market_tickers"] = list(tickers)
        sub = Subscription(self, channel, params, max_queue=self._max_queue, deliver=deliver)
        self._subs.append(sub)
        return sub

    async def _establish(self, sub: Subscription) -> None:
        try:
            await self.connect()
            await self._send_subscribe(sub)
            await asyncio.wait_for(asyncio.shield(sub._established), self._command_timeout)
        except TimeoutError:
            self._forget(sub)
            sub._finish()
            raise StreamTimeoutError(f"no answer to subscribe {sub.channel}") from None
        except BaseException:
            self._forget(sub)
            sub._finish()
            raise

    async def _send_subscribe(self, sub: Subscription) -> None:
        command_id = next(self._ids)
        self._pending[command_id] = _Pending("subscribe", None, sub)
        if sub.channel == BOOK_CHANNEL:
            sub.awaiting_snapshot = set(sub.market_tickers)
        params = {"channels": [sub.channel], **sub.params}
        with contextlib.suppress(StreamConnectionError):  # the reconnect subscribes it again
            await self._send({"id": command_id, "cmd": "subscribe", "params": params})

    async def _update(self, sub: Subscription, action: str, params: dict[str, Any]) -> Any:
        if sub.closed:
            raise StreamClosedError(f"{sub!r} is closed")
        try:
            await asyncio.wait_for(sub._sid_ready.wait(), self._command_timeout)
        except TimeoutError:
            raise StreamTimeoutError(f"{sub!r} was not restored in time") from None
        answer = await self._command(
            "update_subscription", {"sid": sub.sid, "action": action, **params}
        )
        tickers = [str(t) for t in params.get("market_tickers") or []]
        if action == "add_markets":
            current = sub.market_tickers
            sub.params.pop("market_ticker", None)
            sub.params["market_tickers"] = current + [t for t in tickers if t not in current]
        elif action == "delete_markets":
            current = sub.market_tickers
            sub.params.pop("market_ticker", None)
            sub.params["market_tickers"] = [t for t in current if t not in tickers]
            sub.awaiting_snapshot.difference_update(tickers)
        return answer

    async def _unsubscribe(self, sub: Subscription) -> None:
        if sub.closed:
            return
        sid = sub.sid
        self._forget(sub)
        sub._finish()
        if sid is not None:
            await self._command("unsubscribe", {"sids": [sid]})

    def _forget(self, sub: Subscription) -> None:
        if sub in self._subs:
            self._subs.remove(sub)
        if sub.sid is not None and self._by_sid.get(sub.sid) is sub:
            del self._by_sid[sub.sid]
        for ticker, owner in list(self._book_owner.items()):
            if owner is sub:
                self._books.pop(ticker).invalidate()
                del self._book_owner[ticker]

    # ------------------------------------------------------------------ sending

    async def _send(self, payload: dict[str, Any]) -> None:
        self._check_open()
        if self._connected is None:
            await self.connect()
        assert self._connected is not None
        await self._connected.wait()
        self._check_open()  # the wait for a reconnect also ends when the stream stops
        assert self._ws is not None
        try:
            await self._ws.send(json.dumps(payload))
        except ConnectionClosed as error:
            cmd = payload["cmd"]
            raise StreamConnectionError(f"connection lost while sending {cmd}") from error

    async def _command(self, cmd: str, params: dict[str, Any] | None) -> Any:
        command_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[command_id] = _Pending(cmd, future)
        payload: dict[str, Any] = {"id": command_id, "cmd": cmd}
        if params is not None:
            payload["params"] = params
        try:
            await self._send(payload)
            return await asyncio.wait_for(future, self._command_timeout)
        except TimeoutError:
            raise StreamTimeoutError(f"no answer to {cmd} (id {command_id})") from None
        finally:
            self._pending.pop(command_id, None)
            _abandon(future)

    def _check_open(self) -> None:
        """Raise what a command meets on a stream that has stopped or is closing."""
        if self._failure is not None:
            raise self._failure
        if self._closing:
            raise StreamClosedError("the stream is closed")

    def _spawn(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and not self._closing:
            log.warning("stream: background command failed: %s", task.exception())

    # ------------------------------------------------------------------ reading

    async def _read_forever(self) -> None:
        try:
            while True:
                assert self._ws is not None
                with contextlib.suppress(ConnectionClosed):
                    async for frame in self._ws:
                        self._on_frame(frame)
                if self._closing:
                    return
                await self._reconnect()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            log.error("stream: stopped: %s", error)
            self._fail(error)

    async def _reconnect(self) -> None:
        assert self._ws is not None and self._connected is not None
        log.warning(
            "stream: connection to %s lost (close code %s); reconnecting",
            self.url,
            self._ws.close_code,
        )
        self._connected.clear()
        for pending in self._pending.values():
            if pending.future is not None and not pending.future.done():
                pending.future.set_exception(
                    StreamConnectionError(f"connection lost before the answer to {pending.cmd}")
                )
        self._pending.clear()
        for sub in self._subs:
            old = sub.sid
            self._drop_sid(sub)
            self._mark(sub, "reconnect", sid=old)
        self._ws = await self._connector.reopen()
        self.reconnects += 1
        self._connected.set()
        for sub in list(self._subs):
            await self._send_subscribe(sub)

    def _on_frame(self, frame: str | bytes) -> None:
        try:
            data = json_loads(frame)
        except ValueError:
            log.warning("stream: ignored a frame that is not JSON: %.80r", frame)
            return
        if not isinstance(data, dict):
            log.warning("stream: ignored a frame that is not a JSON object: %.80r", frame)
            return
        kind = data.get("type")
        sid = data.get("sid")
        sub = self._by_sid.get(sid) if isinstance(sid, int) else None
        if sub is not None and sub.sequenced:
            seq = data.get("seq")
            if isinstance(seq, int) and not self._check_seq(sub, seq):
                return
        if kind in RESPONSES:
            self._on_response(kind, data, sub)
            return
        if sub is None:
            log.debug("stream: %s for sid %s, which is not subscribed here", kind, sid)
            return
        try:
            message = parse(data)
            deliver = self._apply_book(sub, kind, message, data.get("seq"))
        except PARSE_ERRORS as error:
            log.error("stream: %s sid=%s: %s does not parse: %s", sub.channel, sid, kind, error)
            self._lost(sub, "unparsable")
            return
        if deliver:
            sub._push(message)
        command_id = data.get("id")
        if command_id:  # a get_snapshot (or list) answered by the data itself
            pending = self._pending.get(command_id)
            if pending is not None and pending.future is not None and not pending.future.done():
                pending.future.set_result(message)

    def _on_response(self, kind: str, data: dict[str, Any], sub: Subscription | None) -> None:
        raw_id = data.get("id")
        command_id = raw_id if isinstance(raw_id, int) else 0
        pending = self._pending.get(command_id) if command_id else None
        if kind == "error":
            raw_msg = data.get("msg")
            msg: dict[str, Any] = raw_msg if isinstance(raw_msg, dict) else {}
            code = msg.get("code")
            error = CommandError(
                code if isinstance(code, int) else None,
                str(msg.get("msg", "")),
                command=pending.cmd if pending else None,
                sid=data.get("sid") if isinstance(data.get("sid"), int) else None,
            )
            if pending is not None:
                self._pending.pop(command_id, None)
                if pending.sub is not None:  # a subscribe (or its restore) was refused
                    log.warning("stream: subscribe %s refused: %s", pending.sub.channel, error)
                    self._forget(pending.sub)
                    pending.sub._finish(error)
                elif pending.future is not None and not pending.future.done():
                    pending.future.set_exception(error)
                return
            if sub is not None and error.terminal:
                log.warning(
                    "stream: %s sid=%s: terminal error %s (%s); subscribing again",
                    sub.channel,
                    sub.sid,
                    error.code,
                    error.message,
                )
                old = sub.sid
                self._drop_sid(sub)
                self._mark(sub, "terminal_error", sid=old, code=error.code)
                self._spawn(self._send_subscribe(sub))
                return
            log.error("stream: error not tied to a command: %s", error)
            return
        if pending is None:
            log.debug("stream: %s answer with unknown id %s", kind, command_id)
            return
        if kind == "subscribed" and pending.sub is not None:
            self._pending.pop(command_id, None)
            self._on_subscribed(pending.sub, data)
            return
        if pending.future is None or pending.future.done():
            return
        try:
            answer = parse(data)
        except PARSE_ERRORS as error:
            pending.future.set_exception(StreamError(f"{kind} answer does not parse: {error}"))
            return
        pending.future.set_result(answer)

    def _on_subscribed(self, sub: Subscription, data: dict[str, Any]) -> None:
        msg = data.get("msg")
        sid = msg.get("sid") if isinstance(msg, dict) else None
        if not isinstance(sid, int):
            sub._finish(StreamError(f"subscribed answer without a sid: {data!r}"))
            self._forget(sub)
            return
        if sub.closed:  # unsubscribed while the answer was on its way
            self._spawn(self._command("unsubscribe", {"sids": [sid]}))
            return
        previous = sub.previous_sid
        self._by_sid[sid] = sub
        sub._set_sid(sid)
        if previous is not None:
            log.info("stream: %s subscribed again: sid %s -> %s", sub.channel, previous, sid)

    # ------------------------------------------------------------------ never silently wrong

    def _check_seq(self, sub: Subscription, seq: int) -> bool:
        """Whether to go on with this message (a duplicate is dropped)."""
        expected = sub.last_seq + 1
        if seq == expected:
            sub.last_seq = seq
            return True
        if seq > expected:
            sub.last_seq = seq
            self._lost(sub, "gap", expected=expected, received=seq)
            return True
        self._lost(sub, "duplicate", expected=expected, received=seq)
        return False

    def _lost(
        self,
        sub: Subscription,
        reason: ResyncReason,
        *,
        expected: int | None = None,
        received: int | None = None,
    ) -> None:
        log.warning(
            "stream: %s sid=%s: %s (expected seq %s, received %s); consumer marked%s",
            sub.channel,
            sub.sid,
            reason,
            expected,
            received,
            ", snapshot requested" if sub.channel == BOOK_CHANNEL else "",
        )
        self._mark(sub, reason, sid=sub.sid, expected=expected, received=received)
        if sub.channel == BOOK_CHANNEL and not sub.resyncing:
            sub.resyncing = True
            self._spawn(self._resync_books(sub))

    def _after_overflow(self, sub: Subscription) -> None:
        self._lost(sub, "overflow")

    def _mark(
        self,
        sub: Subscription,
        reason: ResyncReason,
        *,
        sid: int | None,
        expected: int | None = None,
        received: int | None = None,
        code: int | None = None,
    ) -> None:
        sub._push(Resync(reason, sub.channel, sid, expected, received, code))
        if sub.channel == BOOK_CHANNEL:
            sub.awaiting_snapshot = set(sub.market_tickers)
            for ticker, owner in self._book_owner.items():
                if owner is sub:
                    self._books[ticker].invalidate()

    def _drop_sid(self, sub: Subscription) -> None:
        if sub.sid is not None and self._by_sid.get(sub.sid) is sub:
            del self._by_sid[sub.sid]
        sub._lose_sid()

    async def _resync_books(self, sub: Subscription) -> None:
        """Fresh snapshots for a book subscription, until none of its markets awaits one;
        subscribe again if that is refused.

        `sub.resyncing` stays set until this returns, so a loss meanwhile starts no request of
        its own: this one must cover it. A loss before a market's snapshot has arrived is
        covered by that snapshot; one after it (more deltas that overflow the queue, a gap, or
        the snapshot itself overflowing) leaves the market in `awaiting_snapshot`, and it is
        asked for again. A request waits until the queue has room for its snapshots, so a
        consumer that has stopped reading does not cause one request after another.
        """
        try:
            while sub.awaiting_snapshot and not sub.closed:
                if not sub._has_room(len(sub.awaiting_snapshot)):
                    await sub._item_taken()
                    continue
                await sub.get_snapshot(sorted(sub.awaiting_snapshot))
        except CommandError as error:
            log.warning("stream: get_snapshot refused (%s); subscribing %s again", error, sub.sid)
            await self._subscribe_again(sub)
        except StreamTimeoutError:
            if sub.awaiting_snapshot and not sub.closed:
                log.warning("stream: no snapshot for sid %s in time; subscribing again", sub.sid)
                await self._subscribe_again(sub)
        except StreamError:
            pass  # connection trouble: the reconnect subscribes everything again
        finally:
            sub.resyncing = False

    async def _subscribe_again(self, sub: Subscription) -> None:
        old = sub.sid
        self._drop_sid(sub)
        if old is not None:
            self._spawn(self._command("unsubscribe", {"sids": [old]}))
        await self._send_subscribe(sub)

    def _apply_book(self, sub: Subscription, kind: Any, message: Any, seq: Any) -> bool:
        """Apply an order book message to its book; whether to deliver it to the consumer."""
        if sub.channel != BOOK_CHANNEL or kind not in (SNAPSHOT, DELTA):
            return True
        msg = message.msg
        ticker = msg.market_ticker
        book = self._books.get(ticker) if self._book_owner.get(ticker) is sub else None
        seq = seq if isinstance(seq, int) else None
        if kind == SNAPSHOT:
            sub.awaiting_snapshot.discard(ticker)
            if book is not None:
                book.apply_snapshot(msg, seq)
            return True
        if ticker in sub.awaiting_snapshot:
            return False  # before the snapshot that will replace it
        if book is not None:
            book.apply_delta(msg, seq)
        return True

    # ------------------------------------------------------------------ ending

    def _fail(self, error: BaseException) -> None:
        reason = (
            "the WebSocket handshake was refused"
            if isinstance(error, StreamHandshakeError)
            else "the connection could not be restored"
        )
        failure = StreamClosedError(f"stream stopped: {reason}: {error}")
        failure.__cause__ = error
        self._failure = failure
        self._shutdown(failure)

    def _shutdown(self, error: StreamClosedError | None) -> None:
        for pending in self._pending.values():
            if pending.future is not None and not pending.future.done():
                pending.future.set_exception(error or StreamClosedError("the stream was closed"))
        self._pending.clear()
        if self._connected is not None:
            # Commands waiting for a reconnect that will not come: `_send` wakes, and raises.
            self._connected.set()
        for sub in list(self._subs):
            sub._finish(error)
        self._subs.clear()
        self._by_sid.clear()
        for book in self._books.values():
            book.invalidate()

    def __repr__(self) -> str:
        return f"AsyncStream({self.url!r}, subscriptions={len(self._subs)})"


def _abandon(future: asyncio.Future[Any]) -> None:
    """Settle a reply future its command no longer waits for.

    A drop (or the stream stopping) fails every pending reply, also that of a command still
    being sent: its caller gets the send's own error instead, so this one is marked retrieved
    (asyncio would log "Future exception was never retrieved" when it is collected). A reply
    still open is cancelled: it is no longer pending, nothing would ever settle it.
    """
    if not future.done():
        future.cancel()
    elif not future.cancelled():
        future.exception()
