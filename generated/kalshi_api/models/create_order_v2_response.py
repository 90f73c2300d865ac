from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderV2Response")


@_attrs_define
class CreateOrderV2Response:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        fill_count (str | Unset):
        remaining_count (str | Unset):
        average_fill_price (str | Unset):
        average_fee_paid (str | Unset):
        ts_ms (int | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    fill_count: str | Unset = UNSET
    remaining_count: str | Unset = UNSET
    average_fill_price: str | Unset = UNSET
    average_fee_paid: str | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        fill_count = self.fill_count

        remaining_count = self.remaining_count

        average_fill_price = self.average_fill_price

        average_fee_paid = self.average_fee_paid

        ts_ms = self.ts_ms

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)
        if not isinstance(order_id, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Response.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Response.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        fill_count = d.pop("fill_count", UNSET)
        if not isinstance(fill_count, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Response.fill_count: expected str, got {type(fill_count).__name__}"
            )

        remaining_count = d.pop("remaining_count", UNSET)
        if not isinstance(remaining_count, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Response.remaining_count: expected str, got {type(remaining_count).__name__}"
            )

        average_fill_price = d.pop("average_fill_price", UNSET)
        if not isinstance(average_fill_price, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Response.average_fill_price: expected str, got {type(average_fill_price).__name__}"
            )

        average_fee_paid = d.pop("average_fee_paid", UNSET)
        if not isinstance(average_fee_paid, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Response.average_fee_paid: expected str, got {type(average_fee_paid).__name__}"
            )

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(
                f"CreateOrderV2Response.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        create_order_v2_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
            ts_ms=ts_ms,
        )

        create_order_v2_response.additional_properties = d
        return create_order_v2_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("client_order_id", self.client_order_id),
            ("fill_count", self.fill_count),
            ("remaining_count", self.remaining_count),
            ("average_fill_price", self.average_fill_price),
            ("average_fee_paid", self.average_fee_paid),
            ("ts_ms", self.ts_ms),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateOrderV2Response({shown})"

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
