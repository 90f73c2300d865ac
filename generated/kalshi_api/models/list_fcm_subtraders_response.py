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
    from ..models.fcm_subtrader import FCMSubtrader


T = TypeVar("T", bound="ListFCMSubtradersResponse")


@_attrs_define
class ListFCMSubtradersResponse:
    """
    Attributes:
        subtraders (list[FCMSubtrader] | None | Unset):
    """

    subtraders: list[FCMSubtrader] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtraders: list[dict[str, Any]] | None | Unset
        if isinstance(self.subtraders, Unset):
            subtraders = UNSET
        elif isinstance(self.subtraders, list):
            subtraders = []
            for subtraders_type_0_item_data in self.subtraders:
                subtraders_type_0_item = subtraders_type_0_item_data.to_dict()
                subtraders.append(subtraders_type_0_item)

        else:
            subtraders = self.subtraders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtraders is not UNSET:
            field_dict["subtraders"] = subtraders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fcm_subtrader import FCMSubtrader  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _subtraders_data = d.pop("subtraders", UNSET)
        subtraders: list[FCMSubtrader] | None | Unset
        if _subtraders_data is None or isinstance(_subtraders_data, Unset):
            subtraders = _subtraders_data
        elif isinstance(_subtraders_data, list):
            subtraders_type_0 = []
            _subtraders_type_0 = _subtraders_data
            for subtraders_type_0_item_data in _subtraders_type_0:
                subtraders_type_0_item = FCMSubtrader.from_dict(
                    subtraders_type_0_item_data
                )

                subtraders_type_0.append(subtraders_type_0_item)

            subtraders = subtraders_type_0
        else:
            raise TypeError(
                f"subtraders: unexpected JSON type {type(_subtraders_data).__name__}"
            )

        list_fcm_subtraders_response = cls(
            subtraders=subtraders,
        )

        list_fcm_subtraders_response.additional_properties = d
        return list_fcm_subtraders_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtraders", self.subtraders),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ListFCMSubtradersResponse({shown})"

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
