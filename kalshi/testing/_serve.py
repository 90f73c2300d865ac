"""The loopback server: the fake exchange over real HTTP on 127.0.0.1.

Design: the server owns one asyncio event loop, run on a background thread. The REST API is an
asyncio HTTP/1.1 server on that loop (`_http11`); connections are tasks, so many clients are
served at once with keep-alive, and nothing blocks on a slow peer. Anything else the exchange
serves from a host of its own, such as the WebSocket endpoint (`_stream.StreamService`), joins
as a `Service`: it is started on the same loop after the REST server and stopped before it, by
the same `start()` / `stop()`, and its URL is published in `urls` under its name. A service
that also has an `upgrade_path` and `adopt()` (an `UpgradeService`) takes over the REST port's
upgrade requests for that path, so clients that derive the WebSocket URL from the REST host
find it there. `FakeExchange.serve()` yields a `Served`: the REST base URL as a `str` (so
`with exchange.serve() as base_url:` reads naturally) that also carries every service's URL.

Handlers run on the loop thread under the app's lock; they are short and CPU-bound, so running
them inline is faster than handing each to a worker thread. Injected latency is awaited.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Coroutine, Iterable, Iterator
from typing import Any, Protocol, TypeVar, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

from ._app import App
from ._http11 import MAX_HEAD_BYTES, Upgrade, serve_connection

T = TypeVar("T")
STOP_TIMEOUT_S = 5.0
REST = "rest"


class Service(Protocol):
    """Something served beside the REST API on the server's event loop (e.g. WebSockets)."""

    name: str

    async def start(self, host: str) -> str:
        """Start listening on `host` (a free port); return the URL clients connect to."""
        ...

    async def stop(self) -> None:
        """Stop listening and close every connection."""
        ...


@runtime_checkable
class UpgradeService(Service, Protocol):
    """A service that also answers upgrade requests (WebSockets) on the REST port."""

    upgrade_path: str  # e.g. /trade-api/ws/v2

    def adopt(self, head: bytes, writer: asyncio.StreamWriter) -> None:
        """Take over the connection whose upgrade request (`head`) just arrived."""
        ...


class LoopbackServer:
    """The REST API on 127.0.0.1 (a free port unless given), plus any `services`, on one loop."""

    def __init__(
        self,
        app: App,
        host: str = "127.0.0.1",
        port: int = 0,
        services: Iterable[Service] = (),
    ) -> None:
        self.app = app
        self.host, self.port = host, port
        self.services = list(services)
        self.upgrades: dict[str, Upgrade] = {
            s.upgrade_path: s.adopt for s in self.services if isinstance(s, UpgradeService)
        }
        self.urls: dict[str, str] = {}
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="kalshi-fake-exchange", daemon=True
        )
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self.connections_accepted = 0

    @property
    def base_url(self) -> str:
        """The REST base URL, e.g. http://127.0.0.1:PORT/trade-api/v2."""
        return self.urls[REST]

    def start(self) -> LoopbackServer:
        """Bind and start serving; raises (e.g. OSError for a port in use) if it cannot."""
        self._thread.start()
        try:
            self.call(self._open())
        except BaseException:
            self._halt()
            raise
        return self

    def stop(self) -> None:
        """Stop every service and the REST server, close open connections, end the thread."""
        if not self._thread.is_alive():
            return
        with contextlib.suppress(TimeoutError):
            self.call(self._close(), timeout=STOP_TIMEOUT_S)
        self._halt()

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run a coroutine on the server's loop from another thread and return its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _open(self) -> None:
        self._server = await asyncio.start_server(
            self._connection, self.host, self.port, limit=MAX_HEAD_BYTES
        )
        port = self._server.sockets[0].getsockname()[1]
        self.urls[REST] = f"http://{self.host}:{port}/trade-api/v2"
        for service in self.services:
            self.urls[service.name] = await service.start(self.host)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        self.connections_accepted += 1
        try:
            await serve_connection(self.app, reader, writer, self.upgrades)
        except asyncio.CancelledError:
            pass  # shutting down: asyncio's stream callback must not see a cancelled task
        finally:
            self._connections.pop(task, None)

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
        for service in reversed(self.services):
            await service.stop()
        for task, writer in list(self._connections.items()):
            writer.transport.abort()
            task.cancel()  # e.g. one awaiting injected latency
        await asyncio.gather(*self._connections, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    def _halt(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=STOP_TIMEOUT_S)
        if not self._thread.is_alive():
            self.loop.close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Served(str):
    """What `FakeExchange.serve()` yields: the REST base URL, which also knows its server.

    It is a `str`, so it goes straight into `KalshiClient(base_url=...)`; `urls` maps each
    service's name ("rest", and e.g. "ws" once a stream service joins) to its URL.
    """

    server: LoopbackServer

    def __new__(cls, server: LoopbackServer) -> Served:
        served = super().__new__(cls, server.base_url)
        served.server = server
        return served

    @property
    def base_url(self) -> str:
        return str(self)

    @property
    def urls(self) -> dict[str, str]:
        return dict(self.server.urls)

    @property
    def ws_url(self) -> str:
        """The WebSocket URL on the REST port: the one `KalshiClient(base_url=served).stream()`
        derives (LookupError when no WebSocket service joined this server)."""
        paths = [path for path in self.server.upgrades if path.endswith("/ws/v2")]
        if not paths:
            raise LookupError("no WebSocket service serves on this server")
        parts = urlsplit(self.base_url)
        return urlunsplit(("ws", parts.netloc, paths[0], "", ""))


@contextlib.contextmanager
def serving(app: App, port: int = 0, services: Iterable[Service] = ()) -> Iterator[Served]:
    with LoopbackServer(app, port=port, services=services) as server:
        yield Served(server)
