"""The drivers of the request flow: transports that step `kalshi._flow.request_flow` through
(rate limit, sign, send, classify, retry or raise) around the transport that moves bytes.

Written once, as the async code of `_async_drivers.py`; `_sync_drivers.py` is generated from
it by `scripts/unasync.py`, and `make check-generated` fails when the two disagree. How each
waits is the one difference (`kalshi._concurrency`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx

from ._concurrency import await_in_time, await_wait
from ._flow import DEADLINE, NO_ANSWER, FlowSettings, Wait, request_flow

AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


def _deadline_passed(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the request took longer than its timeout", request=request)


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """A response body that stops with `httpx.ReadTimeout` once the attempt's deadline passes.

    httpx's own timeouts apply to each read, so a server trickling a byte at a time could hold
    a call for ever; this checks the whole attempt's deadline after every chunk.
    """

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


async def aread_in_time(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """Read the body in full (decoded once, here), within the attempt's deadline if any."""
    deadline = request.extensions.get(DEADLINE)
    if deadline is not None:
        response.stream = _AsyncDeadlineStream(response.stream, request, deadline)
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


def via_async_transport(transport: httpx.AsyncBaseTransport) -> AsyncSend:
    """Send with a transport and read the body in full, the attempt within its deadline."""

    async def send(request: httpx.Request) -> httpx.Response:
        async def attempt() -> httpx.Response:
            return await aread_in_time(await transport.handle_async_request(request), request)

        return await await_in_time(request, attempt())

    return send


def via_async_client(client: httpx.AsyncClient) -> AsyncSend:
    """Send with a caller's own httpx client (its hooks and settings apply)."""

    async def send(request: httpx.Request) -> httpx.Response:
        async def attempt() -> httpx.Response:
            return await aread_in_time(await client.send(request, stream=True), request)

        return await await_in_time(request, attempt())

    return send


class AsyncFlowTransport(httpx.AsyncBaseTransport):
    """Every request it handles goes through the request flow; `send` moves the bytes.

    `sleep` is how a synchronous driver waits (a test may record instead); waits of an
    asynchronous one are `asyncio.sleep`.
    """

    def __init__(
        self,
        send: AsyncSend,
        settings: FlowSettings,
        *,
        close: Callable[[], Awaitable[None]] | None = None,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        self.send = send
        self.settings = settings
        self.sleep = sleep
        self._close = close

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # costs, retry safety and every attempt need the body
        flow = request_flow(request, self.settings)
        try:
            step = next(flow)
            while True:
                if isinstance(step, Wait):
                    await await_wait(step, self.sleep)
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
