from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="GetTagsForSeriesCategoriesResponseTagsByCategories")


@_attrs_define
class GetTagsForSeriesCategoriesResponseTagsByCategories:
    additional_properties: dict[str, list[str] | None] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        get_tags_for_series_categories_response_tags_by_categories = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: list[str] | None
            if _additional_property_data is None:
                additional_property = _additional_property_data
            elif isinstance(_additional_property_data, list):
                additional_property_type_0 = cast(list[str], _additional_property_data)

                additional_property = additional_property_type_0
            else:
                raise TypeError(
                    f"additional_property: unexpected JSON type {type(_additional_property_data).__name__}"
                )

            additional_properties[prop_name] = additional_property

        get_tags_for_series_categories_response_tags_by_categories.additional_properties = additional_properties
        return get_tags_for_series_categories_response_tags_by_categories

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetTagsForSeriesCategoriesResponseTagsByCategories({shown})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
