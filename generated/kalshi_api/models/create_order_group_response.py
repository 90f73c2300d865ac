from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderGroupResponse")


@_attrs_define
class CreateOrderGroupResponse:
    """
    Attributes:
        order_group_id (str | Unset):
        subaccount (int | Unset):
        exchange_index (int | Unset):
    """

    order_group_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_group_id = self.order_group_id

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
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
            create_order_group_response = cls.__new__(cls)
            create_order_group_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_order_group_response
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        order_group_id = d.get("order_group_id", UNSET)
        if not isinstance(order_group_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderGroupResponse.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateOrderGroupResponse.subaccount: expected int, got {type(subaccount).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"CreateOrderGroupResponse.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        create_order_group_response = cls(
            order_group_id=order_group_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
        create_order_group_response.additional_properties = _load_additional_properties(
            d, False
        )
        return create_order_group_response

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
                    f"CreateOrderGroupResponse.{name}: {error!r}"
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
        return f"CreateOrderGroupResponse({', '.join(shown)})"

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


def _load_order_group_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_group_id = d.get("order_group_id", UNSET)
    if not isinstance(order_group_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderGroupResponse.order_group_id: expected str, got {type(order_group_id).__name__}"
        )

    return order_group_id


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"CreateOrderGroupResponse.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"CreateOrderGroupResponse.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "order_group_id",
        "subaccount",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "order_group_id": _load_order_group_id,
    "subaccount": _load_subaccount,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order_group_id",
    "subaccount",
    "exchange_index",
    "additional_properties",
)
