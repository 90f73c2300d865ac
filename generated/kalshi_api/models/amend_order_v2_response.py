from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Response")


@_attrs_define
class AmendOrderV2Response:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        remaining_count (None | str | Unset):
        fill_count (None | str | Unset):
        average_fill_price (None | str | Unset):
        average_fee_paid (None | str | Unset):
        ts_ms (int | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    remaining_count: None | str | Unset = UNSET
    fill_count: None | str | Unset = UNSET
    average_fill_price: None | str | Unset = UNSET
    average_fee_paid: None | str | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        remaining_count: None | str | Unset
        if isinstance(self.remaining_count, Unset):
            remaining_count = UNSET
        else:
            remaining_count = self.remaining_count

        fill_count: None | str | Unset
        if isinstance(self.fill_count, Unset):
            fill_count = UNSET
        else:
            fill_count = self.fill_count

        average_fill_price: None | str | Unset
        if isinstance(self.average_fill_price, Unset):
            average_fill_price = UNSET
        else:
            average_fill_price = self.average_fill_price

        average_fee_paid: None | str | Unset
        if isinstance(self.average_fee_paid, Unset):
            average_fee_paid = UNSET
        else:
            average_fee_paid = self.average_fee_paid

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

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
            amend_order_v2_response = cls.__new__(cls)
            amend_order_v2_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return amend_order_v2_response
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderV2Response.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderV2Response.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        _remaining_count_data = d.get("remaining_count", UNSET)
        remaining_count: None | str | Unset
        if _remaining_count_data is None or isinstance(_remaining_count_data, Unset):
            remaining_count = _remaining_count_data
        elif not isinstance(_remaining_count_data, (str,)):
            raise TypeError(
                f"remaining_count: expected str, got {type(_remaining_count_data).__name__}"
            )
        else:
            remaining_count = cast(None | str | Unset, _remaining_count_data)

        _fill_count_data = d.get("fill_count", UNSET)
        fill_count: None | str | Unset
        if _fill_count_data is None or isinstance(_fill_count_data, Unset):
            fill_count = _fill_count_data
        elif not isinstance(_fill_count_data, (str,)):
            raise TypeError(
                f"fill_count: expected str, got {type(_fill_count_data).__name__}"
            )
        else:
            fill_count = cast(None | str | Unset, _fill_count_data)

        _average_fill_price_data = d.get("average_fill_price", UNSET)
        average_fill_price: None | str | Unset
        if _average_fill_price_data is None or isinstance(
            _average_fill_price_data, Unset
        ):
            average_fill_price = _average_fill_price_data
        elif not isinstance(_average_fill_price_data, (str,)):
            raise TypeError(
                f"average_fill_price: expected str, got {type(_average_fill_price_data).__name__}"
            )
        else:
            average_fill_price = cast(None | str | Unset, _average_fill_price_data)

        _average_fee_paid_data = d.get("average_fee_paid", UNSET)
        average_fee_paid: None | str | Unset
        if _average_fee_paid_data is None or isinstance(_average_fee_paid_data, Unset):
            average_fee_paid = _average_fee_paid_data
        elif not isinstance(_average_fee_paid_data, (str,)):
            raise TypeError(
                f"average_fee_paid: expected str, got {type(_average_fee_paid_data).__name__}"
            )
        else:
            average_fee_paid = cast(None | str | Unset, _average_fee_paid_data)

        ts_ms = d.get("ts_ms", UNSET)
        if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
            raise TypeError(
                f"AmendOrderV2Response.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        amend_order_v2_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            remaining_count=remaining_count,
            fill_count=fill_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
            ts_ms=ts_ms,
        )
        amend_order_v2_response.additional_properties = _load_additional_properties(
            d, False
        )
        return amend_order_v2_response

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
                    f"AmendOrderV2Response.{name}: {error!r}"
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
        return f"AmendOrderV2Response({', '.join(shown)})"

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


def _load_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_id = d.get("order_id", UNSET)
    if not isinstance(order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderV2Response.order_id: expected str, got {type(order_id).__name__}"
        )

    return order_id


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderV2Response.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_remaining_count(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _remaining_count_data = d.get("remaining_count", UNSET)
    remaining_count: None | str | Unset
    if _remaining_count_data is None or isinstance(_remaining_count_data, Unset):
        remaining_count = _remaining_count_data
    elif not isinstance(_remaining_count_data, (str,)):
        raise TypeError(
            f"remaining_count: expected str, got {type(_remaining_count_data).__name__}"
        )
    else:
        remaining_count = cast(None | str | Unset, _remaining_count_data)

    return remaining_count


def _load_fill_count(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _fill_count_data = d.get("fill_count", UNSET)
    fill_count: None | str | Unset
    if _fill_count_data is None or isinstance(_fill_count_data, Unset):
        fill_count = _fill_count_data
    elif not isinstance(_fill_count_data, (str,)):
        raise TypeError(
            f"fill_count: expected str, got {type(_fill_count_data).__name__}"
        )
    else:
        fill_count = cast(None | str | Unset, _fill_count_data)

    return fill_count


def _load_average_fill_price(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _average_fill_price_data = d.get("average_fill_price", UNSET)
    average_fill_price: None | str | Unset
    if _average_fill_price_data is None or isinstance(_average_fill_price_data, Unset):
        average_fill_price = _average_fill_price_data
    elif not isinstance(_average_fill_price_data, (str,)):
        raise TypeError(
            f"average_fill_price: expected str, got {type(_average_fill_price_data).__name__}"
        )
    else:
        average_fill_price = cast(None | str | Unset, _average_fill_price_data)

    return average_fill_price


def _load_average_fee_paid(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _average_fee_paid_data = d.get("average_fee_paid", UNSET)
    average_fee_paid: None | str | Unset
    if _average_fee_paid_data is None or isinstance(_average_fee_paid_data, Unset):
        average_fee_paid = _average_fee_paid_data
    elif not isinstance(_average_fee_paid_data, (str,)):
        raise TypeError(
            f"average_fee_paid: expected str, got {type(_average_fee_paid_data).__name__}"
        )
    else:
        average_fee_paid = cast(None | str | Unset, _average_fee_paid_data)

    return average_fee_paid


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts_ms = d.get("ts_ms", UNSET)
    if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
        raise TypeError(
            f"AmendOrderV2Response.ts_ms: expected int, got {type(ts_ms).__name__}"
        )

    return ts_ms


_FIELDS = frozenset(
    {
        "order_id",
        "client_order_id",
        "remaining_count",
        "fill_count",
        "average_fill_price",
        "average_fee_paid",
        "ts_ms",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "order_id": _load_order_id,
    "client_order_id": _load_client_order_id,
    "remaining_count": _load_remaining_count,
    "fill_count": _load_fill_count,
    "average_fill_price": _load_average_fill_price,
    "average_fee_paid": _load_average_fee_paid,
    "ts_ms": _load_ts_ms,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order_id",
    "client_order_id",
    "remaining_count",
    "fill_count",
    "average_fill_price",
    "average_fee_paid",
    "ts_ms",
    "additional_properties",
)
