from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.book_side import BookSide
from ..models.create_order_v2_request_time_in_force import (
    CreateOrderV2RequestTimeInForce,
)
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define
class CreateOrderV2Request:
    """
    Attributes:
        ticker (str):
        side (BookSide):
        count (str):
        price (str):
        time_in_force (CreateOrderV2RequestTimeInForce):
        self_trade_prevention_type (SelfTradePreventionType):
        client_order_id (str | Unset):
        expiration_time (int | Unset):
        post_only (bool | Unset):
        cancel_order_on_pause (bool | Unset):
        reduce_only (bool | Unset):
        subaccount (int | Unset):
        order_group_id (str | Unset):
        exchange_index (int | Unset):
    """

    ticker: str
    side: BookSide | Literal["bid", "ask"]
    count: str
    price: str
    time_in_force: (
        CreateOrderV2RequestTimeInForce
        | Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
    )
    self_trade_prevention_type: (
        SelfTradePreventionType | Literal["taker_at_cross", "maker"]
    )
    client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    order_group_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = BookSide.of(self.side).value

        count = self.count

        price = self.price

        time_in_force = CreateOrderV2RequestTimeInForce.of(self.time_in_force).value

        self_trade_prevention_type = SelfTradePreventionType.of(
            self.self_trade_prevention_type
        ).value

        client_order_id = self.client_order_id

        expiration_time = self.expiration_time

        post_only = self.post_only

        cancel_order_on_pause = self.cancel_order_on_pause

        reduce_only = self.reduce_only

        subaccount = self.subaccount

        order_group_id = self.order_group_id

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": time_in_force,
                "self_trade_prevention_type": self_trade_prevention_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            create_order_v2_request = cls.__new__(cls)
            create_order_v2_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_order_v2_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d["ticker"]
        if not isinstance(ticker, (str, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.ticker: expected str, got {type(ticker).__name__}"
            )

        side = BookSide._value2member_map_.get(_raw := d["side"]) or BookSide(_raw)

        count = d["count"]
        if not isinstance(count, (str, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.count: expected str, got {type(count).__name__}"
            )

        price = d["price"]
        if not isinstance(price, (str, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.price: expected str, got {type(price).__name__}"
            )

        time_in_force = CreateOrderV2RequestTimeInForce._value2member_map_.get(
            _raw := d["time_in_force"]
        ) or CreateOrderV2RequestTimeInForce(_raw)

        self_trade_prevention_type = SelfTradePreventionType._value2member_map_.get(
            _raw := d["self_trade_prevention_type"]
        ) or SelfTradePreventionType(_raw)

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        expiration_time = d.get("expiration_time", UNSET)
        if not isinstance(expiration_time, (int, Unset, NoneType)) or isinstance(
            expiration_time, bool
        ):
            raise TypeError(
                f"CreateOrderV2Request.expiration_time: expected int, got {type(expiration_time).__name__}"
            )

        post_only = d.get("post_only", UNSET)
        if not isinstance(post_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.post_only: expected bool, got {type(post_only).__name__}"
            )

        cancel_order_on_pause = d.get("cancel_order_on_pause", UNSET)
        if not isinstance(cancel_order_on_pause, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
            )

        reduce_only = d.get("reduce_only", UNSET)
        if not isinstance(reduce_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.reduce_only: expected bool, got {type(reduce_only).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateOrderV2Request.subaccount: expected int, got {type(subaccount).__name__}"
            )

        order_group_id = d.get("order_group_id", UNSET)
        if not isinstance(order_group_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderV2Request.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"CreateOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        create_order_v2_request = cls(
            ticker=ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            client_order_id=client_order_id,
            expiration_time=expiration_time,
            post_only=post_only,
            cancel_order_on_pause=cancel_order_on_pause,
            reduce_only=reduce_only,
            subaccount=subaccount,
            order_group_id=order_group_id,
            exchange_index=exchange_index,
        )
        create_order_v2_request.additional_properties = _load_additional_properties(
            d, False
        )
        return create_order_v2_request

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(
                    f"CreateOrderV2Request.{name}: {error!r}"
                ) from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"CreateOrderV2Request({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _load_ticker(d: dict[str, Any], lazily: bool) -> str:
    ticker = d["ticker"]
    if not isinstance(ticker, (str, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_side(d: dict[str, Any], lazily: bool) -> BookSide:
    side = BookSide._value2member_map_.get(_raw := d["side"]) or BookSide(_raw)

    return side


def _load_count(d: dict[str, Any], lazily: bool) -> str:
    count = d["count"]
    if not isinstance(count, (str, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.count: expected str, got {type(count).__name__}"
        )

    return count


def _load_price(d: dict[str, Any], lazily: bool) -> str:
    price = d["price"]
    if not isinstance(price, (str, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.price: expected str, got {type(price).__name__}"
        )

    return price


def _load_time_in_force(
    d: dict[str, Any], lazily: bool
) -> CreateOrderV2RequestTimeInForce:
    time_in_force = CreateOrderV2RequestTimeInForce._value2member_map_.get(
        _raw := d["time_in_force"]
    ) or CreateOrderV2RequestTimeInForce(_raw)

    return time_in_force


def _load_self_trade_prevention_type(
    d: dict[str, Any], lazily: bool
) -> SelfTradePreventionType:
    self_trade_prevention_type = SelfTradePreventionType._value2member_map_.get(
        _raw := d["self_trade_prevention_type"]
    ) or SelfTradePreventionType(_raw)

    return self_trade_prevention_type


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_expiration_time(d: dict[str, Any], lazily: bool) -> int | Unset:
    expiration_time = d.get("expiration_time", UNSET)
    if not isinstance(expiration_time, (int, Unset, NoneType)) or isinstance(
        expiration_time, bool
    ):
        raise TypeError(
            f"CreateOrderV2Request.expiration_time: expected int, got {type(expiration_time).__name__}"
        )

    return expiration_time


def _load_post_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    post_only = d.get("post_only", UNSET)
    if not isinstance(post_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.post_only: expected bool, got {type(post_only).__name__}"
        )

    return post_only


def _load_cancel_order_on_pause(d: dict[str, Any], lazily: bool) -> bool | Unset:
    cancel_order_on_pause = d.get("cancel_order_on_pause", UNSET)
    if not isinstance(cancel_order_on_pause, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
        )

    return cancel_order_on_pause


def _load_reduce_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    reduce_only = d.get("reduce_only", UNSET)
    if not isinstance(reduce_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.reduce_only: expected bool, got {type(reduce_only).__name__}"
        )

    return reduce_only


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"CreateOrderV2Request.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_order_group_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_group_id = d.get("order_group_id", UNSET)
    if not isinstance(order_group_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderV2Request.order_group_id: expected str, got {type(order_group_id).__name__}"
        )

    return order_group_id


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"CreateOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "ticker",
        "side",
        "count",
        "price",
        "time_in_force",
        "self_trade_prevention_type",
        "client_order_id",
        "expiration_time",
        "post_only",
        "cancel_order_on_pause",
        "reduce_only",
        "subaccount",
        "order_group_id",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "ticker": _load_ticker,
    "side": _load_side,
    "count": _load_count,
    "price": _load_price,
    "time_in_force": _load_time_in_force,
    "self_trade_prevention_type": _load_self_trade_prevention_type,
    "client_order_id": _load_client_order_id,
    "expiration_time": _load_expiration_time,
    "post_only": _load_post_only,
    "cancel_order_on_pause": _load_cancel_order_on_pause,
    "reduce_only": _load_reduce_only,
    "subaccount": _load_subaccount,
    "order_group_id": _load_order_group_id,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
    "client_order_id",
    "expiration_time",
    "post_only",
    "cancel_order_on_pause",
    "reduce_only",
    "subaccount",
    "order_group_id",
    "exchange_index",
    "additional_properties",
)
