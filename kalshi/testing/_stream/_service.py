"""`StreamService`: Kalshi's WebSocket API for the fake exchange, on the loopback server's loop.

It is a `websockets` asyncio server with a port of its own, and it also takes over upgrade
requests that arrive on the REST port (`adopt`): a client that derives its WebSocket URL from
the REST base URL (`http://host:port/trade-api/v2` -> `ws://host:port/trade-api/ws/v2`) finds
it with no extra setting. Handshakes are verified like REST requests (the three headers, over
timestamp + "GET" + path, with the member's public key; a stale or future timestamp is
refused): a refusal is HTTP 401 with a Kalshi-shaped body. The server pings every
`heartbeat` seconds with the body "heartbeat", as Kalshi does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from http import HTTPStatus

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConcurrencyError, ConnectionClosed
from websockets.http11 import Request, Response
from websockets.server import ServerProtocol

from .._app import App, error_reply
from .._auth import authenticate
from ..engine import ExchangeError
from . import _commands as commands
from ._faults import StreamFault, StreamFaults
from ._publisher import Publisher
from ._session import Session

log = logging.getLogger("kalshi.testing")

WS_PATH = "/trade-api/ws/v2"
HEARTBEAT_S = 10.0
MAX_MESSAGE_BYTES = 1 << 20
CLOSE_TIMEOUT_S = 1.0


class StreamService:
    """The stream, joined to `exchange.serve()` as the service named "ws".

    seed: seeds the stream faults' random numbers (see `_faults`), so runs repeat.
    """

    name = "ws"
    upgrade_path = WS_PATH

    def __init__(self, app: App, *, seed: int = 0, heartbeat: float = HEARTBEAT_S) -> None:
        self.app = app
        self.faults = StreamFaults(seed)
        self.publisher = Publisher(app.exchange)
        self.heartbeat = heartbeat
        self.handshakes_refused = 0
        self._members: dict[ServerConnection, str] = {}
        self._server: Server | None = None
        self._writers: dict[ServerConnection, asyncio.StreamWriter] = {}

    def inject(self, channel: str = "*", **rates: float | int | None) -> StreamFault:
        fault = StreamFault(**rates)  # type: ignore[arg-type]
        with self.app.lock:
            self.faults.by_channel[channel] = fault
        return fault

    # ------------------------------------------------------------------ Service

    async def start(self, host: str) -> str:
        with self.app.lock:
            self.publisher.attach()
        self._server = await serve(
            self._connection,
            host,
            0,
            process_request=self._handshake,
            compression=None,
            ping_interval=None,  # our own heartbeat carries Kalshi's body
            max_size=MAX_MESSAGE_BYTES,
            close_timeout=CLOSE_TIMEOUT_S,
        )
        port = self._server.sockets[0].getsockname()[1]
        return f"ws://{host}:{port}{WS_PATH}"

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        with self.app.lock:
            self.publisher.detach()
        self._writers.clear()

    def adopt(self, head: bytes, writer: asyncio.StreamWriter) -> None:
        """Take over a connection of the REST server whose request (`head`) is an upgrade."""
        assert self._server is not None
        connection = ServerConnection(
            ServerProtocol(max_size=MAX_MESSAGE_BYTES, logger=self._server.logger),
            self._server,
            ping_interval=None,
            close_timeout=CLOSE_TIMEOUT_S,
        )
        # The REST side's StreamWriter must outlive the hand-over (a collected writer may close
        # its transport): kept until the connection is lost, refused handshakes included.
        self._writers[connection] = writer
        connection.connection_lost_waiter.add_done_callback(
            lambda _: self._writers.pop(connection, None)
        )
        transport = writer.transport
        transport.set_protocol(connection)
        connection.connection_made(transport)
        connection.data_received(head)

    # ------------------------------------------------------------------ connections

    def _handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path != WS_PATH:
            return _refusal(404, "not_found", f"no WebSocket endpoint at {path}")
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        try:
            with self.app.lock:
                self._members[connection] = authenticate(self.app.exchange, "GET", path, headers)
        except ExchangeError as error:
            self.handshakes_refused += 1
            return _refusal(error.status, error.code, error.message, error.details)
        return None

    async def _connection(self, ws: ServerConnection) -> None:
        user_id = self._members.pop(ws)
        session = Session(ws, user_id, asyncio.get_running_loop(), self.faults)
        with self.app.lock:
            self.publisher.sessions.add(session)
        tasks = [
            asyncio.create_task(session.send_forever()),
            asyncio.create_task(self._heartbeat(ws)),
        ]
        try:
            async for frame in ws:
                with self.app.lock:
                    commands.handle(self.publisher, session, frame)
        except ConnectionClosed:
            pass  # the client went away, or a fault cut the connection
        finally:
            with self.app.lock:
                session.closed = True
                self.publisher.sessions.discard(session)
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                    await task

    async def _heartbeat(self, ws: ServerConnection) -> None:
        while True:
            await asyncio.sleep(self.heartbeat)
            with contextlib.suppress(ConcurrencyError):  # the last one is still unanswered
                await ws.ping(b"heartbeat")


def _refusal(status: int, code: str, message: str, details: str | None = None) -> Response:
    body = error_reply(status, code, message, details).body
    headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return Response(status, HTTPStatus(status).phrase, headers, body)
