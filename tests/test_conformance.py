"""Every endpoint the fake exchange implements answers exactly in the generated models' shape."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import httpx

from kalshi.testing import FakeExchange
from kalshi.testing._app import HANDLERS
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
    amend_order,
    amend_order_v2,
    batch_cancel_orders,
    batch_cancel_orders_v2,
    batch_create_orders,
    batch_create_orders_v2,
    cancel_all_orders,
    cancel_order,
    cancel_order_v2,
    create_order,
    create_order_v2,
    decrease_order,
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

from .conftest import as_instants, success_schema_names

T = "KXCONF-26-A"


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
    for name in type(model).__attrs_attrs__:  # type: ignore[attr-defined]
        if name.name != "additional_properties":
            no_extras(getattr(model, name.name), f"{where}.{name.name}")


class Recording(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.seen: list[tuple[str, int, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        from kalshi._operations import find_operation

        op = find_operation(request.method, request.url.path)
        assert op is not None
        self.seen.append((op.operation_id, response.status_code, response.content))
        return response


def drive(exchange: FakeExchange, client: Any) -> None:
    """Call every implemented operation at least once, successfully."""
    from kalshi.orders import limit_order

    get_exchange_status.sync(client=client)
    get_exchange_schedule.sync(client=client)
    get_account_api_limits.sync(client=client)
    get_account_endpoint_costs.sync(client=client)
    get_markets.sync(client=client)
    get_market.sync(T, client=client)
    get_market_orderbook.sync(T, client=client)
    get_events.sync(client=client, with_nested_markets=True)
    get_event.sync("KXCONF-26", client=client)
    get_series.sync("KXCONF", client=client)
    get_series_list.sync(client=client)
    get_balance.sync(client=client)

    group = create_order_group.sync(
        client=client, body=models.CreateOrderGroupRequest(contracts_limit_fp="1000.00")
    )
    ack = create_order_v2.sync(
        client=client,
        body=limit_order(T, side="bid", count=5, price="0.50", order_group_id=group.order_group_id),
    )
    resting = create_order_v2.sync(
        client=client, body=limit_order(T, side="bid", count=3, price="0.30")
    )
    rid = str(resting.order_id)
    amend_order_v2.sync(
        rid,
        client=client,
        body=models.AmendOrderV2Request(
            ticker=T, side=models.BookSide.BID, price="0.31", count="4"
        ),
    )
    decrease_order_v2.sync(rid, client=client, body=models.DecreaseOrderV2Request(reduce_by="1"))
    get_order.sync(str(ack.order_id), client=client)
    get_orders.sync(client=client)
    get_order_queue_position.sync(rid, client=client)
    get_order_queue_positions.sync(client=client, market_tickers=T)
    get_portfolio_resting_order_total_value.sync(client=client)
    cancel_order_v2.sync(rid, client=client)
    batch = batch_create_orders_v2.sync(
        client=client,
        body=models.BatchCreateOrdersV2Request(
            orders=[
                limit_order(T, side="bid", count=1, price="0.20"),
                limit_order(T, side="bid", count=1, price="1.50" if False else "0.21"),
            ]
        ),
    )
    assert batch.orders
    batch_cancel_orders_v2.sync(
        client=client,
        body=models.BatchCancelOrdersV2Request(
            orders=[
                models.BatchCancelOrdersV2RequestOrdersItem(order_id=str(o.order_id))
                for o in batch.orders
            ]
        ),
    )
    create_order_v2.sync(client=client, body=limit_order(T, side="bid", count=1, price="0.10"))
    cancel_all_orders.sync_detailed(client=client)
    get_fills.sync(client=client)
    get_positions.sync(client=client)
    get_trades.sync(client=client)
    get_order_groups.sync(client=client)
    get_order_group.sync(str(group.order_group_id), client=client)
    update_order_group_limit.sync(
        str(group.order_group_id),
        client=client,
        body=models.UpdateOrderGroupLimitRequest(contracts_limit=50),
    )
    trigger_order_group.sync(str(group.order_group_id), client=client)
    reset_order_group.sync(str(group.order_group_id), client=client)
    delete_order_group.sync(str(group.order_group_id), client=client)

    # the seed documents' legacy order endpoints, simulated ("live" mode)
    legacy = create_order.sync(
        client=client,
        body=models.CreateOrderRequest.from_dict(
            {"ticker": T, "side": "yes", "action": "buy", "count": 2, "yes_price": 25}
        ),
    )
    lid = str(legacy.order.order_id)  # type: ignore[union-attr]
    amend_order.sync(
        lid,
        client=client,
        body=models.AmendOrderRequest.from_dict(
            {"ticker": T, "side": "yes", "action": "buy", "yes_price": 26, "count": 3}
        ),
    )
    decrease_order.sync(
        lid, client=client, body=models.DecreaseOrderRequest.from_dict({"reduce_by": 1})
    )
    cancel_order.sync(lid, client=client)
    made = batch_create_orders.sync(
        client=client,
        body=models.BatchCreateOrdersRequest.from_dict(
            {"orders": [{"ticker": T, "side": "no", "action": "buy", "count": 1, "no_price": 60}]}
        ),
    )
    assert made.orders
    batch_cancel_orders.sync(
        client=client,
        body=models.BatchCancelOrdersRequest.from_dict({"ids": [made.orders[0].order.order_id]}),
    )  # type: ignore[union-attr]

    exchange.settle(T, "yes")
    get_settlements.sync(client=client)


def test_every_implemented_endpoint_conforms() -> None:
    exchange = FakeExchange(legacy_orders="live")
    exchange.add_market(T)
    exchange.seed_liquidity(T, bids=[("0.45", 50)], asks=[("0.50", 50)])
    user = exchange.add_user(balance="1000")
    recording = Recording(exchange.transport())
    from kalshi import KalshiClient
    from kalshi.testing import IN_PROCESS_URL

    client = KalshiClient(
        user.key_id, user.private_key_pem, base_url=IN_PROCESS_URL, transport=recording
    )
    drive(exchange, client)

    exercised = set()
    for op_id, status, body in recording.seen:
        assert 200 <= status < 300, (op_id, status, body)
        exercised.add(op_id)
        if not body:
            assert op_id == "CancelAllOrders" and status == 204
            continue
        raw = json.loads(body)
        parsed = success_models()[op_id].from_dict(raw)
        assert as_instants(parsed.to_dict()) == as_instants(raw), op_id
        no_extras(parsed, op_id)
    assert exercised == set(HANDLERS), sorted(set(HANDLERS) ^ exercised)
    assert set(HANDLERS) <= set(OPERATIONS)
    required = {  # what the fake exchange is specified to serve
        "GetExchangeStatus",
        "GetExchangeSchedule",
        "GetMarkets",
        "GetMarket",
        "GetMarketOrderbook",
        "GetEvents",
        "GetEvent",
        "GetSeries",
        "GetTrades",
        "GetBalance",
        "GetOrders",
        "GetOrder",
        "CreateOrderV2",
        "CancelOrderV2",
        "AmendOrderV2",
        "DecreaseOrderV2",
        "BatchCreateOrdersV2",
        "BatchCancelOrdersV2",
        "CancelAllOrders",
        "CreateOrder",
        "CancelOrder",
        "AmendOrder",
        "DecreaseOrder",
        "BatchCreateOrders",
        "BatchCancelOrders",
        "GetFills",
        "GetPositions",
        "GetSettlements",
        "CreateOrderGroup",
        "GetOrderGroups",
        "GetOrderGroup",
        "ResetOrderGroup",
        "TriggerOrderGroup",
        "UpdateOrderGroupLimit",
        "DeleteOrderGroup",
        "GetOrderQueuePositions",
        "GetOrderQueuePosition",
        "GetPortfolioRestingOrderTotalValue",
        "GetAccountApiLimits",
        "GetAccountEndpointCosts",
    }
    assert required <= exercised
