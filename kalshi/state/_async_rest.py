"""Reading the account over REST: the snapshot to seed or reconcile from, lookups, and the
whole catch-up after a loss. Written once here; `_sync_rest.py` is its generated twin."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING

from kalshi_api.models import Order as RestOrder

from .._errors import NotFoundError
from ._engine import AccountState
from ._reconcile import ReconcileReport, RestSnapshot, reconcile

if TYPE_CHECKING:
    from .._client import AsyncKalshiClient

logger = logging.getLogger("kalshi")


async def read_snapshot(client: AsyncKalshiClient, *, fills_since_s: float) -> RestSnapshot:
    """Every resting order, the fills and settlements since `fills_since_s` (Unix s), every
    open position, the balance and the reserved amount, all pages; complete enough that
    absent positions are flat."""
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
    settlements = [
        s
        async for s in client.paginate(client.portfolio.get_settlements, min_ts=int(fills_since_s))
    ]
    balance = await client.portfolio.get_balance()
    reserved = await client.portfolio.get_portfolio_resting_order_total_value()
    return RestSnapshot(
        resting_orders=resting,
        fills=fills,
        settlements=settlements,
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


async def catch_up(
    client: AsyncKalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    *,
    fills_since_s: float,
    created_since_s: float,
    in_flight: Collection[str] = (),
    touched: set[str] | None = None,
) -> ReconcileReport:
    """Read REST, reconcile, look up what it left unexplained, reconcile that too.

    `guard` is held while `state` changes (a lock for threads, a null context on one event
    loop); REST is read outside it. `in_flight` creates are not resolved (their answer may
    still come); `touched` collects, while REST is read, the markets the stream reported:
    cleared here, then left alone by reconcile as fresher.
    """
    if touched is not None:
        with guard:
            touched.clear()
    snapshot = await read_snapshot(client, fills_since_s=fills_since_s)
    with guard:
        if touched is not None:
            snapshot = replace(snapshot, skip_positions=frozenset(touched))
        report = reconcile(state, snapshot)
    unresolved = [c for c in report.unresolved if c not in in_flight]
    orders, never_landed = await look_up(
        client, report.unexplained, unresolved, created_since_s=created_since_s
    )
    with guard:
        for client_order_id in never_landed:
            state.record_rejected(client_order_id)
        if orders:
            second = reconcile(state, RestSnapshot(orders=orders))
            report = ReconcileReport(events=report.events + second.events)
    return report
