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

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="BatchCreateOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCreateOrdersV2ResponseOrdersItem:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (None | str | Unset):
        fill_count (None | str | Unset):
        remaining_count (None | str | Unset):
        average_fill_price (None | str | Unset):
        average_fee_paid (None | str | Unset):
        ts_ms (int | None | Unset):
        error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    fill_count: None | str | Unset = UNSET
    remaining_count: None | str | Unset = UNSET
    average_fill_price: None | str | Unset = UNSET
    average_fee_paid: None | str | Unset = UNSET
    ts_ms: int | None | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        order_id = self.order_id

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        fill_count: None | str | Unset
        if isinstance(self.fill_count, Unset):
            fill_count = UNSET
        else:
            fill_count = self.fill_count

        remaining_count: None | str | Unset
        if isinstance(self.remaining_count, Unset):
            remaining_count = UNSET
        else:
            remaining_count = self.remaining_count

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

        ts_ms: int | None | Unset
        if isinstance(self.ts_ms, Unset):
            ts_ms = UNSET
        else:
            ts_ms = self.ts_ms

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if error is not UNSET:
            field_dict["error"] = error

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
            batch_create_orders_v2_response_orders_item = cls.__new__(cls)
            batch_create_orders_v2_response_orders_item._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return batch_create_orders_v2_response_orders_item
        d = dict(src_dict)
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BatchCreateOrdersV2ResponseOrdersItem.order_id: expected str, got {type(order_id).__name__}"
            )

        _client_order_id_data = d.get("client_order_id", UNSET)
        client_order_id: None | str | Unset
        if _client_order_id_data is None or isinstance(_client_order_id_data, Unset):
            client_order_id = _client_order_id_data
        elif not isinstance(_client_order_id_data, (str,)):
            raise TypeError(
                f"client_order_id: expected str, got {type(_client_order_id_data).__name__}"
            )
        else:
            client_order_id = cast(None | str | Unset, _client_order_id_data)

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

        _ts_ms_data = d.get("ts_ms", UNSET)
        ts_ms: int | None | Unset
        if _ts_ms_data is None or isinstance(_ts_ms_data, Unset):
            ts_ms = _ts_ms_data
        elif not isinstance(_ts_ms_data, (int,)) or isinstance(_ts_ms_data, bool):
            raise TypeError(f"ts_ms: expected int, got {type(_ts_ms_data).__name__}")
        else:
            ts_ms = cast(int | None | Unset, _ts_ms_data)

        _error_data = d.get("error", UNSET)
        error: ErrorResponse | None | Unset
        if _error_data is None or isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_1 = ErrorResponse.from_dict(lazy=lazily, src_dict=_error_data)

            error = error_type_1
        else:
            raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

        batch_create_orders_v2_response_orders_item = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
            ts_ms=ts_ms,
            error=error,
        )
        batch_create_orders_v2_response_orders_item.additional_properties = (
            _load_additional_properties(d, False)
        )
        return batch_create_orders_v2_response_orders_item

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
                    f"BatchCreateOrdersV2ResponseOrdersItem.{name}: {error!r}"
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
        return f"BatchCreateOrdersV2ResponseOrdersItem({', '.join(shown)})"

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
            f"BatchCreateOrdersV2ResponseOrdersItem.order_id: expected str, got {type(order_id).__name__}"
        )

    return order_id


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _client_order_id_data = d.get("client_order_id", UNSET)
    client_order_id: None | str | Unset
    if _client_order_id_data is None or isinstance(_client_order_id_data, Unset):
        client_order_id = _client_order_id_data
    elif not isinstance(_client_order_id_data, (str,)):
        raise TypeError(
            f"client_order_id: expected str, got {type(_client_order_id_data).__name__}"
        )
    else:
        client_order_id = cast(None | str | Unset, _client_order_id_data)

    return client_order_id


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


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _ts_ms_data = d.get("ts_ms", UNSET)
    ts_ms: int | None | Unset
    if _ts_ms_data is None or isinstance(_ts_ms_data, Unset):
        ts_ms = _ts_ms_data
    elif not isinstance(_ts_ms_data, (int,)) or isinstance(_ts_ms_data, bool):
        raise TypeError(f"ts_ms: expected int, got {type(_ts_ms_data).__name__}")
    else:
        ts_ms = cast(int | None | Unset, _ts_ms_data)

    return ts_ms


def _load_error(d: dict[str, Any], lazily: bool) -> ErrorResponse | None | Unset:
    from ..models.error_response import ErrorResponse  # noqa: PLC0415

    _error_data = d.get("error", UNSET)
    error: ErrorResponse | None | Unset
    if _error_data is None or isinstance(_error_data, Unset):
        error = _error_data
    elif isinstance(_error_data, dict):
        error_type_1 = ErrorResponse.from_dict(lazy=lazily, src_dict=_error_data)

        error = error_type_1
    else:
        raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

    return error


_FIELDS = frozenset(
    {
        "order_id",
        "client_order_id",
        "fill_count",
        "remaining_count",
        "average_fill_price",
        "average_fee_paid",
        "ts_ms",
        "error",
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
    "fill_count": _load_fill_count,
    "remaining_count": _load_remaining_count,
    "average_fill_price": _load_average_fill_price,
    "average_fee_paid": _load_average_fee_paid,
    "ts_ms": _load_ts_ms,
    "error": _load_error,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order_id",
    "client_order_id",
    "fill_count",
    "remaining_count",
    "average_fill_price",
    "average_fee_paid",
    "ts_ms",
    "error",
    "additional_properties",
)
