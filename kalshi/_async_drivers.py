"""The drivers of the request flow: transports that step `kalshi._flow.request_flow` through
(rate limit, sign, send, classify, retry or raise) around the transport that moves bytes.

Written once, as the async code of `_async_drivers.py`; `_sync_drivers.py` is generated from
it by `scripts/unasync.py`, and `make check-generated` fails when the two disagree. How each
waits is the one difference (`kalshi._concurrency`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from ._concurrency import await_wait
from ._flow import NO_ANSWER, FlowSettings, Wait, request_flow

AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


def via_async_transport(transport: httpx.AsyncBaseTransport) -> AsyncSend:
    """Send with a transport and read the body in full (decoded once, here)."""

    async def send(request: httpx.Request) -> httpx.Response:
        response = await transport.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

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
