"""The transports the clients send through.

`FlowTransport` / `AsyncFlowTransport` drive `kalshi._flow.request_flow` (rate limit, sign,
retry, typed errors) around the transport that really moves bytes; they are the only places
where sync and async differ. `ThreadedAsyncTransport` runs httpx's synchronous transport in a
pool of threads: httpx's sync connection pool is several times faster than its async one under
concurrency (the async pool's locking dominates at 32 requests in flight). Requests here are
small JSON calls, so each one runs whole on a worker thread and the event loop only awaits it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from ._flow import NO_ANSWER, FlowSettings, Wait, request_flow

DEFAULT_WORKERS = 32

SyncSend = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


def via_transport(transport: httpx.BaseTransport) -> SyncSend:
    """Send with a transport and read the body in full (decoded once, here)."""

    def send(request: httpx.Request) -> httpx.Response:
        response = transport.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return response

    return send


def via_async_transport(transport: httpx.AsyncBaseTransport) -> AsyncSend:
    async def send(request: httpx.Request) -> httpx.Response:
        response = await transport.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    return send


class FlowTransport(httpx.BaseTransport):
    """Every request it handles goes through the request flow; `send` moves the bytes."""

    def __init__(
        self,
        send: SyncSend,
        settings: FlowSettings,
        *,
        close: Callable[[], None] | None = None,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self.send = send
        self.settings = settings
        self.sleep = sleep
        self._close = close

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # costs, retry safety and every attempt need the body (a redirect's too)
        flow = request_flow(request, self.settings)
        try:
            step = next(flow)
            while True:
                if isinstance(step, Wait):
                    (step.sleep or self.sleep)(step.seconds)
                    step = flow.send(None)
                    continue
                try:
                    response = self.send(step)
                except NO_ANSWER as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            final: httpx.Response = done.value
            return final

    def close(self) -> None:
        if self._close is not None:
            self._close()


class AsyncFlowTransport(httpx.AsyncBaseTransport):
    """The async driver of the same request flow; waits are `asyncio.sleep`."""

    def __init__(
        self,
        send: AsyncSend,
        settings: FlowSettings,
        *,
        close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.send = send
        self.settings = settings
        self._close = close

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        flow = request_flow(request, self.settings)
        try:
            step = next(flow)
            while True:
                if isinstance(step, Wait):
                    await asyncio.sleep(step.seconds)
                    step = flow.send(None)
                    continue
                try:
                    response = await self.send(step)
                except NO_ANSWER as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            final: httpx.Response = done.value
            return final

    async def aclose(self) -> None:
        if self._close is not None:
            await self._close()


class ThreadedAsyncTransport(httpx.AsyncBaseTransport):
    """`httpx.HTTPTransport` behind an `AsyncBaseTransport`; `max_workers` requests at once.

    A request whose task is cancelled still completes on its thread (its response is dropped).
    """

    def __init__(self, max_workers: int = DEFAULT_WORKERS, **transport_args: Any) -> None:
        transport_args.setdefault(
            "limits",
            httpx.Limits(max_connections=max_workers, max_keepalive_connections=max_workers),
        )
        self._transport = httpx.HTTPTransport(**transport_args)
        self._pool = ThreadPoolExecutor(max_workers, thread_name_prefix="kalshi-http")

    def _round_trip(self, request: httpx.Request) -> httpx.Response:
        """Send and read the body as it came off the wire (still encoded).

        The response goes back with its own headers, `Content-Encoding` included, so the body
        must stay as the server sent it: the client decodes it exactly once, on its side.
        """
        response = self._transport.handle_request(request)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
            request=request,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # the body becomes a ByteStream, readable from the thread too
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._round_trip, request)

    async def aclose(self) -> None:
        self._transport.close()
        self._pool.shutdown(wait=False)
