"""The fake exchange in process: httpx transports that call the app directly (no sockets)."""

from __future__ import annotations

import asyncio

import httpx

from ._app import App
from ._faults import Drop


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
    """Serves requests of a `KalshiClient` in process."""

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
