"""A minimal WebSocket server speaking Kalshi's protocol, written independently of kalshi.stream.

It runs on 127.0.0.1 in a thread of its own (its own event loop), so synchronous and
asynchronous clients are tested against the same thing. What it implements:

* the handshake: KALSHI-ACCESS-KEY / -TIMESTAMP / -SIGNATURE, the signature over
  timestamp + "GET" + the request path, verified with the registered public key (RSA-PSS
  or Ed25519); anything else is refused with HTTP 401;
* commands `subscribe` (one `subscribed` per channel, new sid each), `unsubscribe`
  (`unsubscribed` with sid and seq), `update_subscription` (`add_markets`, `delete_markets`:
  `ok` with sid, seq and the full ticker list; `get_snapshot`: snapshots carrying the
  command's id), `list_subscriptions` (`ok` with a list); errors with Kalshi's codes
  (5 unknown command, 7 unknown sid, 8 unknown channel, 13 unsupported action);
* channels `orderbook_delta` (a snapshot per market on subscribe, then deltas; a snapshot omits
  an empty side) and `ticker` (no seq); `seq` counts per sid from 1 on sequenced channels;
* faults the tests trigger: skip or repeat a seq, a terminal error, dropping every connection,
  announcing a close and then stalling, refusing handshakes as unavailable (503), answering
  two commands in reverse order, and holding `get_snapshot` answers until released.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import threading
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from typing import Any, Self, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

T = TypeVar("T")
SEQUENCED = {"orderbook_delta", "trade"}
KNOWN_CHANNELS = {"orderbook_delta", "ticker", "trade", "fill", "user_orders"}
PATH = "/trade-api/ws/v2"
# A close frame from the server (unmasked): FIN + opcode 8, two bytes of payload, code 1001.
CLOSE_GOING_AWAY = b"\x88\x02\x03\xe9"


@dataclass
class Sub:
    sid: int
    channel: str
    tickers: list[str]
    conn: Connection
    seq: int = 0
    last: dict[str, Any] | None = None

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


@dataclass
class Connection:
    ws: ServerConnection
    subs: dict[int, Sub] = field(default_factory=dict)


class KalshiLikeServer:
    def __init__(self, key_id: str, public_key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey):
        self.key_id = key_id
        self.public_key = public_key
        self.books: dict[str, dict[str, dict[Decimal, Decimal]]] = {}
        self.market_ids: dict[str, str] = {}
        self.handshakes: list[dict[str, str]] = []  # accepted handshakes' headers
        self.refused = 0
        self.unavailable = False  # answer handshakes with 503 (a client retries those)
        self.commands: list[dict[str, Any]] = []
        self.connections: list[Connection] = []
        self.reverse_next_answers = False
        self._held: list[tuple[Connection, dict[str, Any]]] = []
        self.hold_snapshots = False
        self._held_snapshots: list[tuple[Sub, list[str], Any]] = []
        self._sids = itertools.count(1)
        self._cond = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: Server | None = None
        self.port = 0

    # ------------------------------------------------------------------ running

    def start(self) -> Self:
        self._thread.start()
        self._server = self.call(self._serve())
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def _serve(self) -> Server:
        return await serve(
            self._handle, "127.0.0.1", 0, process_request=self._check_handshake, compression=None
        )

    def stop(self) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            await self._server.wait_closed()

        self.call(shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{PATH}"

    @property
    def base_url(self) -> str:
        """A REST base URL whose WebSocket URL (by the client's rule) is this server."""
        return f"http://127.0.0.1:{self.port}/trade-api/v2"

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float = 10) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10) -> None:
        with self._cond:
            if not self._cond.wait_for(predicate, timeout):
                raise TimeoutError("the server did not see what the test waited for")

    def commands_named(self, cmd: str) -> list[dict[str, Any]]:
        with self._cond:
            return [c for c in self.commands if c.get("cmd") == cmd]

    # ------------------------------------------------------------------ handshake

    def _check_handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        if self.unavailable:
            return self._busy()
        headers = request.headers
        key, stamp, signature = (
            headers.get("KALSHI-ACCESS-KEY"),
            headers.get("KALSHI-ACCESS-TIMESTAMP"),
            headers.get("KALSHI-ACCESS-SIGNATURE"),
        )
        path = request.path.split("?", 1)[0]
        if key != self.key_id or not stamp or not signature or path != PATH:
            return self._refuse(connection)
        message = (stamp + "GET" + path).encode()
        try:
            raw = base64.b64decode(signature)
            if isinstance(self.public_key, ed25519.Ed25519PublicKey):
                self.public_key.verify(raw, message)
            else:
                pss = padding.PSS(
                    mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH
                )
                self.public_key.verify(raw, message, pss, hashes.SHA256())
        except (InvalidSignature, ValueError):
            return self._refuse(connection)
        with self._cond:
            self.handshakes.append({"key": key, "timestamp": stamp, "path": path})
            self._cond.notify_all()
        return None

    def _refuse(self, connection: ServerConnection) -> Response:
        with self._cond:
            self.refused += 1
            self._cond.notify_all()
        return _json_error(HTTPStatus.UNAUTHORIZED, b'{"error":"authentication failed"}')

    def _busy(self) -> Response:
        return _json_error(HTTPStatus.SERVICE_UNAVAILABLE, b'{"error":"service unavailable"}')

    # ------------------------------------------------------------------ commands

    async def _handle(self, ws: ServerConnection) -> None:
        conn = Connection(ws)
        with self._cond:
            self.connections.append(conn)
            self._cond.notify_all()
        try:
            async for frame in ws:
                command = json.loads(frame)
                with self._cond:
                    self.commands.append(command)
                    self._cond.notify_all()
                await self._command(conn, command)
        except Exception:  # a dropped connection ends the handler
            pass
        finally:
            with self._cond:
                if conn in self.connections:
                    self.connections.remove(conn)
                self._cond.notify_all()

    async def _answer(self, conn: Connection, answer: dict[str, Any]) -> None:
        if self.reverse_next_answers:
            self._held.append((conn, answer))
            if len(self._held) == 2:
                self.reverse_next_answers = False
                held, self._held = self._held, []
                for target, message in reversed(held):
                    await target.ws.send(json.dumps(message))
            return
        await conn.ws.send(json.dumps(answer))

    async def _error(self, conn: Connection, cid: Any, code: int, text: str) -> None:
        await self._answer(conn, {"id": cid, "type": "error", "msg": {"code": code, "msg": text}})

    async def _command(self, conn: Connection, command: dict[str, Any]) -> None:
        cid, cmd, params = command.get("id"), command.get("cmd"), command.get("params") or {}
        if cmd == "subscribe":
            for channel in params.get("channels") or []:
                if channel not in KNOWN_CHANNELS:
                    await self._error(conn, cid, 8, "Unknown channel name")
                    continue
                tickers = list(params.get("market_tickers") or [])
                sub = Sub(next(self._sids), channel, tickers, conn)
                conn.subs[sub.sid] = sub
                await self._answer(
                    conn,
                    {"id": cid, "type": "subscribed", "msg": {"channel": channel, "sid": sub.sid}},
                )
                if channel == "orderbook_delta":
                    for ticker in tickers:
                        await self._send_snapshot(sub, ticker)
        elif cmd == "unsubscribe":
            for sid in params.get("sids") or []:
                gone = conn.subs.pop(sid, None)
                if gone is None:
                    await self._error(conn, cid, 7, "Unknown subscription ID")
                    continue
                await self._answer(
                    conn, {"id": cid, "type": "unsubscribed", "sid": sid, "seq": gone.next_seq()}
                )
        elif cmd == "update_subscription":
            sid = params.get("sid", (params.get("sids") or [None])[0])
            found = conn.subs.get(sid)
            if found is None:
                await self._error(conn, cid, 7, "Unknown subscription ID")
                return
            sub = found
            action, tickers = params.get("action"), list(params.get("market_tickers") or [])
            if action == "get_snapshot":
                if self.hold_snapshots:
                    self._held_snapshots.append((sub, tickers, cid))
                    return
                for ticker in tickers:
                    await self._send_snapshot(sub, ticker, command_id=cid)
            elif action in ("add_markets", "delete_markets"):
                if action == "add_markets":
                    sub.tickers += [t for t in tickers if t not in sub.tickers]
                else:
                    sub.tickers = [t for t in sub.tickers if t not in tickers]
                answer = {
                    "id": cid,
                    "type": "ok",
                    "sid": sid,
                    "msg": {"market_tickers": sub.tickers},
                }
                if sub.channel in SEQUENCED:
                    answer["seq"] = sub.next_seq()
                await self._answer(conn, answer)
                if action == "add_markets" and sub.channel == "orderbook_delta":
                    for ticker in tickers:
                        await self._send_snapshot(sub, ticker)
            else:
                await self._error(conn, cid, 13, "Unsupported action")
        elif cmd == "list_subscriptions":
            items = [{"channel": s.channel, "sid": s.sid} for s in conn.subs.values()]
            await self._answer(conn, {"id": cid, "type": "ok", "msg": items})
        else:
            await self._error(conn, cid, 5, "Unknown command")

    # ------------------------------------------------------------------ market data

    def book(self, ticker: str) -> dict[str, dict[Decimal, Decimal]]:
        if ticker not in self.books:
            self.books[ticker] = {"yes": {}, "no": {}}
            self.market_ids[ticker] = str(uuid.uuid5(uuid.NAMESPACE_URL, ticker))
        return self.books[ticker]

    def _snapshot_msg(self, ticker: str) -> dict[str, Any]:
        book = self.book(ticker)
        msg: dict[str, Any] = {"market_ticker": ticker, "market_id": self.market_ids[ticker]}
        for side in ("yes", "no"):
            if book[side]:  # Kalshi omits an empty side's key
                msg[f"{side}_dollars_fp"] = [
                    [f"{price:.4f}", f"{size:.2f}"] for price, size in sorted(book[side].items())
                ]
        return msg

    async def _send(self, sub: Sub, message: dict[str, Any]) -> None:
        message = {"sid": sub.sid, **message}
        if sub.channel in SEQUENCED:
            message["seq"] = sub.next_seq()
        sub.last = message
        await sub.conn.ws.send(json.dumps(message))

    async def _send_snapshot(self, sub: Sub, ticker: str, command_id: Any = None) -> None:
        message: dict[str, Any] = {"type": "orderbook_snapshot", "msg": self._snapshot_msg(ticker)}
        if command_id is not None:
            message["id"] = command_id
        await self._send(sub, message)

    def _subs_for(self, channel: str, ticker: str) -> list[Sub]:
        return [
            sub
            for conn in list(self.connections)
            for sub in list(conn.subs.values())
            if sub.channel == channel and ticker in sub.tickers
        ]

    def set_level(self, ticker: str, side: str, price: str, size: str) -> None:
        """Change the book without telling anyone (as before a subscription)."""
        levels = self.book(ticker)[side]
        if Decimal(size) > 0:
            levels[Decimal(price)] = Decimal(size)
        else:
            levels.pop(Decimal(price), None)

    def delta(self, ticker: str, side: str, price: str, delta: str, **extra: Any) -> None:
        """Apply a delta to the book and publish it to every subscriber of the market."""

        async def publish() -> None:
            levels = self.book(ticker)[side]
            size = levels.get(Decimal(price), Decimal(0)) + Decimal(delta)
            if size > 0:
                levels[Decimal(price)] = size
            else:
                levels.pop(Decimal(price), None)
            msg = {
                "market_ticker": ticker,
                "market_id": self.market_ids[ticker],
                "price_dollars": price,
                "delta_fp": delta,
                "side": side,
                "ts_ms": 1_767_225_600_000,
                **extra,
            }
            for sub in self._subs_for("orderbook_delta", ticker):
                await self._send(sub, {"type": "orderbook_delta", "msg": msg})

        self.call(publish())

    def ticker(self, ticker: str, price: str) -> None:
        """Publish a ticker message (no seq) to every ticker subscriber of the market."""

        async def publish() -> None:
            msg = {"market_ticker": ticker, "price_dollars": price, "ts_ms": 1_767_225_600_000}
            for sub in self._subs_for("ticker", ticker):
                await self._send(sub, {"type": "ticker", "msg": msg})

        self.call(publish())

    # ------------------------------------------------------------------ faults

    def subs_for(self, channel: str, ticker: str) -> list[Sub]:
        found = self._subs_for(channel, ticker)
        assert found, f"no {channel} subscription for {ticker}"
        return found

    def skip_seq(self, channel: str, ticker: str) -> None:
        """The next message of those subscriptions skips a seq (as if one were lost)."""
        for sub in self.subs_for(channel, ticker):
            sub.seq += 1

    def repeat_last(self, channel: str, ticker: str) -> None:
        """Send those subscriptions' last message again, same seq."""

        async def send() -> None:
            for sub in self.subs_for(channel, ticker):
                assert sub.last is not None
                await sub.conn.ws.send(json.dumps(sub.last))

        self.call(send())

    def terminal_error(self, channel: str, ticker: str, code: int = 25) -> None:
        """A subscription-scoped terminal error; the server forgets those subscriptions."""

        async def send() -> None:
            for sub in self.subs_for(channel, ticker):
                sub.conn.subs.pop(sub.sid, None)
                error = {"type": "error", "sid": sub.sid, "msg": {"code": code, "msg": "ended"}}
                await sub.conn.ws.send(json.dumps(error))

        self.call(send())

    def broken_delta(self, ticker: str) -> None:
        """A delta whose `msg` is not an object (in sequence): it cannot be parsed."""

        async def send() -> None:
            for sub in self.subs_for("orderbook_delta", ticker):
                await self._send(sub, {"type": "orderbook_delta", "msg": "garbage"})

        self.call(send())

    def release_snapshots(self) -> None:
        """Answer the held `get_snapshot` commands (in order), and hold no more."""

        async def send() -> None:
            self.hold_snapshots = False
            held, self._held_snapshots = self._held_snapshots, []
            for sub, tickers, cid in held:
                for ticker in tickers:
                    await self._send_snapshot(sub, ticker, command_id=cid)

        self.call(send())

    def announce_close(self) -> None:
        """Send every connection a close frame, then neither read from it nor close it: the
        client is left closing, its writes waiting for a TCP close that only
        `drop_connections()` brings. (Written beneath the server's own protocol, which
        therefore never answers the client's close frame.)"""

        async def announce() -> None:
            for conn in list(self.connections):
                conn.ws.transport.pause_reading()
                conn.ws.transport.write(CLOSE_GOING_AWAY)

        self.call(announce())

    def drop_connections(self) -> None:
        """Close every connection abruptly (no close handshake), as a network failure would."""

        async def drop() -> None:
            for conn in list(self.connections):
                conn.ws.transport.abort()

        self.call(drop())


def _json_error(status: HTTPStatus, body: bytes) -> Response:
    """A handshake answered with an HTTP error and a JSON body, as Kalshi's gateway does."""
    headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return Response(status.value, status.phrase, headers, body)
