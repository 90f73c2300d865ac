"""Every operation the fake exchange implements answers exactly in the generated models' shape.

One test case per operation: each case sets up what its operation needs, calls the generated
function, and parses the answer strictly (round trip equal, no field outside the schema).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest

from kalshi import KalshiClient
from kalshi.orders import limit_order
from kalshi.testing import FakeExchange
from kalshi.testing.handlers import HANDLERS
from kalshi.testing.handlers.legacy import RETIRED
from kalshi_api import models
from kalshi_api.api.account import get_account_api_limits, get_account_endpoint_costs
from kalshi_api.api.events import get_event, get_events
from kalshi_api.api.exchange import get_exchange_schedule, get_exchange_status
from kalshi_api.api.market import (
    get_market,
    get_market_orderbook,
    get_markets,
    get_series,
    get_series_list,
    get_trades,
)
from kalshi_api.api.order_groups import (
    create_order_group,
    delete_order_group,
    get_order_group,
    get_order_groups,
    reset_order_group,
    trigger_order_group,
    update_order_group_limit,
)
from kalshi_api.api.orders import (
    amend_order_v2,
    batch_cancel_orders_v2,
    batch_create_orders_v2,
    cancel_all_orders,
    cancel_order_v2,
    create_order_v2,
    decrease_order_v2,
    get_order,
    get_order_queue_position,
    get_order_queue_positions,
    get_orders,
)
from kalshi_api.api.portfolio import (
    get_balance,
    get_fills,
    get_portfolio_resting_order_total_value,
    get_positions,
    get_settlements,
)
from kalshi_api.operations import OPERATIONS
from kalshi_api.types import Response

from .conftest import as_instants, success_schema_names

T = "KXCONF-26-A"
SETTLED = "KXCONF-26-B"


@dataclass
class World:
    """A market with house liquidity, a member who traded in it, and a settled market."""

    exchange: FakeExchange
    client: KalshiClient

    def rest(self, price: str = "0.30", count: int = 3) -> str:
        ack = create_order_v2.sync(
            client=self.client, body=limit_order(T, side="bid", count=count, price=price)
        )
        return str(ack.order_id)

    def group(self) -> str:
        body = models.CreateOrderGroupRequest(contracts_limit_fp="1000.00")
        return str(create_order_group.sync(client=self.client, body=body).order_group_id)


def world() -> World:
    exchange = FakeExchange()
    for ticker in (T, SETTLED):
        exchange.add_market(ticker)
        exchange.seed_liquidity(ticker, bids=[("0.45", 50)], asks=[("0.50", 50)])
    user = exchange.add_user(balance="1000")
    client = exchange.client(user)
    for ticker in (T, SETTLED):
        create_order_v2.sync(
            client=client, body=limit_order(ticker, side="bid", count=5, price="0.50")
        )
    exchange.settle(SETTLED, "yes")
    return World(exchange, client)


def _batch_cancel(w: World) -> Response[Any]:
    items = [models.BatchCancelOrdersV2RequestOrdersItem(order_id=w.rest()) for _ in range(2)]
    body = models.BatchCancelOrdersV2Request(orders=items)
    return batch_cancel_orders_v2.sync_detailed(client=w.client, body=body)


def _batch_create(w: World) -> Response[Any]:
    orders = [limit_order(T, side="bid", count=1, price=p) for p in ("0.20", "0.50")]
    body = models.BatchCreateOrdersV2Request(orders=orders)
    return batch_create_orders_v2.sync_detailed(client=w.client, body=body)


def _amend(w: World) -> Response[Any]:
    body = models.AmendOrderV2Request(ticker=T, side=models.BookSide.BID, price="0.31", count="4")
    return amend_order_v2.sync_detailed(w.rest(), client=w.client, body=body)


def _cancel_all(w: World) -> Response[Any]:
    w.rest()
    return cancel_all_orders.sync_detailed(client=w.client)


def _group_limit(w: World) -> Response[Any]:
    body = models.UpdateOrderGroupLimitRequest(contracts_limit=50)
    return update_order_group_limit.sync_detailed(w.group(), client=w.client, body=body)


CALLS: dict[str, Callable[[World], Response[Any]]] = {
    "GetExchangeStatus": lambda w: get_exchange_status.sync_detailed(client=w.client),
    "GetExchangeSchedule": lambda w: get_exchange_schedule.sync_detailed(client=w.client),
    "GetAccountApiLimits": lambda w: get_account_api_limits.sync_detailed(client=w.client),
    "GetAccountEndpointCosts": lambda w: get_account_endpoint_costs.sync_detailed(client=w.client),
    "GetMarkets": lambda w: get_markets.sync_detailed(client=w.client),
    "GetMarket": lambda w: get_market.sync_detailed(T, client=w.client),
    "GetMarketOrderbook": lambda w: get_market_orderbook.sync_detailed(T, client=w.client),
    "GetEvents": lambda w: get_events.sync_detailed(client=w.client, with_nested_markets=True),
    "GetEvent": lambda w: get_event.sync_detailed("KXCONF-26", client=w.client),
    "GetSeries": lambda w: get_series.sync_detailed("KXCONF", client=w.client),
    "GetSeriesList": lambda w: get_series_list.sync_detailed(client=w.client),
    "GetTrades": lambda w: get_trades.sync_detailed(client=w.client),
    "GetBalance": lambda w: get_balance.sync_detailed(client=w.client),
    "GetFills": lambda w: get_fills.sync_detailed(client=w.client),
    "GetPositions": lambda w: get_positions.sync_detailed(client=w.client),
    "GetSettlements": lambda w: get_settlements.sync_detailed(client=w.client),
    "GetPortfolioRestingOrderTotalValue": lambda w: (
        w.rest(),
        get_portfolio_resting_order_total_value.sync_detailed(client=w.client),
    )[1],
    "CreateOrderV2": lambda w: create_order_v2.sync_detailed(
        client=w.client, body=limit_order(T, side="bid", count=5, price="0.50")
    ),
    "BatchCreateOrdersV2": _batch_create,
    "CancelOrderV2": lambda w: cancel_order_v2.sync_detailed(w.rest(), client=w.client),
    "BatchCancelOrdersV2": _batch_cancel,
    "CancelAllOrders": _cancel_all,
    "AmendOrderV2": _amend,
    "DecreaseOrderV2": lambda w: decrease_order_v2.sync_detailed(
        w.rest(), client=w.client, body=models.DecreaseOrderV2Request(reduce_by="1")
    ),
    "GetOrders": lambda w: get_orders.sync_detailed(client=w.client),
    "GetOrder": lambda w: get_order.sync_detailed(w.rest(), client=w.client),
    "GetOrderQueuePosition": lambda w: get_order_queue_position.sync_detailed(
        w.rest(), client=w.client
    ),
    "GetOrderQueuePositions": lambda w: (
        w.rest(),
        get_order_queue_positions.sync_detailed(client=w.client, market_tickers=T),
    )[1],
    "CreateOrderGroup": lambda w: create_order_group.sync_detailed(
        client=w.client, body=models.CreateOrderGroupRequest(contracts_limit_fp="10.00")
    ),
    "GetOrderGroups": lambda w: (w.group(), get_order_groups.sync_detailed(client=w.client))[1],
    "GetOrderGroup": lambda w: get_order_group.sync_detailed(w.group(), client=w.client),
    "ResetOrderGroup": lambda w: reset_order_group.sync_detailed(w.group(), client=w.client),
    "TriggerOrderGroup": lambda w: trigger_order_group.sync_detailed(w.group(), client=w.client),
    "UpdateOrderGroupLimit": _group_limit,
    "DeleteOrderGroup": lambda w: delete_order_group.sync_detailed(w.group(), client=w.client),
}

# What the fake exchange is specified to serve (besides the retired v1 mutations' 410).
REQUIRED = {
    "GetExchangeStatus", "GetExchangeSchedule", "GetMarkets", "GetMarket", "GetMarketOrderbook",
    "GetEvents", "GetEvent", "GetSeries", "GetTrades", "GetBalance", "GetOrders", "GetOrder",
    "CreateOrderV2", "CancelOrderV2", "AmendOrderV2", "DecreaseOrderV2", "BatchCreateOrdersV2",
    "BatchCancelOrdersV2", "CancelAllOrders", "GetFills", "GetPositions", "GetSettlements",
    "CreateOrderGroup", "GetOrderGroups", "GetOrderGroup", "ResetOrderGroup", "TriggerOrderGroup",
    "UpdateOrderGroupLimit", "DeleteOrderGroup", "GetOrderQueuePositions", "GetOrderQueuePosition",
    "GetPortfolioRestingOrderTotalValue", "GetAccountApiLimits", "GetAccountEndpointCosts",
}  # fmt: skip

SIMULATED = sorted(set(HANDLERS) - set(RETIRED))


@cache
def success_models() -> dict[str, Any]:
    return {op: getattr(models, name) for op, name in success_schema_names().items()}


def no_extras(model: Any, where: str) -> None:
    """No field outside the schema anywhere in the parsed tree."""
    if isinstance(model, list):
        for n, item in enumerate(model):
            no_extras(item, f"{where}[{n}]")
        return
    extras = getattr(model, "additional_properties", None)
    if extras is None:
        return
    assert extras == {}, f"{where}: fields the schema lacks: {sorted(extras)}"
    for name in type(model).__attrs_attrs__:
        if name.name != "additional_properties":
            no_extras(getattr(model, name.name), f"{where}.{name.name}")


@pytest.mark.parametrize("operation_id", SIMULATED)
def test_operation_answers_in_the_spec_shape(operation_id: str) -> None:
    assert operation_id in CALLS, f"{operation_id} is served but has no conformance case"
    response = CALLS[operation_id](world())
    assert 200 <= response.status_code < 300, (operation_id, response.status_code, response.content)
    if not response.content:
        assert (operation_id, response.status_code) == ("CancelAllOrders", 204)
        return
    raw = json.loads(response.content)
    parsed = success_models()[operation_id].from_dict(raw)
    assert as_instants(parsed.to_dict()) == as_instants(raw), operation_id
    no_extras(parsed, operation_id)
    page = OPERATIONS[operation_id].page
    if page is not None:  # lists carry items, so the item models are checked too
        assert any(raw.get(field) for field in page.item_fields), (operation_id, raw)


def test_every_case_belongs_to_a_served_operation() -> None:
    assert set(CALLS) == set(SIMULATED)
    assert set(HANDLERS) <= set(OPERATIONS)
    assert set(SIMULATED) >= REQUIRED
