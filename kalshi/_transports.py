"""`ThreadedAsyncTransport`: httpx's synchronous transport behind an async one.

httpx's sync connection pool is several times faster than its async one under concurrency (the
async pool's locking dominates at 32 requests in flight). Requests here are small JSON calls, so
each one runs whole on a worker thread, its body read and decoded there, and the event loop
only awaits it. (The transports that drive the request flow are in `_async_drivers.py` and its
generated twin `_sync_drivers.py`.)

The hop between the loop and the workers is most of what this transport costs, so it is kept
lean: jobs go to the workers through one queue, and answers come back to each event loop in
batches, one wake-up of the loop for all the requests finished meanwhile (a
`ThreadPoolExecutor` with `run_in_executor` wakes the loop once per request).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import threading
import time
import weakref
from typing import Any

import httpx

DEFAULT_WORKERS = 32
FIRST_WORKERS = 4  # threads started as soon as requests need them
GROW_AFTER_S = 0.020  # beyond those, more start while a request has been out this long

# What a worker hands back: the answer, read, or what sending raised.
_Outcome = tuple["asyncio.Future[httpx.Response]", httpx.Response | BaseException]


class _Inbox:
    """Outcomes on their way back to one event loop, delivered together on its thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._lock = threading.Lock()
        self._outcomes: list[_Outcome] = []
        self._wake_pending = False

    def put(self, future: asyncio.Future[httpx.Response], outcome: Any) -> None:
        """From a worker: queue the outcome; wake the loop unless a wake-up is on its way."""
        with self._lock:
            self._outcomes.append((future, outcome))
            if self._wake_pending:
                return
            self._wake_pending = True
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody awaits these now
            self._loop.call_soon_threadsafe(self._deliver)

    def _deliver(self) -> None:
        with self._lock:
            outcomes, self._outcomes = self._outcomes, []
            self._wake_pending = False
        for future, outcome in outcomes:
            if future.done():  # its task was cancelled: the answer is dropped
                continue
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)


def round_trip(transport: httpx.BaseTransport, request: httpx.Request) -> httpx.Response:
    """Send, read the body off the wire and decode it, all on the calling (worker) thread.

    The answer is a fresh response holding the raw body and its own headers
    (`Content-Encoding` included); reading it decodes the body exactly once, here, and leaves
    it unclosed, so the client's closing it still records its timing.
    """
    response = transport.handle_request(request)
    if response.is_stream_consumed:  # made from its content (a mock's): read and decoded
        return response
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    answer = httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )
    answer.read()
    return answer


_Job = tuple[httpx.Request, "asyncio.Future[httpx.Response]", _Inbox]


class _Workers:
    """The threads and their queue of jobs; the pool grows only when the network is slow.

    Up to `first` threads start as jobs need them. Beyond that a job waits for a free thread,
    and more threads are started (up to `limit`) only while one of the busy ones has been
    waiting on its request for `grow_after` seconds: a server that answers at once is served
    best by a few threads (every thread more contends for the GIL and costs CPU on every
    request, and a queue here then only means the process is busy), one with a real round
    trip gets a thread for every request in flight. Threads are never taken away.

    The threads hold this, not the transport, so a transport nobody closed ends its threads
    once it is collected, as a `ThreadPoolExecutor`'s do.
    """

    def __init__(
        self, transport: httpx.BaseTransport, limit: int, first: int, grow_after: float
    ) -> None:
        self.transport = transport
        self._limit = limit
        self._first = min(first, limit)
        self._grow_after = grow_after
        self._changed = threading.Condition()
        self._queued: collections.deque[_Job] = collections.deque()
        self._threads = 0
        self._busy: dict[int, float] = {}  # thread id -> when it took its current job
        self._stopped = False
        self._grow_armed: asyncio.AbstractEventLoop | None = None  # the loop a look is due on

    def submit(self, job: _Job) -> None:
        """From the event loop: queue the job; a free thread takes it, else one is started
        (the first few), else the pool is looked at again `grow_after` from now."""
        with self._changed:
            if self._stopped:
                raise httpx.ConnectError("the transport is closed", request=job[0])
            self._queued.append(job)
            if self._threads - len(self._busy) >= len(self._queued):
                self._changed.notify()
                return
            if self._threads < self._first:
                self._start()
                return
            loop = asyncio.get_running_loop()
            armed = self._grow_armed
            if self._threads >= self._limit or (armed is not None and not armed.is_closed()):
                return  # a look is due already
            self._grow_armed = loop
        loop.call_later(self._grow_after, self._grow, loop)

    def _grow(self, loop: asyncio.AbstractEventLoop) -> None:
        """On the loop: while jobs wait and a busy thread has waited `grow_after` on its
        request, a thread for every waiting job; look again later while jobs still wait."""
        with self._changed:
            self._grow_armed = None
            if self._stopped or not self._queued:
                return
            slow_since = time.monotonic() - self._grow_after
            if any(taken <= slow_since for taken in self._busy.values()):
                for _ in range(min(len(self._queued), self._limit - self._threads)):
                    self._start()
            if self._threads >= self._limit:
                return
            self._grow_armed = loop
        loop.call_later(self._grow_after, self._grow, loop)

    def _start(self) -> None:  # with the condition held
        name = f"kalshi-http-{self._threads}"
        threading.Thread(target=self._work, name=name, daemon=True).start()
        self._threads += 1

    def stop(self) -> None:
        """No more jobs; each thread ends once the jobs queued before have run."""
        with self._changed:
            self._stopped = True
            self._changed.notify_all()

    def _work(self) -> None:
        while True:
            with self._changed:
                while not self._queued:
                    if self._stopped:
                        return
                    self._changed.wait()
                request, future, inbox = self._queued.popleft()
                self._busy[threading.get_ident()] = time.monotonic()
            try:
                outcome: Any = round_trip(self.transport, request)
            except BaseException as exc:  # it belongs to the awaiting task
                outcome = exc
            with self._changed:
                del self._busy[threading.get_ident()]
            inbox.put(future, outcome)


class ThreadedAsyncTransport(httpx.AsyncBaseTransport):
    """`httpx.HTTPTransport` behind an `AsyncBaseTransport`; `max_workers` requests at once.

    Keyword arguments go to `httpx.HTTPTransport` (its `limits` default to `max_workers`
    connections); `transport=` wraps another synchronous transport instead. Worker threads
    start as requests need them (up to `max_workers`) and end at `aclose()`. A request whose
    task is cancelled still completes on its thread (its response is dropped).
    """

    def __init__(
        self,
        max_workers: int = DEFAULT_WORKERS,
        *,
        transport: httpx.BaseTransport | None = None,
        first_workers: int = FIRST_WORKERS,
        grow_after: float = GROW_AFTER_S,
        **transport_args: Any,
    ) -> None:
        from ._errors import ConfigurationError, InvalidType, InvalidValue

        if isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1:
            raise InvalidValue(f"max_workers must be a positive int, not {max_workers!r}")
        if transport is None:
            transport_args.setdefault(
                "limits",
                httpx.Limits(max_connections=max_workers, max_keepalive_connections=max_workers),
            )
            transport = httpx.HTTPTransport(**transport_args)
        elif transport_args:
            raise ConfigurationError(
                "give transport= or httpx.HTTPTransport's arguments, not both: "
                f"{sorted(transport_args)}"
            )
        elif not isinstance(transport, httpx.BaseTransport):
            raise InvalidType(
                f"transport must be an httpx.BaseTransport, not {type(transport).__name__}"
            )
        if (
            isinstance(first_workers, bool)
            or not isinstance(first_workers, int)
            or first_workers < 1
        ):
            raise InvalidValue(f"first_workers must be a positive int, not {first_workers!r}")
        if (
            isinstance(grow_after, bool)
            or not isinstance(grow_after, int | float)
            or not grow_after >= 0
        ):
            raise InvalidValue(f"grow_after must be seconds >= 0, not {grow_after!r}")
        self._workers = _Workers(transport, max_workers, first_workers, float(grow_after))
        weakref.finalize(self, self._workers.stop)
        self._inboxes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Inbox] = (
            weakref.WeakKeyDictionary()
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # the body becomes a ByteStream, readable from the thread too
        loop = asyncio.get_running_loop()
        inbox = self._inboxes.get(loop)
        if inbox is None:
            inbox = self._inboxes[loop] = _Inbox(loop)
        future: asyncio.Future[httpx.Response] = loop.create_future()
        self._workers.submit((request, future, inbox))
        return await future

    async def aclose(self) -> None:
        self._workers.stop()
        self._workers.transport.close()
