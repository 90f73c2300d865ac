"""The stream client against the independent server, synchronous and asynchronous alike."""

from __future__ import annotations

import asyncio
import gc
import logging
import random
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from websockets.protocol import State

from kalshi.stream import (
    Backoff,
    CommandError,
    Resync,
    StreamClosedError,
    StreamConnectionError,
    StreamHandshakeError,
)
from kalshi_ws.models import (
    ListSubscriptionsResponseMsgItem,
    OkResponse,
    OrderbookDelta,
    OrderbookSnapshot,
    Ticker,
)

from ..conftest import pem_of, present
from .conftest import Harness, run, until
from .server import KalshiLikeServer

T = "KXTEST-26JAN01-T50"
U = "KXTEST-26JAN01-T60"

Body = Callable[[Harness], Awaitable[None]]


def scenario(harness: Harness, body: Body, **options: Any) -> None:
    async def main() -> None:
        await harness.open(**options)
        try:
            await body(harness)
        finally:
            await harness.close()

    run(main())


def seed(server: KalshiLikeServer, ticker: str = T) -> None:
    server.set_level(ticker, "yes", "0.4000", "100.00")
    server.set_level(ticker, "yes", "0.4200", "25.00")
    server.set_level(ticker, "no", "0.5500", "10.00")


def levels(server: KalshiLikeServer, ticker: str, side: str) -> list[tuple[Decimal, Decimal]]:
    return sorted(server.books[ticker][side].items(), reverse=True)


# --------------------------------------------------------------------------- handshake


def test_handshake_is_signed_over_the_ws_path(harness: Harness, server: KalshiLikeServer) -> None:
    async def body(h: Harness) -> None:
        assert len(server.handshakes) == 1
        assert server.handshakes[0]["path"] == "/trade-api/ws/v2"
        assert server.handshakes[0]["key"] == "stream-test-key"

    scenario(harness, body)
    assert server.refused == 0


def test_a_bad_signature_is_refused(harness: Harness, server: KalshiLikeServer) -> None:
    other = pem_of(rsa.generate_private_key(65537, 2048))

    async def main() -> None:
        with pytest.raises(StreamHandshakeError) as caught:
            await harness.open(key_pem=other)
        assert caught.value.status_code == 401
        assert "BEGIN" not in str(caught.value)

    run(main())
    assert server.refused == 1 and server.handshakes == []


# --------------------------------------------------------------------------- commands


def test_subscribe_update_list_unsubscribe(harness: Harness, server: KalshiLikeServer) -> None:
    seed(server)
    seed(server, U)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        first = await sub.get()
        assert isinstance(first, OrderbookSnapshot) and present(first.msg).market_ticker == T
        assert sub.sid == first.sid

        answer = await sub.call("add_markets", [U])
        assert isinstance(answer, OkResponse)
        assert present(answer.msg).market_tickers == [T, U]
        assert sub.raw.market_tickers == [T, U]
        snapshot_u = await sub.get()
        assert (
            isinstance(snapshot_u, OrderbookSnapshot) and present(snapshot_u.msg).market_ticker == U
        )

        await sub.call("get_snapshot", [T])
        again = await sub.get()
        assert isinstance(again, OrderbookSnapshot) and present(again.msg).market_ticker == T

        ticker_sub = await h.subscribe("ticker", market_tickers=[T])
        listed = await h.list_subscriptions()
        assert all(isinstance(item, ListSubscriptionsResponseMsgItem) for item in listed)
        assert {(item.channel, item.sid) for item in listed} == {
            ("orderbook_delta", sub.sid),
            ("ticker", ticker_sub.sid),
        }

        await sub.call("delete_markets", [U])
        assert sub.raw.market_tickers == [T]
        await sub.call("unsubscribe")
        with pytest.raises(StopAsyncIteration):  # (StopIteration from the sync facade)
            await sub.get()
        listed = await h.list_subscriptions()
        assert [(item.channel, item.sid) for item in listed] == [("ticker", ticker_sub.sid)]

    scenario(harness, body)
    assert [c["params"]["sids"] for c in server.commands_named("unsubscribe")] == [[1]]


def test_answers_are_matched_by_id(harness: Harness, server: KalshiLikeServer) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("ticker", market_tickers=[T])
        server.reverse_next_answers = True  # the second command is answered first
        update, listed = await asyncio.gather(sub.call("add_markets", [U]), h.list_subscriptions())
        assert isinstance(update, OkResponse) and present(update.msg).market_tickers == [T, U]
        assert [(item.channel, item.sid) for item in listed] == [("ticker", sub.sid)]

    scenario(harness, body)
    ids = [c["id"] for c in server.commands]
    assert len(ids) == len(set(ids))


def test_error_answers_raise_typed_errors(harness: Harness, server: KalshiLikeServer) -> None:
    async def body(h: Harness) -> None:
        with pytest.raises(CommandError) as caught:
            await h.subscribe("no_such_channel")
        assert caught.value.code == 8
        assert caught.value.name == "Unknown channel name"
        assert caught.value.message == "Unknown channel name"
        assert not caught.value.terminal
        assert h.stream is not None and h.stream.subscriptions == []

        sub = await h.subscribe("ticker", market_tickers=[T])
        with pytest.raises(CommandError) as caught:
            await sub.call("update", "bogus_action")
        assert caught.value.code == 13 and caught.value.command == "update_subscription"

    scenario(harness, body)


def test_ticker_messages_are_typed_without_seq(harness: Harness, server: KalshiLikeServer) -> None:
    async def body(h: Harness) -> None:
        sub = await h.subscribe("ticker", market_tickers=[T])
        stream = h.stream
        assert stream is not None
        server.ticker(T, "0.4100")
        message = await sub.get()
        assert isinstance(message, Ticker) and present(message.msg).price_dollars == "0.4100"
        assert message.sid == sub.sid and "seq" not in message.to_dict()
        await sub.call("unsubscribe")

    scenario(harness, body)
    assert server.commands_named("unsubscribe")


# --------------------------------------------------------------------------- never silently wrong


def test_seq_gap_gives_a_marker_then_a_fresh_snapshot(
    harness: Harness, server: KalshiLikeServer, caplog: pytest.LogCaptureFixture
) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        assert isinstance(await sub.get(), OrderbookSnapshot)
        server.delta(T, "yes", "0.4000", "5.00")
        assert isinstance(await sub.get(), OrderbookDelta)
        server.skip_seq("orderbook_delta", T)
        server.delta(T, "yes", "0.4000", "-5.00")  # arrives with seq 4 where 3 was due
        marker = await sub.get()
        assert marker == Resync("gap", "orderbook_delta", sub.sid, expected_seq=3, received_seq=4)
        snapshot = await sub.get()
        assert isinstance(snapshot, OrderbookSnapshot)
        assert snapshot.seq == 5  # the snapshot continues the sid's sequence
        server.delta(T, "no", "0.5500", "1.00")
        after = await sub.get()
        assert isinstance(after, OrderbookDelta) and after.seq == 6

    with caplog.at_level(logging.WARNING, logger="kalshi"):
        scenario(harness, body)
    assert any("gap" in r.getMessage() for r in caplog.records if r.name == "kalshi")
    actions = [c["params"]["action"] for c in server.commands_named("update_subscription")]
    assert actions == ["get_snapshot"]


def test_duplicate_seq_is_dropped_marked_and_resynced(
    harness: Harness, server: KalshiLikeServer
) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        book = await h.order_book(T)
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        await sub.get()
        server.delta(T, "yes", "0.4200", "10.00")
        assert isinstance(await sub.get(), OrderbookDelta)
        server.repeat_last("orderbook_delta", T)  # the same delta, same seq, on both sids
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "duplicate"
        assert (marker.expected_seq, marker.received_seq) == (3, 2)
        assert isinstance(await sub.get(), OrderbookSnapshot)
        await h.ready(book)
        assert book.levels("yes") == levels(server, T, "yes")  # applied once, not twice
        assert book.best("yes") == (Decimal("0.4200"), Decimal("35.00"))

    scenario(harness, body)


def test_terminal_error_resubscribes(
    harness: Harness, server: KalshiLikeServer, caplog: pytest.LogCaptureFixture
) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        await sub.get()
        old = sub.sid
        server.terminal_error("orderbook_delta", T, code=25)
        marker = await sub.get()
        assert marker == Resync("terminal_error", "orderbook_delta", old, code=25)
        snapshot = await sub.get()
        assert isinstance(snapshot, OrderbookSnapshot)
        assert sub.sid == snapshot.sid and sub.sid != old
        server.delta(T, "yes", "0.4000", "1.00")
        delta = await sub.get()
        assert isinstance(delta, OrderbookDelta) and delta.sid == sub.sid

    with caplog.at_level(logging.WARNING, logger="kalshi"):
        scenario(harness, body)
    assert len(server.commands_named("subscribe")) == 2
    assert any("terminal error 25" in r.getMessage() for r in caplog.records)


def test_reconnect_restores_subscriptions_with_new_sids(
    harness: Harness, server: KalshiLikeServer, caplog: pytest.LogCaptureFixture
) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        book_sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        ticker_sub = await h.subscribe("ticker", market_tickers=[T])
        await book_sub.get()
        book = await h.order_book(T)
        await h.ready(book)
        old = {book_sub.sid, ticker_sub.sid}

        server.drop_connections()
        marker = await book_sub.get()
        assert isinstance(marker, Resync) and marker.reason == "reconnect"
        assert marker.sid in old
        ticker_marker = await ticker_sub.get()
        assert isinstance(ticker_marker, Resync) and ticker_marker.reason == "reconnect"

        snapshot = await book_sub.get()
        assert isinstance(snapshot, OrderbookSnapshot)
        await h.ready(book)
        await h.server_sees(lambda: len(server.handshakes) == 2)
        assert h.reconnects == 1
        server.ticker(T, "0.4300")
        assert isinstance(await ticker_sub.get(), Ticker)
        new = {book_sub.sid, ticker_sub.sid}
        assert new.isdisjoint(old) and None not in new
        server.delta(T, "no", "0.5500", "-10.00")
        assert isinstance(await book_sub.get(), OrderbookDelta)

    with caplog.at_level(logging.INFO, logger="kalshi"):
        scenario(harness, body)
    messages = [r.getMessage() for r in caplog.records if r.name == "kalshi"]
    assert any("lost" in m for m in messages)
    assert any("subscribed again: sid" in m for m in messages)
    # the second handshake was signed afresh
    assert server.handshakes[0]["timestamp"] <= server.handshakes[1]["timestamp"]


def never_retrieved(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What asyncio reported of futures failed and then collected with nobody having looked
    (collected first, so that nothing is still waiting to be reported)."""
    gc.collect()
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "asyncio" and "never retrieved" in r.getMessage()
    ]


def test_replies_lost_with_the_connection_fail_their_callers_and_nothing_else(
    harness: Harness, server: KalshiLikeServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A drop fails every pending reply: one whose command waits for its answer, and one whose
    command is still being written (the connection already closing). Both callers get a
    `StreamConnectionError`; no reply is left failed with nobody to retrieve its error."""
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        assert isinstance(await sub.get(), OrderbookSnapshot)
        server.hold_snapshots = True
        answering = asyncio.ensure_future(sub.call("get_snapshot", [T]))
        await h.server_sees(lambda: len(server.commands_named("update_subscription")) == 1)
        server.announce_close()
        await until(lambda: h.connection_state() is State.CLOSING)
        sending = asyncio.ensure_future(h.list_subscriptions())
        await until(lambda: h.commands_waiting() == 2)
        server.drop_connections()
        for call in (answering, sending):
            with pytest.raises(StreamConnectionError):
                await call
        del answering, sending, call  # their errors' frames hold the reply futures
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "reconnect"
        assert isinstance(await sub.get(), OrderbookSnapshot)  # subscribed again
        assert [item.channel for item in await h.list_subscriptions()] == ["orderbook_delta"]

    with caplog.at_level(logging.ERROR, logger="asyncio"):
        scenario(harness, body)
        assert never_retrieved(caplog) == []


@pytest.mark.parametrize("ending", ["refused", "closed"])
def test_a_command_waiting_for_a_reconnect_fails_when_the_stream_ends(
    harness: Harness, server: KalshiLikeServer, caplog: pytest.LogCaptureFixture, ending: str
) -> None:
    """A command made while the stream reconnects waits to be sent; when the reconnect is
    refused (401) or the stream is closed instead, it raises `StreamClosedError` rather than
    waiting for ever with its failed reply uncollected."""

    async def body(h: Harness) -> None:
        sub = await h.subscribe("ticker", market_tickers=[T])
        server.unavailable = True  # reconnect attempts fail, and are tried again
        server.drop_connections()
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "reconnect"
        waiting = asyncio.ensure_future(h.list_subscriptions())
        await until(lambda: h.commands_waiting() == 1)
        if ending == "refused":
            server.key_id = "revoked"
            server.unavailable = False
        else:
            await h.close()
        with pytest.raises(StreamClosedError) as caught:
            await asyncio.wait_for(waiting, 10)
        if ending == "refused":
            assert isinstance(caught.value.__cause__, StreamHandshakeError)
        del waiting, caught

    with caplog.at_level(logging.ERROR, logger="asyncio"):
        scenario(harness, body)
        assert never_retrieved(caplog) == []


def test_an_unparsable_message_is_a_loss_too(harness: Harness, server: KalshiLikeServer) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        await sub.get()
        server.broken_delta(T)
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "unparsable"
        assert isinstance(await sub.get(), OrderbookSnapshot)

    scenario(harness, body)


def test_a_refused_reconnect_ends_the_stream(harness: Harness, server: KalshiLikeServer) -> None:
    async def body(h: Harness) -> None:
        sub = await h.subscribe("ticker", market_tickers=[T])
        server.key_id = "revoked"  # the key no longer signs a valid handshake
        server.drop_connections()
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "reconnect"
        with pytest.raises(StreamClosedError) as caught:
            await sub.get()
        assert isinstance(caught.value.__cause__, StreamHandshakeError)
        assert caught.value.__cause__.status_code == 401

    scenario(harness, body)
    assert server.refused == 1


def test_backoff_is_full_jitter_under_a_cap() -> None:
    backoff = Backoff(base=0.5, cap=4.0)
    random.seed(7)
    waits = [[backoff.delay(attempt) for _ in range(200)] for attempt in range(6)]
    for attempt, samples in enumerate(waits):
        bound = min(4.0, 0.5 * 2**attempt)
        assert all(0 <= w <= bound for w in samples)
        assert max(samples) > bound * 0.9  # the whole range is used, not a fixed step


def test_slow_consumer_overflows_into_a_marker(
    harness: Harness, server: KalshiLikeServer, caplog: pytest.LogCaptureFixture
) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        sentinel = await h.subscribe("ticker", market_tickers=[T])
        for i in range(40):
            server.delta(T, "yes", "0.4000", "1.00" if i % 2 == 0 else "-1.00")
        server.ticker(T, "0.4000")  # sent after every delta on the same connection
        assert isinstance(await sentinel.get(), Ticker)
        assert sub.pending() <= 8  # bounded, however far behind the consumer is
        first = await sub.get()
        assert isinstance(first, Resync) and first.reason == "overflow"
        assert sub.raw.overflows >= 1
        # after every marker, a snapshot comes before any delta
        needs_snapshot, item = True, None
        while needs_snapshot or sub.pending():
            item = await sub.get()
            if isinstance(item, Resync):
                needs_snapshot = True
            elif isinstance(item, OrderbookSnapshot):
                needs_snapshot = False
            else:
                assert isinstance(item, OrderbookDelta) and not needs_snapshot

    with caplog.at_level(logging.WARNING, logger="kalshi"):
        scenario(harness, body, max_queue=8)
    assert any("behind" in r.getMessage() for r in caplog.records)


def test_an_overflow_after_the_requested_snapshot_gets_a_snapshot_of_its_own(
    harness: Harness, server: KalshiLikeServer
) -> None:
    """A marker put while a snapshot request is under way, but after its snapshot, is followed
    by a fresh snapshot too: here the requested snapshot itself overflows the queue."""
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])  # holds the snapshot
        sentinel = await h.subscribe("ticker", market_tickers=[T])
        server.hold_snapshots = True
        server.delta(T, "yes", "0.4000", "1.00")  # the queue is full: [snapshot, delta]
        server.delta(T, "yes", "0.4000", "-1.00")  # overflow: [marker]; a snapshot is asked for
        await h.server_sees(lambda: len(server.commands_named("update_subscription")) == 1)
        server.skip_seq("orderbook_delta", T)
        server.delta(T, "no", "0.5500", "1.00")  # a gap: [marker, marker], the queue is full
        server.release_snapshots()  # the requested snapshot overflows: [marker]
        server.ticker(T, "0.4000")
        assert isinstance(await sentinel.get(), Ticker)  # every frame before it is handled
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "overflow"
        snapshot = await sub.get()
        assert isinstance(snapshot, OrderbookSnapshot)
        assert present(snapshot.msg).no_dollars_fp == [
            ["0.5500", "11.00"]
        ]  # the book after the gap

    scenario(harness, body, max_queue=2)


def test_after_an_overflow_a_consumer_that_stopped_reading_gets_one_snapshot(
    harness: Harness, server: KalshiLikeServer
) -> None:
    """With no room for a snapshot behind the marker, it is asked for once the consumer takes
    the marker, not again and again while nobody reads."""
    seed(server)

    async def body(h: Harness) -> None:
        sub = await h.subscribe("orderbook_delta", market_tickers=[T])
        sentinel = await h.subscribe("ticker", market_tickers=[T])
        server.delta(T, "yes", "0.4000", "1.00")  # overflow: [marker], full
        server.ticker(T, "0.4000")
        assert isinstance(await sentinel.get(), Ticker)
        marker = await sub.get()
        assert isinstance(marker, Resync) and marker.reason == "overflow"
        assert isinstance(await sub.get(), OrderbookSnapshot)
        assert len(server.commands_named("update_subscription")) == 1

    scenario(harness, body, max_queue=1)


def test_get_returns_a_waiting_message_even_with_no_time_left(
    harness: Harness, server: KalshiLikeServer
) -> None:
    async def body(h: Harness) -> None:
        first = await h.subscribe("ticker", market_tickers=[T])
        second = await h.subscribe("ticker", market_tickers=[T])  # served after `first`
        with pytest.raises(TimeoutError):
            await first.get(0)
        server.ticker(T, "0.4000")
        server.ticker(T, "0.4100")
        assert isinstance(await second.get(), Ticker)
        assert isinstance(await second.get(), Ticker)  # both are waiting in `first` too
        assert [(await first.get(0)).msg.price_dollars for _ in range(2)] == ["0.4000", "0.4100"]
        with pytest.raises(TimeoutError):
            await first.get(0)  # a timeout takes nothing away
        server.ticker(T, "0.4200")
        assert (await first.get()).msg.price_dollars == "0.4200"

    scenario(harness, body)


# --------------------------------------------------------------------------- books


def test_book_from_snapshot_and_deltas(harness: Harness, server: KalshiLikeServer) -> None:
    seed(server)
    rng = random.Random(13)

    async def body(h: Harness) -> None:
        book = await h.order_book(T)
        await h.ready(book)
        assert book.best_bid == Decimal("0.42")
        assert book.best_ask == Decimal("0.45")  # 1 - best NO bid 0.55
        assert book.spread == Decimal("0.03")
        for _ in range(300):
            side = rng.choice(["yes", "no"])
            price = f"0.{rng.randint(30, 60):02d}00"
            current = server.book(T)[side].get(Decimal(price), Decimal(0))
            change = rng.choice(["5.00", "12.50", "0.01"])
            delta = f"-{current:.2f}" if current and rng.random() < 0.3 else change
            server.delta(T, side, price, delta)
        sub = await h.subscribe("ticker", market_tickers=[T])
        server.ticker(T, "0.5000")
        await sub.get()  # every delta before it has been applied
        assert book.levels("yes") == levels(server, T, "yes")
        assert book.levels("no") == levels(server, T, "no")
        assert all(isinstance(p, Decimal) and isinstance(s, Decimal) for p, s in book.levels("no"))
        yes_best = max(server.books[T]["yes"])
        no_best = max(server.books[T]["no"])
        assert book.best_bid == yes_best and book.best_ask == 1 - no_best
        assert book.depth("yes") == sum(server.books[T]["yes"].values())
        assert book.depth("no", 2) == sum(s for _, s in levels(server, T, "no")[:2])
        assert book.last_update is not None and book.last_update_ts_ms == 1_767_225_600_000
        assert book.updates == 301

    scenario(harness, body)


def test_empty_side_and_emptied_levels(harness: Harness, server: KalshiLikeServer) -> None:
    server.set_level(T, "yes", "0.1000", "3.00")  # no NO side: the snapshot omits its key

    async def body(h: Harness) -> None:
        book = await h.order_book(T)
        await h.ready(book)
        assert book.best("no") is None and book.best_ask is None and book.spread is None
        assert book.levels("yes") == [(Decimal("0.1"), Decimal("3"))]
        server.delta(T, "yes", "0.1000", "-3.00")
        server.delta(T, "no", "0.8500", "2.00")
        sub = await h.subscribe("ticker", market_tickers=[T])
        server.ticker(T, "0.1")
        await sub.get()
        assert book.levels("yes") == [] and book.best_bid is None
        assert book.best_ask == Decimal("0.15")

    scenario(harness, body)


def test_book_waits_for_its_snapshot_after_a_loss(
    harness: Harness, server: KalshiLikeServer
) -> None:
    seed(server)

    async def body(h: Harness) -> None:
        book = await h.order_book(T)
        await h.ready(book)
        stream = h.stream
        assert stream is not None
        server.terminal_error("orderbook_delta", T, code=10)
        await h.server_sees(lambda: len(server.commands_named("subscribe")) == 2)
        await h.ready(book)
        server.delta(T, "yes", "0.4200", "-25.00")
        sub = await h.subscribe("ticker", market_tickers=[T])
        server.ticker(T, "0.4")
        await sub.get()
        assert book.levels("yes") == levels(server, T, "yes")
        assert book.is_ready

    scenario(harness, body)
