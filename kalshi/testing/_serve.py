"""Two ways to reach the fake exchange: httpx transports in process, and a loopback HTTP server."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from ._app import App, Drop


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _answer(app: App, request: httpx.Request, body: bytes, sleep_latency: bool) -> httpx.Response:
    """The app's reply as an httpx response; a dropped connection as httpx's ReadError."""
    try:
        reply = app.handle(
            request.method, _target(request), request.headers, body, sleep_latency=sleep_latency
        )
    except Drop:
        raise httpx.ReadError("connection dropped by the fake exchange", request=request) from None
    headers = {"Content-Type": "application/json", **reply.headers}
    return httpx.Response(reply.status, headers=headers, content=reply.body, request=request)


class ExchangeTransport(httpx.BaseTransport):
    """Serves requests of a `KalshiClient` in process (no sockets)."""

    def __init__(self, app: App) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _answer(self.app, request, request.read(), sleep_latency=True)


class AsyncExchangeTransport(httpx.AsyncBaseTransport):
    """Serves requests of an `AsyncKalshiClient` in process; injected latency is awaited."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        latency = self.app.fault_for(request.method, _target(request)).latency
        if latency:
            await asyncio.sleep(latency)
        return _answer(self.app, request, body, sleep_latency=False)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    app: App

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        try:
            reply = self.app.handle(self.command, self.path, dict(self.headers.items()), body)
        except Drop:
            self.close_connection = True
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass


class LoopbackServer:
    """A real HTTP/1.1 server on 127.0.0.1 (a free port), in a background thread."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0) -> None:
        handler = type("Handler", (_Handler,), {"app": app})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/trade-api/v2"

    def start(self) -> LoopbackServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@contextmanager
def serving(app: App, port: int = 0) -> Iterator[str]:
    server = LoopbackServer(app, port=port).start()
    try:
        yield server.base_url
    finally:
        server.stop()
