"""`ThreadedAsyncTransport`: httpx's synchronous transport behind an async one.

httpx's sync connection pool is several times faster than its async one under concurrency (the
async pool's locking dominates at 32 requests in flight). Requests here are small JSON calls, so
each one runs whole on a worker thread and the event loop only awaits it. (The transports that
drive the request flow are in `_async_drivers.py` and its generated twin `_sync_drivers.py`.)
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

DEFAULT_WORKERS = 32


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
