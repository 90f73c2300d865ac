from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelOrderV2Response")


@_attrs_define
class CancelOrderV2Response:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (str | Unset):
        reduced_by (str | Unset):
        ts_ms (int | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    reduced_by: str | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        reduced_by = self.reduced_by

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
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
                f"CancelOrderV2Response.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"CancelOrderV2Response.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        reduced_by = d.pop("reduced_by", UNSET)
        if not isinstance(reduced_by, str | Unset | None):
            raise TypeError(
                f"CancelOrderV2Response.reduced_by: expected str, got {type(reduced_by).__name__}"
            )

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(
                f"CancelOrderV2Response.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        cancel_order_v2_response = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            reduced_by=reduced_by,
            ts_ms=ts_ms,
        )

        cancel_order_v2_response.additional_properties = d
        return cancel_order_v2_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("client_order_id", self.client_order_id),
            ("reduced_by", self.reduced_by),
            ("ts_ms", self.ts_ms),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CancelOrderV2Response({shown})"

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
