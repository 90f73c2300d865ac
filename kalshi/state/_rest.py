"""Reading the account over REST: the snapshot to seed or reconcile from, and lookups."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.models import Order as RestOrder

from .._errors import NotFoundError
from ._reconcile import RestSnapshot

if TYPE_CHECKING:
    from .._client import AsyncKalshiClient

logger = logging.getLogger("kalshi")


async def read_snapshot(client: AsyncKalshiClient, *, fills_since_s: float) -> RestSnapshot:
    """Every resting order, the fills since `fills_since_s` (Unix s), every open position, the
    balance and the reserved amount, all pages; complete enough that absent positions are flat."""
    resting = [o async for o in client.paginate(client.orders.get_orders, status="resting")]
    fills = [
        f async for f in client.paginate(client.portfolio.get_fills, min_ts=int(fills_since_s))
    ]
    positions = [
        p
        async for p in client.paginate(
            client.portfolio.get_positions, item_field="market_positions"
        )
    ]
    balance = await client.portfolio.get_balance()
    reserved = await client.portfolio.get_portfolio_resting_order_total_value()
    return RestSnapshot(
        resting_orders=resting,
        fills=fills,
        positions=positions,
        balance=balance,
        reserved=reserved,
        complete_positions=True,
    )


async def look_up(
    client: AsyncKalshiClient,
    order_ids: Iterable[str],
    client_order_ids: Iterable[str],
    *,
    created_since_s: float,
) -> tuple[list[RestOrder], list[str]]:
    """The orders reconcile could not explain, read one by one (GetOrder), and the orders sent
    without an answer, found by client_order_id among those created since `created_since_s`
    (GetOrders has no client_order_id filter). Returns the orders read and the client order
    ids the exchange does not have: those creates never landed."""
    found: list[RestOrder] = []
    for order_id in order_ids:
        try:
            order = (await client.orders.get_order(order_id)).order
        except NotFoundError:
            logger.warning("order %s is not on the exchange; kept as last known", order_id)
            continue
        if isinstance(order, RestOrder):
            found.append(order)
    wanted = set(client_order_ids)
    if wanted:
        since = int(created_since_s)
        async for order in client.paginate(client.orders.get_orders, min_ts=since):
            if isinstance(order.client_order_id, str) and order.client_order_id in wanted:
                found.append(order)
                wanted.discard(order.client_order_id)
    return found, sorted(wanted)
