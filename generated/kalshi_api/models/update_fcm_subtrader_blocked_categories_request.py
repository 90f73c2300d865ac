from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="UpdateFCMSubtraderBlockedCategoriesRequest")


@_attrs_define
class UpdateFCMSubtraderBlockedCategoriesRequest:
    """
    Attributes:
        subtrader_id (str):
        category (str):
        blocked (bool):
    """

    subtrader_id: str
    category: str
    blocked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        category = self.category

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "category": category,
                "blocked": blocked,
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
        subtrader_id = d.pop("subtrader_id")
        if not isinstance(subtrader_id, str | None):
            raise TypeError(
                f"UpdateFCMSubtraderBlockedCategoriesRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        category = d.pop("category")
        if not isinstance(category, str | None):
            raise TypeError(
                f"UpdateFCMSubtraderBlockedCategoriesRequest.category: expected str, got {type(category).__name__}"
            )

        blocked = d.pop("blocked")
        if not isinstance(blocked, bool | None):
            raise TypeError(
                f"UpdateFCMSubtraderBlockedCategoriesRequest.blocked: expected bool, got {type(blocked).__name__}"
            )

        update_fcm_subtrader_blocked_categories_request = cls(
            subtrader_id=subtrader_id,
            category=category,
            blocked=blocked,
        )

        update_fcm_subtrader_blocked_categories_request.additional_properties = d
        return update_fcm_subtrader_blocked_categories_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtrader_id", self.subtrader_id),
            ("category", self.category),
            ("blocked", self.blocked),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"UpdateFCMSubtraderBlockedCategoriesRequest({shown})"

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
