"""Building V2 orders in one call, with validated Decimal prices and sizes."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Protocol, Required, TypedDict, TypeVar

from kalshi_api.models import (
    AmendOrderV2Request,
    BookSide,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    SelfTradePreventionType,
)

from . import money
from ._errors import InvalidValue
from .money import Action, BookSideName, Number, Outcome

TimeInForce = CreateOrderV2RequestTimeInForce
E = TypeVar("E", bound=StrEnum)


class LimitOrderFields(TypedDict, total=False):
    """The keyword arguments of `limit_order` (and so of `client.place_order`), for type checkers:
    a misspelt name is an error before anything runs."""

    count: Required[Number]
    price: Required[Number]
    side: BookSideName | None
    action: Action | None
    outcome: Outcome | None
    time_in_force: TimeInForce | str
    self_trade_prevention: SelfTradePreventionType | str
    client_order_id: str | None
    tick: Number
    post_only: bool | None
    reduce_only: bool | None
    expiration_time: int | None
    order_group_id: str | None
    subaccount: int | None


class AmendFields(TypedDict, total=False):
    """The keyword arguments of `amend_request` (and `client.amend_order`)."""

    ticker: Required[str]
    side: Required[BookSideName]
    price: Required[Number]
    count: Required[Number]
    client_order_id: str | None
    updated_client_order_id: str | None
    tick: Number


class HasOrderId(Protocol):
    """Anything that names an order: a create or amend answer, an `Order`, an `OrderState`."""

    @property
    def order_id(self) -> object: ...


OrderRef = str | HasOrderId


def order_id_of(order: OrderRef) -> str:
    """The order id of `order` (an id, or a model holding one); refused when it has none."""
    value = order if isinstance(order, str) else order.order_id
    if not isinstance(value, str) or not value:
        raise InvalidValue(f"{order!r} names no order (its order_id is {value!r})")
    return value


def new_client_order_id() -> str:
    return str(uuid.uuid4())


def strict_member(enum: type[E], value: E | str) -> E:
    """Enum member for a request; unlike response parsing, unknown values are refused."""
    if isinstance(value, enum) and value.name != "UNKNOWN":
        return value
    if value not in enum._value2member_map_:
        allowed = ", ".join(sorted(m.value for m in enum))
        raise InvalidValue(f"{value!r} is not one of {allowed}")
    return enum(value)


def limit_order(
    ticker: str,
    *,
    count: Number,
    price: Number,
    side: BookSideName | None = None,
    action: Action | None = None,
    outcome: Outcome | None = None,
    time_in_force: TimeInForce | str = TimeInForce.GOOD_TILL_CANCELED,
    self_trade_prevention: SelfTradePreventionType | str = SelfTradePreventionType.TAKER_AT_CROSS,
    client_order_id: str | None = None,
    tick: Number = money.DEFAULT_TICK,
    post_only: bool | None = None,
    reduce_only: bool | None = None,
    expiration_time: int | None = None,
    order_group_id: str | None = None,
    subaccount: int | None = None,
) -> CreateOrderV2Request:
    """A `CreateOrderV2Request` with a client_order_id (generated when not given).

    Either give the book `side` ("bid" buys YES, "ask" sells YES) and the YES `price`, or the
    old economics as `action` + `outcome` with that outcome's price: buy NO at 0.30 becomes
    ask at 0.70.
    """
    if side is not None and (action or outcome):
        raise InvalidValue("give side=..., or action=... and outcome=..., not both")
    if side is None:
        if not (action and outcome):
            raise InvalidValue(
                "give side='bid'|'ask', or action='buy'|'sell' and outcome='yes'|'no'"
            )
        side, yes_price = money.to_book(action, outcome, price)
    else:
        if side not in ("bid", "ask"):
            raise InvalidValue(f"side must be 'bid' or 'ask', not {side!r}")
        yes_price = money.to_decimal(price, "price")
    request = CreateOrderV2Request(
        ticker=ticker,
        side=BookSide(side),
        count=money.count(count),
        price=money.price(yes_price, tick=tick),
        time_in_force=strict_member(TimeInForce, time_in_force),
        self_trade_prevention_type=strict_member(SelfTradePreventionType, self_trade_prevention),
        client_order_id=client_order_id or new_client_order_id(),
    )
    optional = {
        "post_only": post_only,
        "reduce_only": reduce_only,
        "expiration_time": expiration_time,
        "order_group_id": order_group_id,
        "subaccount": subaccount,
    }
    for name, value in optional.items():
        if value is not None:
            setattr(request, name, value)
    return request


def amend_request(
    *,
    ticker: str,
    side: BookSideName,
    price: Number,
    count: Number,
    client_order_id: str | None = None,
    updated_client_order_id: str | None = None,
    tick: Number = money.DEFAULT_TICK,
) -> AmendOrderV2Request:
    """An `AmendOrderV2Request`: the order's new YES `price` and total `count`, validated.

    Kalshi needs the order's `ticker` and book `side` too; an amend keeps the order's place in
    the queue only when it lowers the size at the same price.
    """
    request = AmendOrderV2Request(
        ticker=ticker,
        side=strict_member(BookSide, side),
        price=money.price(price, tick=tick),
        count=money.count(count),
    )
    if client_order_id is not None:
        request.client_order_id = client_order_id
    if updated_client_order_id is not None:
        request.updated_client_order_id = updated_client_order_id
    return request
