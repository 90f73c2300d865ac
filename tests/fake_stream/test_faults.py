"""Injected stream faults: each makes the client mark the loss with the right `Resync` and
recover, after which the book is REST's again; seeded runs repeat."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from kalshi.stream import OrderBook, Resync
from kalshi.testing._stream._faults import StreamFault, StreamFaults
from kalshi_ws.models import OrderbookDelta, OrderbookSnapshot

from .conftest import Harness, T, World, run, streamed


async def follow(harness: Harness, sub: Any, book: OrderBook) -> Resync | None:
    """Apply `sub`'s messages to `book` until a fresh snapshot follows a marker; the marker.

    After a marker the next book message must be a snapshot: the client delivers no delta
    between a loss and the snapshot that repairs it."""
    marker: Resync | None = None
    while True:
        message = await harness.on(sub, "get", 10)
        if isinstance(message, Resync):
            marker = message
        elif isinstance(message, OrderbookSnapshot):
            book.apply_snapshot(message.msg, message.seq)
            if marker is not None:
                return marker
        elif isinstance(message, OrderbookDelta):
            assert marker is None, "a delta was delivered between a loss and its snapshot"
            book.apply_delta(message.msg, message.seq)


async def drain(harness: Harness, sub: Any, book: OrderBook) -> None:
    """Apply what is already waiting (after a barrier: everything published so far)."""
    while sub.pending():
        message = await harness.on(sub, "get", 1)
        assert not isinstance(message, Resync), message
        if isinstance(message, OrderbookSnapshot):
            book.apply_snapshot(message.msg, message.seq)
        elif isinstance(message, OrderbookDelta):
            book.apply_delta(message.msg, message.seq)


FAULTS = {
    "skip_seq_rate": "gap",
    "repeat_seq_rate": "duplicate",
    "terminal_rate": "terminal_error",
    "drop_rate": "reconnect",
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_is_marked_and_the_book_recovers(
    harness: Harness, world: World, fault: str
) -> None:
    async def body() -> None:
        await harness.open()
        sub = await harness.do("subscribe", "orderbook_delta", market_tickers=[T])
        book = OrderBook(T)
        first = await harness.on(sub, "get", 5)
        assert isinstance(first, OrderbookSnapshot)
        book.apply_snapshot(first.msg, first.seq)
        world.exchange.inject_stream("orderbook_delta", **{fault: 1.0}, times=1)
        world.rest.place_order(T, side="bid", count=10, price="0.42")  # the faulted delta
        world.bob_rest.place_order(T, side="ask", count=70, price="0.41")  # more deltas
        marker = await follow(harness, sub, book)
        assert marker is not None
        assert marker.reason == FAULTS[fault] and marker.channel == "orderbook_delta"
        if fault == "skip_seq_rate":
            assert marker.received_seq == marker.expected_seq + 1  # type: ignore[operator]
        if fault == "terminal_rate":
            assert marker.code == 25
        world.rest.place_order(T, side="ask", count=3, price="0.45")  # after the repair
        await harness.barrier()
        await drain(harness, sub, book)
        assert streamed(book) == world.rest_book(T)
        assert harness.stream is not None
        assert harness.stream.reconnects == (1 if fault == "drop_rate" else 0)
        await harness.close()

    run(body())


def test_delayed_messages_arrive_late_in_order_and_unmarked(harness: Harness, world: World) -> None:
    async def body() -> None:
        await harness.open()
        sub = await harness.do("subscribe", "orderbook_delta", market_tickers=[T])
        book = OrderBook(T)
        world.exchange.inject_stream("orderbook_delta", delay=0.02)
        for price in ("0.30", "0.31", "0.32"):
            world.rest.place_order(T, side="bid", count=2, price=price)
        await harness.barrier()  # the answer waits behind the delayed messages
        assert sub.pending() == 4  # the snapshot and three deltas, nothing lost or marked
        await drain(harness, sub, book)
        assert streamed(book) == world.rest_book(T)
        await harness.close()

    run(body())


def test_random_faults_never_leave_a_wrong_book(
    harness: Harness, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kalshi")

    async def body() -> None:
        await harness.open()
        book = await harness.book(T)
        world.exchange.inject_stream(
            "orderbook_delta", skip_seq_rate=0.2, repeat_seq_rate=0.2, terminal_rate=0.1
        )
        for n in range(12):
            who = world.rest if n % 2 else world.bob_rest
            who.place_order(T, side="bid" if n % 3 else "ask", count=n + 1, price=f"0.{38 + n % 8}")
        world.exchange.clear_faults()
        world.rest.place_order(T, side="bid", count=1, price="0.20")
        await harness.barrier()
        if harness.mode == "async":
            await book.ready(10)
        else:
            await harness.on(book, "wait_ready", 10)
        assert streamed(book) == world.rest_book(T)
        await harness.close()

    run(body())
    losses = {
        r.args[2]  # type: ignore[index]
        for r in caplog.records
        if r.msg.startswith("stream: %s sid=%s: %s")
    }
    assert losses >= {"gap", "duplicate"}, caplog.text  # the seed makes both happen


def test_stream_faults_are_seeded() -> None:
    def draws(seed: int) -> list[Any]:
        faults = StreamFaults(seed)
        faults.by_channel["*"] = StreamFault(skip_seq_rate=0.3, drop_rate=0.1, repeat_seq_rate=0.2)
        return [faults.decide("trade", sequenced=True)[0] for _ in range(50)]

    assert draws(3) == draws(3)
    assert draws(3) != draws(4)
    assert {f for f in draws(3) if f is not None}  # some fire


def test_times_limits_a_fault_and_unsequenced_channels_skip_nothing() -> None:
    faults = StreamFaults(0)
    faults.by_channel["fill"] = StreamFault(skip_seq_rate=1.0, drop_rate=1.0, times=1)
    assert faults.decide("fill", sequenced=False)[0] is not None  # the drop
    assert faults.decide("fill", sequenced=False)[0] is None  # spent
    faults.by_channel["ticker"] = StreamFault(skip_seq_rate=1.0, repeat_seq_rate=1.0)
    assert faults.decide("ticker", sequenced=False) == (None, 0.0)
