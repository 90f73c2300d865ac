"""HTTP/1.1 on asyncio streams for the loopback server: keep-alive, one write per response.

Each connection is a task on the server's event loop. A response leaves in a single write
(status line, headers and body together) on a socket with TCP_NODELAY, so no small segment sits
waiting for the peer's delayed ACK (the 40 ms Nagle stall). A peer that goes away mid-request
is an everyday event for a test server: it is logged at debug level, never as a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus

from ._app import App, Reply, error_reply
from ._faults import Drop

log = logging.getLogger("kalshi.testing")

MAX_HEAD_BYTES = 64 * 1024
_NO_BODY = (204, 304)

#: Takes over a connection whose request asks to upgrade (e.g. to a WebSocket): the request's
#: head as received, and the connection's writer (its transport changes hands).
Upgrade = Callable[[bytes, asyncio.StreamWriter], None]


class BadRequest(Exception):
    """The bytes received are not an HTTP/1.1 request this server can read."""


@dataclass
class Incoming:
    method: str
    target: str
    version: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    head: bytes = b""  # the request line and headers as received

    @property
    def keep_alive(self) -> bool:
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return connection == "keep-alive"
        return connection != "close"


async def serve_connection(
    app: App,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    upgrades: Mapping[str, Upgrade] | None = None,
) -> None:
    """Answer requests on one connection, in order, until the peer closes or asks to.

    A WebSocket upgrade request for a path in `upgrades` hands the connection over (the
    request was the only thing sent yet: a WebSocket client waits for the answer).
    """
    peer = writer.get_extra_info("peername")
    _no_delay(writer)
    handed_over = False
    try:
        while True:
            request = await read_request(reader, writer)
            if request is None:
                return
            upgrade = _upgrade_for(request, upgrades or {})
            if upgrade is not None:
                upgrade(request.head, writer)
                handed_over = True
                return
            try:
                reply = await answer(app, request)
            except Drop:
                log.debug("fault injected: dropping the connection of %s", peer)
                writer.transport.abort()
                return
            if writer.transport.is_closing():
                return
            writer.write(encode(reply, keep_alive=request.keep_alive))
            await writer.drain()
            if not request.keep_alive:
                return
    except BadRequest as error:
        log.debug("unreadable request from %s: %s", peer, error)
        if not writer.transport.is_closing():
            writer.write(encode(error_reply(400, "bad_request", str(error)), keep_alive=False))
    except (ConnectionError, asyncio.IncompleteReadError, TimeoutError) as error:
        log.debug("client %s went away: %s", peer, error.__class__.__name__)
    finally:
        if not handed_over:
            with contextlib.suppress(ConnectionError, RuntimeError):
                writer.close()


def _upgrade_for(request: Incoming, upgrades: Mapping[str, Upgrade]) -> Upgrade | None:
    if request.headers.get("upgrade", "").lower() != "websocket" or request.body:
        return None
    return upgrades.get(request.target.split("?", 1)[0])


async def read_request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> Incoming | None:
    """The next request, or None when the peer closed the connection between requests."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as error:
        if not error.partial.strip():
            return None
        raise
    except asyncio.LimitOverrunError:
        raise BadRequest(f"request head larger than {MAX_HEAD_BYTES} bytes") from None
    method, target, version, headers = parse_head(head)
    if headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    return Incoming(method, target, version, headers, await _read_body(reader, headers), head)


def parse_head(head: bytes) -> tuple[str, str, str, dict[str, str]]:
    """Request line and headers (names lower-cased) of a request head."""
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ")
    except ValueError:
        raise BadRequest(f"bad request line {lines[0][:80]!r}") from None
    if not version.startswith("HTTP/1."):
        raise BadRequest(f"unsupported protocol {version[:20]!r}")
    headers: dict[str, str] = {}
    for line in filter(None, lines[1:]):
        name, sep, value = line.partition(":")
        if not sep:
            raise BadRequest(f"bad header line {line[:80]!r}")
        headers[name.strip().lower()] = value.strip()
    return method, target, version, headers


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    try:
        length = int(headers.get("content-length") or 0)
    except ValueError:
        raise BadRequest("bad Content-Length") from None
    return await reader.readexactly(length) if length > 0 else b""


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise BadRequest("bad chunk size") from None
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def answer(app: App, request: Incoming) -> Reply:
    """The app's reply; injected latency is awaited so other connections go on meanwhile."""
    latency = app.fault_for(request.method, request.target).latency
    if latency:
        await asyncio.sleep(latency)
    try:
        return app.handle(
            request.method, request.target, request.headers, request.body, sleep_latency=False
        )
    except Drop:
        raise
    except Exception:
        log.exception("the fake exchange failed on %s %s", request.method, request.target)
        return error_reply(500, "internal_server_error", "the fake exchange failed")


def encode(reply: Reply, *, keep_alive: bool) -> bytes:
    """Status line, headers and body as one buffer (one write, one segment when small)."""
    lines = [f"HTTP/1.1 {reply.status} {_phrase(reply.status)}"]
    if reply.status not in _NO_BODY:
        lines.append("Content-Type: application/json")
        lines.append(f"Content-Length: {len(reply.body)}")
    lines.extend(f"{name}: {value}" for name, value in reply.headers.items())
    if not keep_alive:
        lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if reply.status in _NO_BODY else head + reply.body


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _no_delay(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
