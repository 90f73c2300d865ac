"""Decimal money and count strings, and the YES/NO to book-side mapping. No floats."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi import money
from kalshi.orders import limit_order


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.01", "0.0100"),
        ("0.99", "0.9900"),
        ("0.56", "0.5600"),
        (Decimal("0.5"), "0.5000"),
        ("0.5600", "0.5600"),
    ],
)
def test_price_formats_with_four_decimals(value: object, expected: str) -> None:
    assert money.price(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["0", "1", "1.00", "-0.5", "0.005", "0.555", "abc", "NaN", "inf"])
def test_invalid_prices_raise(bad: str) -> None:
    with pytest.raises(ValueError):
        money.price(bad)


def test_sub_cent_ticks_and_four_decimal_limit() -> None:
    assert money.price("0.0150", tick="0.001") == "0.0150"
    assert money.price("0.0001", tick="0.0001") == "0.0001"
    with pytest.raises(ValueError, match="4 decimals"):
        money.price("0.00001", tick="0.00001")


def test_floats_are_refused_everywhere() -> None:
    for function in (money.price, money.count, money.parse_dollars, money.dollars):
        with pytest.raises(TypeError, match="float"):
            function(0.56)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        money.cents_to_dollars(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10, "10.00"),
        ("10", "10.00"),
        ("10.0", "10.00"),
        ("2.5", "2.50"),
        ("0.01", "0.01"),
        (Decimal("1000000"), "1000000.00"),
    ],
)
def test_counts_allow_hundredths(value: object, expected: str) -> None:
    assert money.count(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["0", "-1", "0.001", "1.005"])
def test_invalid_counts(bad: str) -> None:
    with pytest.raises(ValueError):
        money.count(bad)


def test_parsing_is_exact() -> None:
    assert money.parse_dollars("0.575") * 100 == Decimal("57.5")  # where floats give 57.49999...
    assert money.parse_dollars("447.400000") == Decimal("447.4")
    assert money.parse_count("10.00") == Decimal(10) and money.parse_count("0.01") == Decimal(
        "0.01"
    )
    assert money.cents_to_dollars(10050) == Decimal("100.5")
    assert money.dollars("13.87") == "13.8700"
    assert money.dollars("0.123456", decimals=6) == "0.123456"
    with pytest.raises(ValueError):
        money.dollars("0.123456")


@pytest.mark.parametrize(
    ("action", "outcome", "price", "side", "yes_price"),
    [
        ("buy", "yes", "0.56", "bid", "0.56"),
        ("sell", "yes", "0.56", "ask", "0.56"),
        ("buy", "no", "0.30", "ask", "0.70"),
        ("sell", "no", "0.30", "bid", "0.70"),
        ("buy", "no", "0.99", "ask", "0.01"),
    ],
)
def test_book_mapping_round_trips(
    action: money.Action, outcome: money.Outcome, price: str, side: str, yes_price: str
) -> None:
    assert money.to_book(action, outcome, price) == (side, Decimal(yes_price))
    assert money.from_book(side, outcome, yes_price) == (action, Decimal(price))  # type: ignore[arg-type]


def test_limit_order_builds_a_valid_v2_request() -> None:
    order = limit_order("KXT-1", action="buy", outcome="no", count="2.5", price="0.30")
    body = order.to_dict()
    assert body["side"] == "ask" and body["price"] == "0.7000" and body["count"] == "2.50"
    assert body["time_in_force"] == "good_till_canceled"
    assert body["self_trade_prevention_type"] == "taker_at_cross"
    assert len(body["client_order_id"]) == 36
    assert (
        limit_order("T", side="bid", count=1, price="0.5", client_order_id="c").client_order_id
        == "c"
    )
    with pytest.raises(ValueError, match="not both"):
        limit_order("T", side="bid", action="buy", outcome="yes", count=1, price="0.5")
    with pytest.raises(ValueError, match="is not one of"):
        limit_order("T", side="bid", count=1, price="0.5", time_in_force="gtc")
    with pytest.raises(ValueError):
        limit_order("T", side="buy", count=1, price="0.5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        limit_order("T", side="bid", count=1, price=0.5)  # type: ignore[arg-type]
    order = limit_order("T", side="ask", count=1, price="0.5", post_only=True, reduce_only=False)
    assert order.to_dict()["post_only"] is True and order.to_dict()["reduce_only"] is False
