"""Point 4's check: a book streamed from the fake exchange is REST's GetMarketOrderbook,
after a run of trades, sync and async."""

from __future__ import annotations

from typing import Any

from kalshi_api.models import DecreaseOrderV2Request
from kalshi_ws.models import OrderbookDelta, OrderbookSnapshot

from ..conftest import present
from .conftest import Harness, T, U, World, run, streamed


def trade_run(world: World) -> None:
    """Orders from two members: fills across levels, resting, amend, decrease, cancel, IOC."""
    alice, bob = world.rest, world.bob_rest
    alice.place_order(T, side="bid", count=70, price="0.45")  # takes 0.44, rests 10 at 0.45
    resting = bob.place_order(T, side="ask", count=30, price="0.47")
    bob.place_order(T, side="ask", count=5, price="0.45")  # fills alice's rest
    alice.place_order(
        U, side="ask", count="12.5", price="0.39", time_in_force="immediate_or_cancel"
    )
    kept = alice.place_order(T, side="bid", count=20, price="0.30")
    alice.amend_order(present(kept.order_id), ticker=T, side="bid", price="0.42", count=25)
    bob.cancel_order(str(resting.order_id))
    alice.orders.decrease_order_v2(str(kept.order_id), body=DecreaseOrderV2Request(reduce_by="5"))
    bob.place_order(T, side="ask", count=90, price="0.40")  # sweeps bids down to 0.40


def test_a_streamed_book_is_rests_book_after_a_run_of_trades(
    harness: Harness, world: World
) -> None:
    async def body() -> None:
        await harness.open()
        books = {ticker: await harness.book(ticker) for ticker in (T, U)}
        assert streamed(books[T]) == world.rest_book(T)  # from the snapshot
        trade_run(world)
        await harness.barrier()
        for ticker, book in books.items():
            assert streamed(book) == world.rest_book(ticker), ticker
        assert books[T].updates > 1  # deltas were applied, not only a snapshot
        await harness.close()

    run(body())


def test_books_in_yes_prices_read_the_same_market(harness: Harness, world: World) -> None:
    async def body() -> None:
        await harness.open()
        book = await harness.book(T, use_yes_price=True)
        trade_run(world)
        await harness.barrier()
        rest = world.rest_book(T)
        assert book.levels("yes") == rest["yes"]
        one = 1
        assert [(one - p, c) for p, c in book.levels("no")] == rest["no"]
        assert book.best_ask == one - rest["no"][0][0]
        await harness.close()

    run(body())


def test_deltas_name_the_client_order_id_only_to_whoever_caused_them(world: World) -> None:
    async def body() -> None:
        own, other = await world.raw(world.alice), await world.raw(world.bob)
        for ws in (own, other):
            await ws.send(_subscribe(T))
            assert (await _json(ws))["type"] == "subscribed"
            assert (await _json(ws))["type"] == "orderbook_snapshot"
        ack = world.rest.place_order(T, side="bid", count=3, price="0.42")
        seen_own, seen_other = await _json(own), await _json(other)
        assert seen_own["msg"]["client_order_id"] == ack.client_order_id
        assert "client_order_id" not in seen_other["msg"]
        assert seen_own["msg"]["delta_fp"] == "3.00" and seen_own["msg"]["side"] == "yes"
        await own.close()
        await other.close()

    run(body())


def test_a_snapshot_leaves_out_an_empty_side(world: World) -> None:
    world.exchange.add_market("KXFAKE-26DEC01-EMPTY")
    world.exchange.seed_liquidity("KXFAKE-26DEC01-EMPTY", bids=[("0.20", 5)])

    async def body() -> None:
        ws = await world.raw()
        await ws.send(_subscribe("KXFAKE-26DEC01-EMPTY"))
        await _json(ws)
        snapshot = await _json(ws)
        assert present(OrderbookSnapshot.from_dict(snapshot).msg).yes_dollars_fp == [
            ["0.2000", "5.00"]
        ]
        assert "no_dollars_fp" not in snapshot["msg"]
        world.rest.place_order("KXFAKE-26DEC01-EMPTY", side="ask", count=5, price="0.20")
        delta = OrderbookDelta.from_dict(await _json(ws))
        moved = present(delta.msg)
        assert (moved.side, moved.price_dollars, moved.delta_fp) == (
            "yes",
            "0.2000",
            "-5.00",
        )
        await ws.close()

    run(body())


def _subscribe(ticker: str) -> str:
    import json

    return json.dumps(
        {
            "id": 1,
            "cmd": "subscribe",
            "params": {"channels": ["orderbook_delta"], "market_ticker": ticker},
        }
    )


async def _json(ws: Any) -> dict[str, Any]:
    from .conftest import receive

    return await receive(ws)
