"""The generated operation index, and matching concrete requests to it."""

from __future__ import annotations

import pytest

from kalshi._operations import find_operation, operation_of
from kalshi_api.api.orders import get_orders
from kalshi_api.operations import OPERATIONS


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("GET", "/trade-api/v2/historical/markets/KX-1", "GetHistoricalMarket"),
        ("GET", "/trade-api/v2/markets/KX-1", "GetMarket"),
        ("GET", "/trade-api/v2/markets/trades", "GetTrades"),
        ("GET", "/trade-api/v2/portfolio/orders/queue_positions", "GetOrderQueuePositions"),
        ("GET", "/trade-api/v2/portfolio/orders/o-1", "GetOrder"),
        ("DELETE", "/trade-api/v2/portfolio/events/orders/batched", "BatchCancelOrdersV2"),
        ("DELETE", "/trade-api/v2/portfolio/events/orders/o-1", "CancelOrderV2"),
        ("POST", "/trade-api/v2/portfolio/events/orders", "CreateOrderV2"),
        ("POST", "/trade-api/v2/portfolio/orders", "CreateOrder"),
        ("GET", "/some/proxy/trade-api/v2/portfolio/balance", "GetBalance"),
    ],
)
def test_most_specific_template_wins(method: str, path: str, operation_id: str) -> None:
    op = find_operation(method, path)
    assert op is not None and op.operation_id == operation_id


def test_no_match_is_none() -> None:
    assert find_operation("GET", "/trade-api/v2/xportfolio/balance") is None
    assert find_operation("PATCH", "/trade-api/v2/portfolio/balance") is None


def test_index_facts_derived_from_the_spec() -> None:
    assert len(OPERATIONS) == 123
    creates = {k for k, op in OPERATIONS.items() if op.idempotency_key}
    assert creates == {"CreateOrderV2", "BatchCreateOrdersV2", "CreateOrder", "BatchCreateOrders"}
    assert OPERATIONS["CancelOrderV2"].token_cost == 2
    assert OPERATIONS["BatchCreateOrdersV2"].token_cost_per_item == 10
    assert OPERATIONS["CreateOrder"].replaced_by == "CreateOrderV2"
    page = OPERATIONS["GetOrders"].page
    assert page is not None and (page.max_size, page.item_models) == (1000, ("Order",))
    assert operation_of(get_orders.sync).operation_id == "GetOrders"
