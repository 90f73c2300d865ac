"""Fixtures for the fake exchange's stream: an exchange served on 127.0.0.1, two members,
raw WebSocket connections, and one harness for the synchronous and asynchronous streams."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine, Iterator
from decimal import Decimal
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from kalshi import AsyncKalshiClient, KalshiAuth, KalshiClient
from kalshi.stream import AsyncStream, Backoff, OrderBook, Stream, handshake_headers
from kalshi.testing import Credentials, FakeExchange, Served

T = "KXFAKE-26DEC01-T50"  # the market most tests trade
U = "KXFAKE-26DEC01-T60"
FAST = Backoff(base=0.01, cap=0.05)


def run(coroutine: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
    """Run one async test body, failing it (not hanging) after `timeout` seconds."""
    return asyncio.run(asyncio.wait_for(coroutine, timeout))


class World:
    """An exchange with two markets with house liquidity, served; `alice` streams, `bob`
    trades against her."""

    def __init__(self, exchange: FakeExchange, served: Served) -> None:
        self.exchange = exchange
        self.served = served
        self.alice = exchange.add_user(balance="1000")
        self.bob = exchange.add_user(balance="1000")
        self.rest = self.client(self.alice)
        self.bob_rest = self.client(self.bob)

    def client(self, who: Credentials) -> KalshiClient:
        return KalshiClient(who.key_id, who.private_key_pem, base_url=self.served)

    def rest_book(self, ticker: str = T) -> dict[str, list[tuple[Decimal, Decimal]]]:
        """REST GetMarketOrderbook, as (price, contracts) best first per side."""
        book = self.rest.market.get_market_orderbook(ticker).orderbook_fp
        assert book is not None
        return {
            side: [(Decimal(p), Decimal(c)) for p, c in getattr(book, f"{side}_dollars") or []]
            for side in ("yes", "no")
        }

    async def raw(self, who: Credentials | None = None) -> ClientConnection:
        """A bare WebSocket connection with a signed handshake (no stream client in between)."""
        who = who or self.alice
        auth = KalshiAuth(who.key_id, who.private_key_pem)
        url = self.served.ws_url
        return await connect(url, additional_headers=handshake_headers(auth, url))


def streamed(book: OrderBook) -> dict[str, list[tuple[Decimal, Decimal]]]:
    return {side: book.levels(side) for side in ("yes", "no")}


async def receive(ws: ClientConnection, timeout: float = 5) -> dict[str, Any]:
    message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
    assert isinstance(message, dict)
    return message


async def command(ws: ClientConnection, **payload: Any) -> None:
    await ws.send(json.dumps(payload))


@pytest.fixture
def exchange() -> FakeExchange:
    exchange = FakeExchange(seed=7)
    for ticker in (T, U):
        exchange.add_market(ticker)
        exchange.seed_liquidity(
            ticker, bids=[("0.40", 100), ("0.41", 50)], asks=[("0.44", 60), ("0.46", 80)]
        )
    return exchange


@pytest.fixture
def world(exchange: FakeExchange) -> Iterator[World]:
    with exchange.serve() as served:
        yield World(exchange, served)


class Harness:
    """One test body for both streams: `async` awaits AsyncStream directly; `sync` runs the
    blocking Stream methods in a worker thread (the Stream has its own loop thread)."""

    def __init__(self, mode: str, world: World) -> None:
        self.mode = mode
        self.world = world
        self.stream: AsyncStream | Stream | None = None

    async def open(self, who: Credentials | None = None, **options: Any) -> None:
        who = who or self.world.alice
        options.setdefault("backoff", FAST)
        key = (who.key_id, who.private_key_pem)
        if self.mode == "async":
            client = AsyncKalshiClient(*key, base_url=self.world.served)
            self.stream = client.stream(**options)
        else:
            self.stream = KalshiClient(*key, base_url=self.world.served).stream(**options)
        await self.do("connect")

    async def do(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.stream, name)
        if isinstance(self.stream, AsyncStream):
            return await method(*args, **kwargs)
        return await asyncio.to_thread(method, *args, **kwargs)

    async def on(self, sub: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call a subscription's method (`get`, `add_markets`, ...) in the harness's way."""
        method = getattr(sub, name)
        if isinstance(self.stream, AsyncStream):
            return await method(*args, **kwargs)
        return await asyncio.to_thread(method, *args, **kwargs)

    async def book(self, ticker: str = T, **params: Any) -> OrderBook:
        book: OrderBook = await self.do("order_book", ticker, **params)
        if self.mode == "async":
            return await book.ready(5)
        return await asyncio.to_thread(book.wait_ready, 5)

    async def barrier(self) -> None:
        """A command round trip: the server answers in order, so every message published
        before it (by REST calls that have returned) has been read when this returns."""
        await self.do("list_subscriptions")

    async def next_of(self, sub: Any, kind: type, timeout: float = 5) -> Any:
        """The next message of `kind` on `sub`, skipping others."""
        while True:
            message = await self.on(sub, "get", timeout)
            if isinstance(message, kind):
                return message

    async def close(self) -> None:
        if self.stream is not None:
            await self.do("close")


@pytest.fixture(params=["async", "sync"])
def harness(request: pytest.FixtureRequest, world: World) -> Harness:
    return Harness(str(request.param), world)
