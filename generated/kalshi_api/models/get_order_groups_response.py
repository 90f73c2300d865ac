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
    from ..models.order_group import OrderGroup


T = TypeVar("T", bound="GetOrderGroupsResponse")


@_attrs_define
class GetOrderGroupsResponse:
    """
    Attributes:
        order_groups (list[OrderGroup] | None | Unset):
    """

    order_groups: list[OrderGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_groups, Unset):
            order_groups = UNSET
        elif isinstance(self.order_groups, list):
            order_groups = []
            for order_groups_type_0_item_data in self.order_groups:
                order_groups_type_0_item = order_groups_type_0_item_data.to_dict()
                order_groups.append(order_groups_type_0_item)

        else:
            order_groups = self.order_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_groups is not UNSET:
            field_dict["order_groups"] = order_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_group import OrderGroup  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _order_groups_data = d.pop("order_groups", UNSET)
        order_groups: list[OrderGroup] | None | Unset
        if _order_groups_data is None or isinstance(_order_groups_data, Unset):
            order_groups = _order_groups_data
        elif isinstance(_order_groups_data, list):
            order_groups_type_0 = []
            _order_groups_type_0 = _order_groups_data
            for order_groups_type_0_item_data in _order_groups_type_0:
                order_groups_type_0_item = OrderGroup.from_dict(
                    order_groups_type_0_item_data
                )

                order_groups_type_0.append(order_groups_type_0_item)

            order_groups = order_groups_type_0
        else:
            raise TypeError(
                f"order_groups: unexpected JSON type {type(_order_groups_data).__name__}"
            )

        get_order_groups_response = cls(
            order_groups=order_groups,
        )

        get_order_groups_response.additional_properties = d
        return get_order_groups_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_groups", self.order_groups),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetOrderGroupsResponse({shown})"

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
