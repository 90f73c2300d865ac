"""Fixtures for the stream tests: the independent server, and one harness for both streams."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from websockets.protocol import State

from kalshi import AsyncKalshiClient, KalshiClient
from kalshi.stream import AsyncStream, Backoff, OrderBook, Stream, Subscription, SyncSubscription

from ..conftest import pem_of
from .server import KalshiLikeServer

KEY_ID = "stream-test-key"
FAST = Backoff(base=0.01, cap=0.05)


def run(coroutine: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
    """Run one async test body, failing it (not hanging) after `timeout` seconds."""
    return asyncio.run(asyncio.wait_for(coroutine, timeout))


async def until(predicate: Callable[[], bool], timeout: float = 10) -> None:
    """Wait until `predicate()` holds, looking again at every turn of this loop: for states of
    the client that no event announces (TimeoutError after `timeout` seconds)."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.001)


@pytest.fixture
def server(rsa_key: rsa.RSAPrivateKey) -> Iterator[KalshiLikeServer]:
    server = KalshiLikeServer(KEY_ID, rsa_key.public_key()).start()
    yield server
    server.stop()


_ENDED = object()


class HarnessSub:
    """A subscription seen through the harness: the same awaitables for both kinds."""

    def __init__(self, sub: Subscription | SyncSubscription) -> None:
        self.raw = sub

    async def get(self, timeout: float = 5) -> Any:
        if isinstance(self.raw, Subscription):
            return await self.raw.get(timeout)
        raw = self.raw

        def blocking() -> Any:
            try:
                return raw.get(timeout)
            except StopIteration:  # the sync facade's end; a future cannot carry StopIteration
                return _ENDED

        item = await asyncio.to_thread(blocking)
        if item is _ENDED:
            raise StopAsyncIteration
        return item

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.raw, name)
        if isinstance(self.raw, Subscription):
            return await method(*args, **kwargs)
        return await asyncio.to_thread(method, *args, **kwargs)

    @property
    def sid(self) -> int | None:
        return self.raw.sid

    def pending(self) -> int:
        return self.raw.pending()


class Harness:
    """One test body for both streams: `async` awaits AsyncStream directly; `sync` runs the
    blocking Stream methods in a worker thread (the Stream has its own loop thread)."""

    def __init__(self, mode: str, server: KalshiLikeServer, pem: str) -> None:
        self.mode = mode
        self.server = server
        self.pem = pem
        self.stream: AsyncStream | Stream | None = None

    async def open(self, *, key_pem: str | None = None, **options: Any) -> None:
        options.setdefault("backoff", FAST)
        pem = key_pem or self.pem
        if self.mode == "async":
            client: Any = AsyncKalshiClient(KEY_ID, pem, base_url=self.server.base_url)
            self.stream = client.stream(**options)
            assert isinstance(self.stream, AsyncStream)
            await self.stream.connect()
        else:
            client = KalshiClient(KEY_ID, pem, base_url=self.server.base_url)
            stream = client.stream(**options)
            self.stream = stream
            await asyncio.to_thread(stream.connect)

    async def _do(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.stream, name)
        if isinstance(self.stream, AsyncStream):
            return await method(*args, **kwargs)
        return await asyncio.to_thread(method, *args, **kwargs)

    async def subscribe(self, channel: str, **kwargs: Any) -> HarnessSub:
        return HarnessSub(await self._do("subscribe", channel, **kwargs))

    async def list_subscriptions(self) -> list[Any]:
        return list(await self._do("list_subscriptions"))

    async def order_book(self, ticker: str, **kwargs: Any) -> OrderBook:
        return await self._do("order_book", ticker, **kwargs)  # type: ignore[no-any-return]

    async def ready(self, book: OrderBook, timeout: float = 5) -> OrderBook:
        if self.mode == "async":
            return await book.ready(timeout)
        return await asyncio.to_thread(book.wait_ready, timeout)

    async def server_sees(self, predicate: Callable[[], bool]) -> None:
        """Wait (without blocking this loop) until the server's state satisfies `predicate`."""
        await asyncio.to_thread(self.server.wait_until, predicate)

    @property
    def reconnects(self) -> int:
        assert self.stream is not None
        return self.stream.reconnects

    @property
    def asynchronous(self) -> AsyncStream:
        """The AsyncStream itself (for the sync Stream, the one on its loop thread)."""
        assert self.stream is not None
        return self.stream if isinstance(self.stream, AsyncStream) else self.stream.asynchronous

    def connection_state(self) -> State | None:
        """The state of the client's WebSocket connection (None before it is made)."""
        ws = self.asynchronous._ws
        return None if ws is None else ws.state

    def commands_waiting(self) -> int:
        """Commands sent, or being sent, that have no answer yet (subscribes included)."""
        return len(self.asynchronous._pending)

    async def close(self) -> None:
        if self.stream is not None:
            await self._do("close")


@pytest.fixture(params=["async", "sync"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def harness(mode: str, server: KalshiLikeServer, rsa_key: rsa.RSAPrivateKey) -> Harness:
    return Harness(mode, server, pem_of(rsa_key))
