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
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from ._flow import DEADLINE, NO_ANSWER, FlowSettings, Wait, request_flow

DEFAULT_WORKERS = 32

SyncSend = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


def _deadline_passed(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the request took longer than its timeout", request=request)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with `httpx.ReadTimeout` once the attempt's deadline passes.

    httpx's own timeouts apply to each read, so a server trickling a byte at a time could hold
    a call for ever; this checks the whole attempt's deadline after every chunk.
    """

    def __init__(self, stream: Any, request: httpx.Request, deadline: float) -> None:
        self._stream = stream
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _deadline_passed(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """The async twin of `_DeadlineStream`."""

    def __init__(self, stream: Any, request: httpx.Request, deadline: float) -> None:
        self._stream = stream
        self._request = request
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _deadline_passed(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def read_in_time(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """Read the body in full (decoded once, here), within the attempt's deadline if any."""
    deadline = request.extensions.get(DEADLINE)
    if deadline is not None:
        response.stream = _DeadlineStream(response.stream, request, deadline)
    try:
        response.read()
    finally:
        response.close()
    return response


async def aread_in_time(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    deadline = request.extensions.get(DEADLINE)
    if deadline is not None:
        response.stream = _AsyncDeadlineStream(response.stream, request, deadline)
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


def via_transport(transport: httpx.BaseTransport) -> SyncSend:
    """Send with a transport and read the body in full."""

    def send(request: httpx.Request) -> httpx.Response:
        return read_in_time(transport.handle_request(request), request)

    return send


def via_client(client: httpx.Client) -> SyncSend:
    """Send with a caller's own `httpx.Client` (its hooks and settings apply)."""

    def send(request: httpx.Request) -> httpx.Response:
        return read_in_time(client.send(request, stream=True), request)

    return send


async def _in_time(request: httpx.Request, work: Awaitable[httpx.Response]) -> httpx.Response:
    """Await `work`, the whole attempt, within its deadline (headers included)."""
    deadline = request.extensions.get(DEADLINE)
    if deadline is None:
        return await work
    try:
        async with asyncio.timeout_at(
            asyncio.get_running_loop().time() + deadline - time.monotonic()
        ):
            return await work
    except TimeoutError:
        raise _deadline_passed(request) from None


def via_async_transport(transport: httpx.AsyncBaseTransport) -> AsyncSend:
    async def send(request: httpx.Request) -> httpx.Response:
        async def attempt() -> httpx.Response:
            return await aread_in_time(await transport.handle_async_request(request), request)

        return await _in_time(request, attempt())

    return send


def via_async_client(client: httpx.AsyncClient) -> AsyncSend:
    async def send(request: httpx.Request) -> httpx.Response:
        async def attempt() -> httpx.Response:
            return await aread_in_time(await client.send(request, stream=True), request)

        return await _in_time(request, attempt())

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
        deadline = request.extensions.get(DEADLINE)
        if deadline is not None:  # the awaiting task gives up in time; so does this thread
            response.stream = _DeadlineStream(response.stream, request, deadline)
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
