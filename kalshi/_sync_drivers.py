# Generated from kalshi/_async_drivers.py by scripts/unasync.py: edit that file instead.
"""The drivers of the request flow: transports that step `kalshi._flow.request_flow` through
(rate limit, sign, send, classify, retry or raise) around the transport that moves bytes.

Written once, as the async code of `_async_drivers.py`; `_sync_drivers.py` is generated from
it by `scripts/unasync.py`, and `make check-generated` fails when the two disagree. How each
waits is the one difference (`kalshi._concurrency`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from ._concurrency import block_in_time, block_wait
from ._flow import DEADLINE, NO_ANSWER, FlowSettings, Wait, request_flow

SyncSend = Callable[[httpx.Request], httpx.Response]


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


def via_transport(transport: httpx.BaseTransport) -> SyncSend:
    """Send with a transport and read the body in full, the attempt within its deadline."""

    def send(request: httpx.Request) -> httpx.Response:
        def attempt() -> httpx.Response:
            return read_in_time(transport.handle_request(request), request)

        return block_in_time(request, attempt())

    return send


def via_client(client: httpx.Client) -> SyncSend:
    """Send with a caller's own httpx client (its hooks and settings apply)."""

    def send(request: httpx.Request) -> httpx.Response:
        def attempt() -> httpx.Response:
            return read_in_time(client.send(request, stream=True), request)

        return block_in_time(request, attempt())

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
