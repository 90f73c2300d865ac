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
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define
class AmendOrderV2Request:
    """
    Attributes:
        ticker (str):
        side (BookSide):
        price (str):
        count (str):
        client_order_id (str | Unset):
        updated_client_order_id (str | Unset):
        expiration_time (int | Unset):
        exchange_index (int | Unset):
    """

    ticker: str
    side: BookSide | Literal["bid", "ask"]
    price: str
    count: str
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = BookSide.of(self.side).value

        price = self.price

        count = self.count

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        expiration_time = self.expiration_time

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
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
            amend_order_v2_request = cls.__new__(cls)
            amend_order_v2_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return amend_order_v2_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d["ticker"]
        if not isinstance(ticker, (str, NoneType)):
            raise TypeError(
                f"AmendOrderV2Request.ticker: expected str, got {type(ticker).__name__}"
            )

        side = BookSide._value2member_map_.get(_raw := d["side"]) or BookSide(_raw)

        price = d["price"]
        if not isinstance(price, (str, NoneType)):
            raise TypeError(
                f"AmendOrderV2Request.price: expected str, got {type(price).__name__}"
            )

        count = d["count"]
        if not isinstance(count, (str, NoneType)):
            raise TypeError(
                f"AmendOrderV2Request.count: expected str, got {type(count).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderV2Request.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        updated_client_order_id = d.get("updated_client_order_id", UNSET)
        if not isinstance(updated_client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderV2Request.updated_client_order_id: expected str, got {type(updated_client_order_id).__name__}"
            )

        expiration_time = d.get("expiration_time", UNSET)
        if not isinstance(expiration_time, (int, Unset, NoneType)) or isinstance(
            expiration_time, bool
        ):
            raise TypeError(
                f"AmendOrderV2Request.expiration_time: expected int, got {type(expiration_time).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"AmendOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        amend_order_v2_request = cls(
            ticker=ticker,
            side=side,
            price=price,
            count=count,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            expiration_time=expiration_time,
            exchange_index=exchange_index,
        )
        amend_order_v2_request.additional_properties = _load_additional_properties(
            d, False
        )
        return amend_order_v2_request

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
                    f"AmendOrderV2Request.{name}: {error!r}"
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
        return f"AmendOrderV2Request({', '.join(shown)})"

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
            f"AmendOrderV2Request.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_side(d: dict[str, Any], lazily: bool) -> BookSide:
    side = BookSide._value2member_map_.get(_raw := d["side"]) or BookSide(_raw)

    return side


def _load_price(d: dict[str, Any], lazily: bool) -> str:
    price = d["price"]
    if not isinstance(price, (str, NoneType)):
        raise TypeError(
            f"AmendOrderV2Request.price: expected str, got {type(price).__name__}"
        )

    return price


def _load_count(d: dict[str, Any], lazily: bool) -> str:
    count = d["count"]
    if not isinstance(count, (str, NoneType)):
        raise TypeError(
            f"AmendOrderV2Request.count: expected str, got {type(count).__name__}"
        )

    return count


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderV2Request.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_updated_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    updated_client_order_id = d.get("updated_client_order_id", UNSET)
    if not isinstance(updated_client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderV2Request.updated_client_order_id: expected str, got {type(updated_client_order_id).__name__}"
        )

    return updated_client_order_id


def _load_expiration_time(d: dict[str, Any], lazily: bool) -> int | Unset:
    expiration_time = d.get("expiration_time", UNSET)
    if not isinstance(expiration_time, (int, Unset, NoneType)) or isinstance(
        expiration_time, bool
    ):
        raise TypeError(
            f"AmendOrderV2Request.expiration_time: expected int, got {type(expiration_time).__name__}"
        )

    return expiration_time


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"AmendOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "ticker",
        "side",
        "price",
        "count",
        "client_order_id",
        "updated_client_order_id",
        "expiration_time",
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
    "price": _load_price,
    "count": _load_count,
    "client_order_id": _load_client_order_id,
    "updated_client_order_id": _load_updated_client_order_id,
    "expiration_time": _load_expiration_time,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "side",
    "price",
    "count",
    "client_order_id",
    "updated_client_order_id",
    "expiration_time",
    "exchange_index",
    "additional_properties",
)
