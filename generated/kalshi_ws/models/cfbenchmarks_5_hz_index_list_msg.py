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

T = TypeVar("T", bound="Cfbenchmarks5HzIndexListMsg")


@_attrs_define
class Cfbenchmarks5HzIndexListMsg:
    """
    Attributes:
        index_ids (list[str] | None | Unset):
    """

    index_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_ids: list[str] | None | Unset
        if isinstance(self.index_ids, Unset):
            index_ids = UNSET
        elif isinstance(self.index_ids, list):
            index_ids = self.index_ids

        else:
            index_ids = self.index_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _index_ids_data = d.pop("index_ids", UNSET)
        index_ids: list[str] | None | Unset
        if _index_ids_data is None or isinstance(_index_ids_data, Unset):
            index_ids = _index_ids_data
        elif isinstance(_index_ids_data, list):
            index_ids_type_0 = cast(list[str], _index_ids_data)

            index_ids = index_ids_type_0
        else:
            raise TypeError(
                f"index_ids: unexpected JSON type {type(_index_ids_data).__name__}"
            )

        cfbenchmarks_5_hz_index_list_msg = cls(
            index_ids=index_ids,
        )

        cfbenchmarks_5_hz_index_list_msg.additional_properties = d
        return cfbenchmarks_5_hz_index_list_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("index_ids", self.index_ids),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Cfbenchmarks5HzIndexListMsg({shown})"

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
