from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CreateFCMSubtraderRequest")


@_attrs_define
class CreateFCMSubtraderRequest:
    """
    Attributes:
        subtrader_suffix (str):
    """

    subtrader_suffix: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_suffix = self.subtrader_suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_suffix": subtrader_suffix,
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
        subtrader_suffix = d.pop("subtrader_suffix")
        if not isinstance(subtrader_suffix, str | None):
            raise TypeError(
                f"CreateFCMSubtraderRequest.subtrader_suffix: expected str, got {type(subtrader_suffix).__name__}"
            )

        create_fcm_subtrader_request = cls(
            subtrader_suffix=subtrader_suffix,
        )

        create_fcm_subtrader_request.additional_properties = d
        return create_fcm_subtrader_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtrader_suffix", self.subtrader_suffix),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateFCMSubtraderRequest({shown})"

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
