"""Lazily built models (what pagination yields) read exactly like eagerly built ones.

A lazy model keeps the JSON object and parses a field when it is first read; these tests
hold it to the eager model's behaviour on values, equality, reprs, `to_dict`, Decimal money,
nested models, copies and mutation, and to a typed error on a field that does not match.
"""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kalshi
from kalshi_api.models import GetOrdersResponse, Order, OrderStatus

ORDER: dict[str, Any] = {
    "order_id": "o-1",
    "ticker": "KXT-1",
    "side": "yes",
    "action": "buy",
    "status": "resting",
    "yes_price_dollars": "0.5600",
    "fill_count_fp": "2.00",
    "remaining_count_fp": "8.00",
    "created_time": "2026-01-10T16:11:11.109554Z",
    "expiration_time": None,
    "cancel_order_on_pause": False,
    "subaccount_number": 0,
    "yes_price": 56,  # a field the spec no longer has: kept as an additional property
}

FIELD_VALUES: dict[str, Any] = {
    "order_id": st.text(max_size=8),
    "ticker": st.text(max_size=8),
    "status": st.sampled_from(["resting", "canceled", "executed", "some_new_status"]),
    "yes_price_dollars": st.decimals(0, 1, places=4).map(str),
    "fill_count_fp": st.decimals(0, 100, places=2).map(str),
    "created_time": st.datetimes().map(lambda t: t.isoformat() + "Z"),
    "cancel_order_on_pause": st.booleans(),
    "subaccount_number": st.none() | st.integers(0, 32),
    "extra_field": st.integers(),
}


def both(data: dict[str, Any]) -> tuple[Order, Order]:
    return Order.from_dict(copy.deepcopy(data)), Order.from_dict(copy.deepcopy(data), lazy=True)


def test_a_lazy_order_reads_as_the_eager_one() -> None:
    eager, lazy = both(ORDER)
    assert lazy.status == OrderStatus.RESTING and lazy.order_id == "o-1"
    assert lazy.created_time == eager.created_time and lazy.expiration_time is None
    assert lazy.decimal("yes_price_dollars") == Decimal("0.56")
    assert lazy["yes_price"] == 56 and lazy.additional_keys == ["yes_price"]
    assert lazy == eager and eager == lazy
    assert repr(lazy) == repr(eager)
    assert lazy.to_dict() == eager.to_dict() == Order.from_dict(ORDER).to_dict()


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({}, optional=FIELD_VALUES))
def test_lazy_and_eager_agree_on_any_valid_order(data: dict[str, Any]) -> None:
    eager, lazy = both(data)
    assert repr(lazy) == repr(eager)
    assert lazy == eager
    assert lazy.to_dict() == eager.to_dict()


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["order_id", "yes_price_dollars", "cancel_order_on_pause", "created_time"]),
    st.sampled_from([7, 1.5, [], {}, True]),
)
def test_a_mismatched_field_fails_eagerly_at_once_and_lazily_when_read(
    field: str, wrong: Any
) -> None:
    if field == "cancel_order_on_pause" and wrong is True:
        return  # a bool is the right type there
    data = {**ORDER, field: wrong}
    with pytest.raises((TypeError, ValueError)):
        Order.from_dict(data)
    lazy = Order.from_dict(data, lazy=True)
    assert lazy.ticker == "KXT-1"
    with pytest.raises(kalshi.MalformedField, match=rf"Order\.{field}"):
        getattr(lazy, field)
    with pytest.raises(kalshi.MalformedField):  # not cached as if it had parsed
        getattr(lazy, field)


def test_a_missing_required_field_raises_when_read() -> None:
    from kalshi_api.models import AmendOrderV2Request

    required = [a.name for a in attrs.fields(AmendOrderV2Request) if a.default is attrs.NOTHING]
    assert "ticker" in required
    lazy = AmendOrderV2Request.from_dict({}, lazy=True)
    with pytest.raises(kalshi.MalformedField, match=r"AmendOrderV2Request\.ticker"):
        _ = lazy.ticker
    with pytest.raises(KeyError):
        AmendOrderV2Request.from_dict({})


def test_nested_models_of_a_lazy_page_are_lazy_and_right() -> None:
    page = {"orders": [ORDER, {**ORDER, "order_id": "o-2"}], "cursor": "c"}
    lazy = GetOrdersResponse.from_dict(copy.deepcopy(page), lazy=True)
    orders = lazy.orders
    assert isinstance(orders, list) and [o.order_id for o in orders] == ["o-1", "o-2"]
    assert all(type(o) is Order for o in orders)
    assert lazy == GetOrdersResponse.from_dict(page) and lazy.cursor == "c"


def test_setting_a_field_of_a_lazy_model_keeps_the_new_value() -> None:
    _, lazy = both(ORDER)
    lazy.ticker = "KXT-2"
    assert lazy.ticker == "KXT-2" and lazy.to_dict()["ticker"] == "KXT-2"
    assert lazy.order_id == "o-1"  # untouched fields still come from the object


def test_copies_evolve_and_pickle_of_a_lazy_model() -> None:
    eager, lazy = both(ORDER)
    assert copy.copy(lazy) == eager and copy.deepcopy(lazy) == eager
    assert pickle.loads(pickle.dumps(lazy)) == eager
    assert repr(copy.deepcopy(eager)) == repr(eager)  # the UNSET sentinel survives copies
    changed = attrs.evolve(lazy, ticker="KXT-9")
    assert changed.ticker == "KXT-9" and changed.order_id == "o-1"


def test_unknown_attributes_still_raise_attribute_error() -> None:
    _, lazy = both(ORDER)
    with pytest.raises(AttributeError):
        lazy.no_such_field  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(lazy, "no_such_field")
    bare = Order.__new__(Order)  # made without from_dict or __init__
    with pytest.raises(AttributeError):
        bare.order_id  # noqa: B018


def test_a_lazy_model_of_a_non_object_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="expected a JSON object"):
        Order.from_dict([], lazy=True)  # type: ignore[arg-type]
