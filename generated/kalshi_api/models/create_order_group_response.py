from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_group_id = d.pop("order_group_id", UNSET)
        if not isinstance(order_group_id, str | Unset | None):
            raise TypeError(
                f"CreateOrderGroupResponse.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateOrderGroupResponse.subaccount: expected int, got {type(subaccount).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
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

        create_order_group_response.additional_properties = d
        return create_order_group_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_group_id", self.order_group_id),
            ("subaccount", self.subaccount),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateOrderGroupResponse({shown})"

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
