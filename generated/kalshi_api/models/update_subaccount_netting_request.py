from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="UpdateSubaccountNettingRequest")


@_attrs_define
class UpdateSubaccountNettingRequest:
    """
    Attributes:
        subaccount_number (int):
        enabled (bool):
    """

    subaccount_number: int
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_number": subaccount_number,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number")
        if not isinstance(subaccount_number, int | None) or isinstance(
            subaccount_number, bool
        ):
            raise TypeError(
                f"UpdateSubaccountNettingRequest.subaccount_number: expected int, got {type(subaccount_number).__name__}"
            )

        enabled = d.pop("enabled")
        if not isinstance(enabled, bool | None):
            raise TypeError(
                f"UpdateSubaccountNettingRequest.enabled: expected bool, got {type(enabled).__name__}"
            )

        update_subaccount_netting_request = cls(
            subaccount_number=subaccount_number,
            enabled=enabled,
        )

        update_subaccount_netting_request.additional_properties = d
        return update_subaccount_netting_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subaccount_number", self.subaccount_number),
            ("enabled", self.enabled),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"UpdateSubaccountNettingRequest({shown})"

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
