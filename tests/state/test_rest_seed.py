"""Seeding and reconciling over REST against the fake exchange: the state equals its truth."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from kalshi import AsyncKalshiClient
from kalshi.money import BookSideName
from kalshi.orders import limit_order
from kalshi.state import AccountState, RestSnapshot, look_up, read_snapshot, reconcile
from kalshi.testing import Credentials, FakeExchange
from kalshi_api.models import CreateOrderV2Response

from ..conftest import present

T = "KXSTATE-26-A"


@pytest.fixture
def exchange() -> FakeExchange:
    ex = FakeExchange()
    ex.add_market(T)
    ex.seed_liquidity(T, bids=[("0.41", 100)], asks=[("0.44", 100)])
    return ex


async def place(client: AsyncKalshiClient, side: BookSideName, count: int, price: str) -> str:
    ack: CreateOrderV2Response = await client.place_order(T, side=side, count=count, price=price)
    return present(ack.order_id)


def test_seeding_over_rest_gives_the_exchanges_truth(exchange: FakeExchange) -> None:
    user: Credentials = exchange.add_user(balance="100")

    async def body() -> None:
        async with exchange.async_client(user) as client:
            bought = await place(client, "bid", 10, "0.44")  # fills at once
            resting = await place(client, "bid", 5, "0.30")
            sold = await place(client, "ask", 3, "0.41")  # fills at once
            state = AccountState()
            report = reconcile(state, await read_snapshot(client, fills_since_s=0))

        assert report.unexplained == [] and report.unresolved == []
        assert [o.order_id for o in state.orders(status="resting")] == [resting]
        only = state.order(resting)
        assert only is not None and only.remaining == 5 and only.price == Decimal("0.30")
        assert sorted(f.order_id or "" for f in state.fills()) == sorted([bought, sold])
        assert sum(f.count for f in state.fills(bought)) == 10
        position = state.position(T)
        assert position is not None and position.position == exchange.position(user, T) == 7
        assert state.balance == exchange.balance(user)
        assert state.reserved == exchange.reserved(user) == Decimal("1.50")

    asyncio.run(body())


def test_a_create_whose_answer_was_lost_is_found_by_client_order_id(
    exchange: FakeExchange,
) -> None:
    user = exchange.add_user(balance="100")

    async def body() -> None:
        async with exchange.async_client(user) as client:
            state = AccountState()
            landed = limit_order(T, side="bid", count=2, price="0.20")
            never_sent = limit_order(T, side="bid", count=2, price="0.21")
            state.record_sent(landed)
            state.record_sent(never_sent)
            await client.orders.create_order_v2(body=landed)  # its answer "lost": not recorded

            report = reconcile(state, await read_snapshot(client, fills_since_s=0))
            # the landed one rests, so the resting list names it by client_order_id already
            assert report.unresolved == [never_sent.client_order_id]
            orders, never_landed = await look_up(client, [], report.unresolved, created_since_s=0)
            assert orders == [] and never_landed == [never_sent.client_order_id]

        found = state.order(str(landed.client_order_id))
        assert found is not None and found.order_id is not None and found.status == "resting"

    asyncio.run(body())


def test_an_order_that_ended_while_blind_is_read_back(exchange: FakeExchange) -> None:
    user = exchange.add_user(balance="100")

    async def body() -> None:
        async with exchange.async_client(user) as client:
            state = AccountState()
            order_id = await place(client, "bid", 4, "0.30")
            reconcile(state, await read_snapshot(client, fills_since_s=0))
            await client.cancel_order(order_id)  # nobody told the state

            report = reconcile(state, await read_snapshot(client, fills_since_s=0))
            assert report.unexplained == [order_id]
            orders, _ = await look_up(client, report.unexplained, [], created_since_s=0)
            reconcile(state, RestSnapshot(orders=orders))

        order = state.order(order_id)
        assert order is not None and order.status == "canceled"

    asyncio.run(body())
