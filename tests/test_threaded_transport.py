"""`ThreadedAsyncTransport`: every answer reaches the task that asked, on any event loop.

Requests run on worker threads and come back to the loop in batches; these tests drive it with
a synchronous transport of their own (`transport=`), so what each worker did is visible.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import threading
import time

import httpx
import pytest

import kalshi
from kalshi import ThreadedAsyncTransport
from kalshi_api.types import Unset


class Echo(httpx.BaseTransport):
    """Answers with the request's `n` query parameter, after `delay` seconds; notes threads."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.threads: set[threading.Thread] = set()
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.threads.add(threading.current_thread())
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)
            if request.url.params.get("fail"):
                raise httpx.ReadError("connection reset", request=request)
            return httpx.Response(200, content=request.url.params["n"].encode())
        finally:
            with self._lock:
                self.in_flight -= 1


async def get(transport: httpx.AsyncBaseTransport, n: int, **params: str) -> httpx.Response:
    request = httpx.Request("GET", "http://test/", params={"n": str(n), **params})
    response = await transport.handle_async_request(request)
    await response.aread()
    return response


def test_every_answer_reaches_the_task_that_asked() -> None:
    echo = Echo(delay=0.001)
    transport = ThreadedAsyncTransport(4, transport=echo)

    async def main() -> list[bytes]:
        responses = await asyncio.gather(*(get(transport, n) for n in range(300)))
        await transport.aclose()
        return [response.content for response in responses]

    assert asyncio.run(main()) == [str(n).encode() for n in range(300)]
    assert echo.most_in_flight == 4  # the pool was used to its bound, never past it
    assert len(echo.threads) == 4


def test_threads_start_as_needed_and_end_at_close() -> None:
    before = set(threading.enumerate())
    echo = Echo()
    transport = ThreadedAsyncTransport(8, transport=echo)
    assert set(threading.enumerate()) == before  # no thread until a request needs one

    async def main() -> None:
        for n in range(5):  # one at a time: one worker is enough
            await get(transport, n)
        await transport.aclose()

    asyncio.run(main())
    (worker,) = echo.threads
    worker.join(5)
    assert not worker.is_alive()


def test_a_transport_nobody_holds_ends_its_threads() -> None:
    echo = Echo()
    transport = ThreadedAsyncTransport(2, transport=echo)
    asyncio.run(get(transport, 1))
    del transport  # never closed
    gc.collect()
    (worker,) = echo.threads
    worker.join(5)
    assert not worker.is_alive()


def burst(transport: ThreadedAsyncTransport, count: int) -> list[bytes]:
    async def main() -> list[bytes]:
        responses = await asyncio.gather(*(get(transport, n) for n in range(count)))
        return [response.content for response in responses]

    return asyncio.run(main())


def test_a_slow_server_gets_a_thread_for_every_request_in_flight() -> None:
    echo = Echo(delay=0.2)  # a long round trip
    transport = ThreadedAsyncTransport(16, transport=echo, first_workers=2, grow_after=0.02)
    assert burst(transport, 16) == [str(n).encode() for n in range(16)]
    assert echo.most_in_flight == 16
    assert len(echo.threads) == 16
    asyncio.run(transport.aclose())


def test_a_server_that_answers_at_once_keeps_the_first_few_threads() -> None:
    echo = Echo(delay=0.002)  # 300 requests queue for about 0.3 s on two threads
    transport = ThreadedAsyncTransport(16, transport=echo, first_workers=2, grow_after=0.15)
    assert burst(transport, 300) == [str(n).encode() for n in range(300)]
    assert len(echo.threads) == 2  # requests waited, but none was out for 0.15 s
    asyncio.run(transport.aclose())


def test_the_pool_still_grows_on_a_new_loop_after_one_closed_mid_wait() -> None:
    echo = Echo(delay=0.1)
    transport = ThreadedAsyncTransport(4, transport=echo, first_workers=1, grow_after=0.02)

    async def abandon() -> None:  # a look at the pool is due when this loop closes
        tasks = [asyncio.ensure_future(get(transport, n)) for n in range(2)]
        await asyncio.sleep(0)  # both sent: one on the thread, one waiting for another
        for task in tasks:
            task.cancel()

    asyncio.run(abandon())
    time.sleep(0.3)  # the abandoned requests finish on their thread
    echo.most_in_flight = 0
    assert burst(transport, 4) == [b"0", b"1", b"2", b"3"]
    assert echo.most_in_flight == 4
    asyncio.run(transport.aclose())


def test_what_sending_raised_is_raised_in_the_task() -> None:
    transport = ThreadedAsyncTransport(2, transport=Echo())

    async def main() -> tuple[BaseException | httpx.Response, ...]:
        try:
            return tuple(
                await asyncio.gather(
                    get(transport, 1, fail="1"), get(transport, 2), return_exceptions=True
                )
            )
        finally:
            await transport.aclose()

    failed, answered = asyncio.run(main())
    assert isinstance(failed, httpx.ReadError) and str(failed) == "connection reset"
    assert isinstance(answered, httpx.Response) and answered.content == b"2"


def test_a_cancelled_request_leaves_the_others_alone() -> None:
    echo = Echo(delay=0.05)
    transport = ThreadedAsyncTransport(2, transport=echo)

    async def main() -> bytes:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(get(transport, 1), timeout=0.005)
        answer = await get(transport, 2)
        await asyncio.sleep(0.1)  # the cancelled one finishes on its thread meanwhile
        await transport.aclose()
        return answer.content

    assert asyncio.run(main()) == b"2"


def test_one_transport_serves_one_event_loop_after_another() -> None:
    transport = ThreadedAsyncTransport(2, transport=Echo())
    assert asyncio.run(get(transport, 1)).content == b"1"
    assert asyncio.run(get(transport, 2)).content == b"2"  # a new loop, its own deliveries

    asyncio.run(transport.aclose())


def test_a_body_is_decoded_once_on_the_worker() -> None:
    body = b'{"balance": 1}' * 20

    def gzipped(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, content=gzip.compress(body)
        )

    transport = ThreadedAsyncTransport(1, transport=httpx.MockTransport(gzipped))

    async def main() -> httpx.Response:
        try:
            return await get(transport, 1)
        finally:
            await transport.aclose()

    response = asyncio.run(main())
    assert response.content == body
    assert response.headers["Content-Encoding"] == "gzip"


def test_a_closed_transport_refuses_requests() -> None:
    transport = ThreadedAsyncTransport(1, transport=Echo())

    async def main() -> None:
        await transport.aclose()
        await get(transport, 1)

    with pytest.raises(httpx.ConnectError, match="closed"):
        asyncio.run(main())


@pytest.mark.parametrize("workers", [0, -1, 1.5, True, "4"])
def test_max_workers_must_be_a_positive_int(workers: object) -> None:
    with pytest.raises(kalshi.InvalidValue, match="max_workers"):
        ThreadedAsyncTransport(workers)  # type: ignore[arg-type]
    with pytest.raises(kalshi.InvalidValue, match="first_workers"):
        ThreadedAsyncTransport(4, first_workers=workers)  # type: ignore[arg-type]


@pytest.mark.parametrize("seconds", [-0.1, float("nan"), "1", None])
def test_grow_after_must_be_seconds(seconds: object) -> None:
    with pytest.raises(kalshi.InvalidValue, match="grow_after"):
        ThreadedAsyncTransport(4, grow_after=seconds)  # type: ignore[arg-type]


def test_transport_and_httpx_arguments_do_not_mix() -> None:
    with pytest.raises(kalshi.ConfigurationError, match="retries"):
        ThreadedAsyncTransport(2, transport=Echo(), retries=1)
    with pytest.raises(kalshi.InvalidType, match="BaseTransport"):
        ThreadedAsyncTransport(2, transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]


def test_the_client_default_runs_requests_on_it() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(threading.current_thread().name)
        return httpx.Response(200, json={"balance": 5, "portfolio_value": 0, "updated_ts": 1})

    async def main() -> int | Unset:
        client = kalshi.AsyncKalshiClient(
            base_url="http://test/trade-api/v2",
            rate_limit=False,
            transport=ThreadedAsyncTransport(2, transport=httpx.MockTransport(answer)),
        )
        async with client:
            balance = await client.portfolio.get_balance()
        return balance.balance

    assert asyncio.run(main()) == 5
    assert seen and all(name.startswith("kalshi-http") for name in seen)
