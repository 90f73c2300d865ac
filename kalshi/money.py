"""Fixed-point dollar and count strings as `Decimal`, and buy/sell YES/NO to book side.

Kalshi sends prices as dollar strings (``"0.5600"``) and sizes as count strings (``"10.00"``).
Floats are refused everywhere here: ``0.575 * 100`` is ``57.49999...``, not 57.5.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Literal, TypeAlias

from ._errors import InvalidType, InvalidValue

Number: TypeAlias = str | int | Decimal

ONE = Decimal(1)
CENT = Decimal("0.01")
PRICE_DECIMALS = 4  # what Kalshi shows for prices ("0.5600")
COUNT_DECIMALS = 2  # contracts come in 0.01 steps ("10.00")
DEFAULT_TICK = CENT

Action = Literal["buy", "sell"]
Outcome = Literal["yes", "no"]
BookSideName = Literal["bid", "ask"]


def to_decimal(value: Number, what: str = "value") -> Decimal:
    """Exact Decimal from a string, int or Decimal; floats and junk raise."""
    if isinstance(value, bool | float):
        raise InvalidType(f"{what}: floats are not accepted for money; pass a str or Decimal")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidValue(f"{what}: {value!r} is not a decimal number") from None
    else:
        raise InvalidType(f"{what}: expected str, int or Decimal, got {type(value).__name__}")
    if not result.is_finite():
        raise InvalidValue(f"{what}: {value!r} is not a finite number")
    return result


def parse_dollars(value: Number) -> Decimal:
    """A dollar string from the API (any number of decimals) as Decimal."""
    return to_decimal(value, "dollars")


def parse_count(value: Number) -> Decimal:
    return to_decimal(value, "count")


def cents_to_dollars(cents: int) -> Decimal:
    """Integer cents (balance, portfolio_value, settlement revenue) as dollars."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise InvalidType("cents must be an int")
    return Decimal(cents) / 100


def _check_step(value: Decimal, step: Decimal, what: str) -> None:
    if value % step != 0:
        raise InvalidValue(f"{what} {value} is not a multiple of {step}")


def price(value: Number, *, tick: Number = DEFAULT_TICK) -> str:
    """A valid order price as Kalshi's dollar string: strictly between 0 and 1, on the tick.

    >>> price("0.56"), price(Decimal("0.5")), price("0.0150", tick="0.001")
    ('0.5600', '0.5000', '0.0150')
    """
    amount = to_decimal(value, "price")
    if not Decimal(0) < amount < ONE:
        raise InvalidValue(f"price {amount} must be between 0 and 1 dollar (exclusive)")
    _check_step(amount, to_decimal(tick, "tick"), "price")
    if amount.as_tuple().exponent < -PRICE_DECIMALS:  # type: ignore[operator]
        raise InvalidValue(f"price {amount} has more than {PRICE_DECIMALS} decimals")
    return f"{amount:.{PRICE_DECIMALS}f}"


def count(value: Number) -> str:
    """A valid order size as Kalshi's count string: positive, in steps of 0.01 contract.

    >>> count(10), count("2.5"), count("0.01")
    ('10.00', '2.50', '0.01')
    """
    amount = to_decimal(value, "count")
    if amount <= 0:
        raise InvalidValue(f"count {amount} must be positive")
    _check_step(amount, CENT, "count")
    return f"{amount:.{COUNT_DECIMALS}f}"


def dollars(value: Number, decimals: int = PRICE_DECIMALS) -> str:
    """Any dollar amount (fees, costs) formatted with a fixed number of decimals, exactly."""
    amount = to_decimal(value, "dollars")
    quantum = Decimal(1).scaleb(-decimals)
    if amount.quantize(quantum) != amount:
        raise InvalidValue(f"{amount} does not fit in {decimals} decimals")
    return f"{amount:.{decimals}f}"


def to_book(action: Action, outcome: Outcome, price_: Number) -> tuple[BookSideName, Decimal]:
    """Old buy/sell YES/NO economics on Kalshi's single YES book.

    buy YES at p = bid at p; sell YES at p = ask at p;
    buy NO at p = ask at 1 - p; sell NO at p = bid at 1 - p.
    """
    amount = to_decimal(price_, "price")
    if action not in ("buy", "sell") or outcome not in ("yes", "no"):
        raise InvalidValue("action must be 'buy' or 'sell' and outcome 'yes' or 'no'")
    if outcome == "yes":
        return ("bid" if action == "buy" else "ask"), amount
    return ("ask" if action == "buy" else "bid"), ONE - amount


def from_book(side: BookSideName, outcome: Outcome, price_: Number) -> tuple[Action, Decimal]:
    """The inverse of `to_book` (arguments in the same order: what, which outcome, price):
    what a book order at YES price `price_` means for the YES or the NO holder."""
    amount = to_decimal(price_, "price")
    if side not in ("bid", "ask") or outcome not in ("yes", "no"):
        raise InvalidValue("side must be 'bid' or 'ask' and outcome 'yes' or 'no'")
    if outcome == "yes":
        return ("buy" if side == "bid" else "sell"), amount
    return ("sell" if side == "bid" else "buy"), ONE - amount
