from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_individual_response import (
        BatchCancelOrdersIndividualResponse,
    )


T = TypeVar("T", bound="BatchCancelOrdersResponse")


@_attrs_define
class BatchCancelOrdersResponse:
    """
    Attributes:
        orders (list[BatchCancelOrdersIndividualResponse] | None | Unset):
    """

    orders: list[BatchCancelOrdersIndividualResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_cancel_orders_individual_response import (
            BatchCancelOrdersIndividualResponse,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _orders_data = d.pop("orders", UNSET)
        orders: list[BatchCancelOrdersIndividualResponse] | None | Unset
        if _orders_data is None or isinstance(_orders_data, Unset):
            orders = _orders_data
        elif isinstance(_orders_data, list):
            orders_type_0 = []
            _orders_type_0 = _orders_data
            for orders_type_0_item_data in _orders_type_0:
                orders_type_0_item = BatchCancelOrdersIndividualResponse.from_dict(
                    orders_type_0_item_data
                )

                orders_type_0.append(orders_type_0_item)

            orders = orders_type_0
        else:
            raise TypeError(
                f"orders: unexpected JSON type {type(_orders_data).__name__}"
            )

        batch_cancel_orders_response = cls(
            orders=orders,
        )

        batch_cancel_orders_response.additional_properties = d
        return batch_cancel_orders_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("orders", self.orders),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchCancelOrdersResponse({shown})"

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
