"""Small promises: every refusal is a KalshiError, errors name what they are about (never a
secret), configuration errors name their variable, and the package knows its version."""

from __future__ import annotations

import re
import traceback
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import pytest

import kalshi
from kalshi import KalshiClient, money
from kalshi.orders import limit_order
from kalshi_api.api.orders import get_orders
from kalshi_api.api.portfolio import get_balance


@pytest.mark.parametrize(
    "refuse, base",
    [
        (lambda: money.price("1.50"), ValueError),
        (lambda: money.count("-1"), ValueError),
        (lambda: money.to_decimal(0.5, "price"), TypeError),  # type: ignore[arg-type]
        (lambda: limit_order("T", side="buy", count=1, price="0.5"), ValueError),  # type: ignore[arg-type]
        (lambda: limit_order("T", count=1, price="0.5"), ValueError),
        (lambda: kalshi.RetryPolicy(max_retries=-1), ValueError),
        (lambda: kalshi.RateLimiter(safety=2), ValueError),
        (lambda: KalshiClient().paginate(get_balance), TypeError),
        (lambda: KalshiClient().paginate(get_orders, max_items=-1), ValueError),
        (lambda: KalshiClient(transport=object()), TypeError),  # type: ignore[arg-type]
        (lambda: money.from_book("bid", "maybe", "0.4"), ValueError),  # type: ignore[arg-type]
    ],
)
def test_client_side_refusals_are_kalshi_errors(refuse: object, base: type) -> None:
    with pytest.raises(kalshi.KalshiError) as caught:
        refuse()  # type: ignore[operator]
    assert isinstance(caught.value, base)


def test_book_conversions_take_the_same_argument_order() -> None:
    side, yes_price = money.to_book("buy", "no", "0.30")
    assert (side, yes_price) == ("ask", Decimal("0.70"))
    assert money.from_book(side, "no", yes_price) == ("buy", Decimal("0.30"))


def test_a_missing_key_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "keys" / "kalshi.pem"
    with pytest.raises(kalshi.KeyLoadError, match=re.escape(str(missing))):
        KalshiClient("kid", str(missing))
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("hello")
    with pytest.raises(kalshi.KeyLoadError, match=r"notes\.txt"):
        KalshiClient("kid", not_pem)


def test_key_material_given_as_a_path_is_never_echoed() -> None:
    blob = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7" * 8  # base64-looking, no header
    with pytest.raises(kalshi.KeyLoadError) as caught:
        KalshiClient("kid", blob)
    assert blob[:20] not in str(caught.value) and "characters, not shown" in str(caught.value)


def test_a_bad_environment_variable_is_named() -> None:
    with pytest.raises(kalshi.ConfigurationError, match=r"KALSHI_ENV='staging'.*demo, prod"):
        KalshiClient.from_env(environ={"KALSHI_ENV": "staging"}, require_credentials=False)


def test_version_matches_the_package_metadata() -> None:
    assert kalshi.__version__ == version("kalshi-trade-api")


def test_tracebacks_name_the_public_path() -> None:
    assert kalshi.NotFoundError.__module__ == "kalshi"
    assert kalshi.InvalidValue.__module__ == "kalshi"
    try:
        money.price("2")
    except kalshi.KalshiError as error:
        shown = "".join(traceback.format_exception(error))
    assert "kalshi.InvalidValue: price 2 must be between 0 and 1" in shown
