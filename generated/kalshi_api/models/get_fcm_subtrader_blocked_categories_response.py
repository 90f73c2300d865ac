from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFCMSubtraderBlockedCategoriesResponse")


@_attrs_define
class GetFCMSubtraderBlockedCategoriesResponse:
    """
    Attributes:
        categories (list[str] | None | Unset):
    """

    categories: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _categories_data = d.pop("categories", UNSET)
        categories: list[str] | None | Unset
        if _categories_data is None or isinstance(_categories_data, Unset):
            categories = _categories_data
        elif isinstance(_categories_data, list):
            categories_type_0 = cast(list[str], _categories_data)

            categories = categories_type_0
        else:
            raise TypeError(
                f"categories: unexpected JSON type {type(_categories_data).__name__}"
            )

        get_fcm_subtrader_blocked_categories_response = cls(
            categories=categories,
        )

        get_fcm_subtrader_blocked_categories_response.additional_properties = d
        return get_fcm_subtrader_blocked_categories_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("categories", self.categories),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetFCMSubtraderBlockedCategoriesResponse({shown})"

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
