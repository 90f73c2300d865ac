"""A member's own channels: fills, user_orders and market_positions arrive for its own orders,
carrying the order_id the create response gave, and never another member's."""

from __future__ import annotations

from decimal import Decimal

from kalshi.testing import taker_fee
from kalshi_ws.models import Fill, MarketPosition, UserOrder

from .conftest import Harness, T, World, run


def test_fills_and_order_updates_arrive_for_the_members_own_orders(
    harness: Harness, world: World
) -> None:
    async def body() -> None:
        await harness.open()
        fills = await harness.do("subscribe", "fill")
        orders = await harness.do("subscribe", "user_orders", market_tickers=[T])
        positions = await harness.do("subscribe", "market_positions")
        world.bob_rest.place_order(T, side="bid", count=5, price="0.44")  # not alice's
        ack = world.rest.place_order(T, side="bid", count=70, price="0.45")
        fill = await harness.next_of(fills, Fill)  # the 55 bob left at 0.44; 15 rest at 0.45
        assert fill.msg.order_id == ack.order_id
        assert (fill.msg.yes_price_dollars, fill.msg.count_fp) == ("0.4400", "55.00")
        assert fill.msg.is_taker is True and fill.msg.book_side == "bid"
        fee = taker_fee(Decimal(55), Decimal("0.44"))
        assert fill.msg.post_position_fp == "55.00" and Decimal(fill.msg.fee_cost) == fee
        update = await harness.next_of(orders, UserOrder)
        assert update.msg.order_id == ack.order_id
        assert (update.msg.status, update.msg.fill_count_fp, update.msg.remaining_count_fp) == (
            "resting",
            "55.00",
            "15.00",
        )
        assert update.msg.client_order_id == ack.client_order_id
        position = await harness.next_of(positions, MarketPosition)
        assert (position.msg.market_ticker, position.msg.position_fp) == (T, "55.00")
        assert Decimal(position.msg.position_cost_dollars) == Decimal("24.2")

        world.rest.cancel_order(str(ack.order_id))
        canceled = await harness.next_of(orders, UserOrder)
        assert (canceled.msg.order_id, canceled.msg.status) == (ack.order_id, "canceled")
        await harness.barrier()
        assert fills.pending() == 0  # nothing of bob's came
        await harness.close()

    run(body())


def test_a_fill_as_maker_names_the_resting_order(harness: Harness, world: World) -> None:
    async def body() -> None:
        await harness.open()
        fills = await harness.do("subscribe", "fill", market_tickers=[T])
        resting = world.rest.place_order(T, side="bid", count=4, price="0.43")
        world.bob_rest.place_order(T, side="ask", count=3, price="0.43")
        fill = await harness.next_of(fills, Fill)
        assert (fill.msg.order_id, fill.msg.is_taker, fill.msg.count_fp) == (
            resting.order_id,
            False,
            "3.00",
        )
        assert fill.msg.fee_cost == "0.000000"
        await harness.close()

    run(body())
