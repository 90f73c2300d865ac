"""Real responses recorded from Kalshi (January 2026) parse with the generated models losslessly."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kalshi_api import models

from .conftest import RECORDINGS, as_instants, need_shared, present, success_schema_names

# recording name -> operationId whose success model parses it, or "#Schema" for a schema that no
# current operation returns (retired endpoints, error bodies).
RECORDING_OPERATION = {
    "amend_order": "AmendOrder",
    "batch_cancel_orders": "BatchCancelOrders",
    "batch_create_orders": "BatchCreateOrders",
    "cancel_order": "CancelOrder",
    "candlesticks_batch": "BatchGetMarketCandlesticks",
    "create_order": "CreateOrder",
    "decrease_order": "DecreaseOrder",
    "event_candlesticks": "GetMarketCandlesticksByEvent",
    "event_metadata": "GetEventMetadata",
    "event_single": "GetEvent",
    "events_list": "GetEvents",
    "events_multivariate_list": "GetMultivariateEvents",
    "exchange_announcements": "#GetExchangeAnnouncementsResponse",
    "exchange_schedule": "GetExchangeSchedule",
    "exchange_status": "GetExchangeStatus",
    "filters_by_sport": "GetFiltersForSports",
    "incentive_programs": "GetIncentivePrograms",
    "live_data_batch": "GetLiveDatas",
    "live_data_milestone": "GetLiveData",
    "market_single": "GetMarket",
    "markets_list": "GetMarkets",
    "milestone_single": "GetMilestone",
    "milestones_list": "GetMilestones",
    "multivariate_event_collection_lookup_tickers": (
        "#LookupTickersForMarketInMultivariateEventCollectionResponse"
    ),
    "multivariate_event_collection_single": "GetMultivariateEventCollection",
    "multivariate_event_collections_list": "GetMultivariateEventCollections",
    "order_group_create": "CreateOrderGroup",
    "order_group_delete": "DeleteOrderGroup",
    "order_group_reset": "ResetOrderGroup",
    "order_group_single": "GetOrderGroup",
    "order_groups_list": "GetOrderGroups",
    "order_queue_position": "GetOrderQueuePosition",
    "order_queue_positions": "GetOrderQueuePositions",
    "orderbook": "GetMarketOrderbook",
    "portfolio_balance": "GetBalance",
    "portfolio_fills": "GetFills",
    "portfolio_order_single": "GetOrder",
    "portfolio_orders": "GetOrders",
    "portfolio_positions": "GetPositions",
    "portfolio_settlements": "GetSettlements",
    "portfolio_total_resting_order_value": "#ErrorResponse",  # recorded as a 403
    "series_candlesticks": "GetMarketCandlesticks",
    "series_fee_changes": "GetSeriesFeeChanges",
    "series_list": "GetSeriesList",
    "series_single": "GetSeries",
    "structured_target_single": "GetStructuredTarget",
    "structured_targets_list": "GetStructuredTargets",
    "tags_by_categories": "GetTagsForSeriesCategories",
    "trades_list": "GetTrades",
    "user_data_timestamp": "GetUserDataTimestamp",
}


@cache
def success_schemas() -> dict[str, str]:
    return success_schema_names()


def model_for(recording: str) -> Any:
    target = RECORDING_OPERATION[recording]
    schema = target[1:] if target.startswith("#") else success_schemas()[target]
    return getattr(models, schema)


def load(recording: str) -> Any:
    path = need_shared(RECORDINGS) / f"{recording}_response.json"
    return json.loads(path.read_text())["response"]


def test_every_recording_is_mapped() -> None:
    names = {p.name.removesuffix("_response.json") for p in need_shared(RECORDINGS).glob("*.json")}
    assert names == set(RECORDING_OPERATION)
    assert len(names) == 50


@pytest.mark.parametrize("recording", sorted(RECORDING_OPERATION))
def test_recording_round_trips(recording: str) -> None:
    raw = load(recording)
    parsed = model_for(recording).from_dict(copy.deepcopy(raw))
    assert as_instants(parsed.to_dict()) == as_instants(raw)
    lazy = model_for(recording).from_dict(copy.deepcopy(raw), lazy=True)
    assert lazy == parsed and repr(lazy) == repr(parsed)
    assert as_instants(lazy.to_dict()) == as_instants(raw)


def test_fields_the_spec_dropped_survive_as_additional_properties() -> None:
    raw = load("portfolio_orders")
    parsed = models.GetOrdersResponse.from_dict(raw)
    first = present(parsed.orders)[0]
    # integer cents were removed from Order in spec 3.13.0; the server still sent them
    assert first["yes_price"] == raw["orders"][0]["yes_price"]
    assert "yes_price" in first.additional_keys
    assert first.yes_price_dollars == raw["orders"][0]["yes_price_dollars"]


def test_unknown_enum_value_parses_and_round_trips() -> None:
    raw = load("portfolio_orders")
    raw["orders"][0]["status"] = "expired_by_new_rule"
    parsed = models.GetOrdersResponse.from_dict(copy.deepcopy(raw))
    status = present(parsed.orders)[0].status
    assert status == "expired_by_new_rule"
    assert status not in list(models.OrderStatus)
    assert parsed.to_dict()["orders"][0]["status"] == "expired_by_new_rule"


@pytest.mark.parametrize(
    "corrupt",
    [
        pytest.param(lambda order: "not an order", id="item-not-an-object"),
        pytest.param(lambda order: {**order, "created_time": 1700000000}, id="datetime-as-number"),
        pytest.param(lambda order: {**order, "created_time": "yesterday"}, id="bad-datetime"),
    ],
)
def test_one_corrupted_nested_item_raises(corrupt: Any) -> None:
    raw = load("portfolio_orders")
    raw["orders"][1] = corrupt(raw["orders"][1])
    with pytest.raises((TypeError, ValueError)):
        models.GetOrdersResponse.from_dict(raw)


def test_corrupted_nested_object_in_a_nullable_union_raises() -> None:
    raw = load("batch_create_orders")
    raw["orders"][0]["order"] = {"created_time": ["not", "a", "time"]}
    with pytest.raises(TypeError):
        models.BatchCreateOrdersResponse.from_dict(raw)


def test_recordings_folder_is_the_one_documented() -> None:
    assert Path(RECORDINGS).name == "recorded-2026-01"
