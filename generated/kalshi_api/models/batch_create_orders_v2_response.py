from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_create_orders_v2_response_orders_item import (
        BatchCreateOrdersV2ResponseOrdersItem,
    )


T = TypeVar("T", bound="BatchCreateOrdersV2Response")


@_attrs_define
class BatchCreateOrdersV2Response:
    """
    Attributes:
        orders (list[BatchCreateOrdersV2ResponseOrdersItem] | None | Unset):
    """

    orders: list[BatchCreateOrdersV2ResponseOrdersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, list):
            orders = []
            for orders_type_0_item_data in self.orders:
                orders_type_0_item = orders_type_0_item_data.to_dict()
                orders.append(orders_type_0_item)

        else:
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders is not UNSET:
            field_dict["orders"] = orders

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
            batch_create_orders_v2_response = cls.__new__(cls)
            batch_create_orders_v2_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return batch_create_orders_v2_response
        d = dict(src_dict)
        from ..models.batch_create_orders_v2_response_orders_item import (
            BatchCreateOrdersV2ResponseOrdersItem,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _orders_data = d.get("orders", UNSET)
        orders: list[BatchCreateOrdersV2ResponseOrdersItem] | None | Unset
        if _orders_data is None or isinstance(_orders_data, Unset):
            orders = _orders_data
        elif isinstance(_orders_data, list):
            orders_type_0 = []
            _orders_type_0 = _orders_data
            for orders_type_0_item_data in _orders_type_0:
                orders_type_0_item = BatchCreateOrdersV2ResponseOrdersItem.from_dict(
                    lazy=lazily, src_dict=orders_type_0_item_data
                )

                orders_type_0.append(orders_type_0_item)

            orders = orders_type_0
        else:
            raise TypeError(
                f"orders: unexpected JSON type {type(_orders_data).__name__}"
            )

        batch_create_orders_v2_response = cls(
            orders=orders,
        )
        batch_create_orders_v2_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return batch_create_orders_v2_response

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
                    f"BatchCreateOrdersV2Response.{name}: {error!r}"
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
        return f"BatchCreateOrdersV2Response({', '.join(shown)})"

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


def _load_orders(
    d: dict[str, Any], lazily: bool
) -> list[BatchCreateOrdersV2ResponseOrdersItem] | None | Unset:
    from ..models.batch_create_orders_v2_response_orders_item import (
        BatchCreateOrdersV2ResponseOrdersItem,  # noqa: PLC0415
    )

    _orders_data = d.get("orders", UNSET)
    orders: list[BatchCreateOrdersV2ResponseOrdersItem] | None | Unset
    if _orders_data is None or isinstance(_orders_data, Unset):
        orders = _orders_data
    elif isinstance(_orders_data, list):
        orders_type_0 = []
        _orders_type_0 = _orders_data
        for orders_type_0_item_data in _orders_type_0:
            orders_type_0_item = BatchCreateOrdersV2ResponseOrdersItem.from_dict(
                lazy=lazily, src_dict=orders_type_0_item_data
            )

            orders_type_0.append(orders_type_0_item)

        orders = orders_type_0
    else:
        raise TypeError(f"orders: unexpected JSON type {type(_orders_data).__name__}")

    return orders


_FIELDS = frozenset(
    {
        "orders",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "orders": _load_orders,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "orders",
    "additional_properties",
)
