"""Checked by mypy --strict in `make typecheck` (never run): what the typed surface promises."""

from __future__ import annotations

from typing import Any, Literal, assert_type

from kalshi import AsyncKalshiClient, AsyncPaginator, KalshiClient, Paginator
from kalshi_api.api.orders import get_orders
from kalshi_api.models import (
    AmendOrderV2Request,
    BookSide,
    EventPosition,
    GetBalanceResponse,
    Market,
    MarketPosition,
    Order,
)


def sync_surface(client: KalshiClient) -> None:
    amend = AmendOrderV2Request(ticker="T", side="bid", price="0.5000", count="1.00")
    assert_type(amend.side, BookSide | Literal["bid", "ask"])
    client.historical.get_historical_markets(mve_filter="exclude")  # an enum parameter, as str
    assert_type(client.portfolio.get_balance(), GetBalanceResponse)
    assert_type(client.paginate(client.orders.get_orders, status="resting"), Paginator[Order])
    assert_type(client.paginate(get_orders.sync), Paginator[Order])
    assert_type(client.paginate(client.market.get_markets), Paginator[Market])
    positions = client.paginate(client.portfolio.get_positions, item_field="market_positions")
    assert_type(positions, Paginator[MarketPosition])
    events = client.paginate(client.portfolio.get_positions, item_field="event_positions")
    assert_type(events, Paginator[EventPosition])
    assert_type(client.paginate(get_orders), Paginator[Any])  # a module: untyped items
    for order in client.paginate(client.orders.get_orders):
        assert_type(order, Order)
        client.cancel_order(order)  # a model naming an order: no `str | Unset` narrowing
    ack = client.place_order("T", side="bid", count=1, price="0.50")
    client.amend_order(ack, ticker="T", side="bid", price="0.45", count=1)
    client.cancel_order(ack.order_id if isinstance(ack.order_id, str) else "o")


async def async_surface(client: AsyncKalshiClient) -> None:
    assert_type(await client.portfolio.get_balance(), GetBalanceResponse)
    orders = client.paginate(client.orders.get_orders, status="resting")
    assert_type(orders, AsyncPaginator[Order])
    async for order in orders:
        assert_type(order, Order)
