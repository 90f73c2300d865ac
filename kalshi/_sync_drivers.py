# Generated from kalshi/_async_drivers.py by scripts/unasync.py: edit that file instead.
"""The drivers of the request flow: transports that step `kalshi._flow.request_flow` through
(rate limit, sign, send, classify, retry or raise) around the transport that moves bytes.

Written once, as the async code of `_async_drivers.py`; `_sync_drivers.py` is generated from
it by `scripts/unasync.py`, and `make check-generated` fails when the two disagree. How each
waits is the one difference (`kalshi._concurrency`).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from ._concurrency import block_wait
from ._flow import NO_ANSWER, FlowSettings, Wait, request_flow

SyncSend = Callable[[httpx.Request], httpx.Response]


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


class FlowTransport(httpx.BaseTransport):
    """Every request it handles goes through the request flow; `send` moves the bytes.

    `sleep` is how a synchronous driver waits (a test may record instead); waits of an
    asynchronous one are `asyncio.sleep`.
    """

    def __init__(
        self,
        send: SyncSend,
        settings: FlowSettings,
        *,
        close: Callable[[], None] | None = None,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        self.send = send
        self.settings = settings
        self.sleep = sleep
        self._close = close

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # costs, retry safety and every attempt need the body
        flow = request_flow(request, self.settings)
        try:
            step = next(flow)
            while True:
                if isinstance(step, Wait):
                    block_wait(step, self.sleep)
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
