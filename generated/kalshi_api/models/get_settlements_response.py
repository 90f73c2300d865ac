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
    from ..models.settlement import Settlement


T = TypeVar("T", bound="GetSettlementsResponse")


@_attrs_define
class GetSettlementsResponse:
    """
    Attributes:
        settlements (list[Settlement] | None | Unset):
        cursor (str | Unset):
    """

    settlements: list[Settlement] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.settlements, Unset):
            settlements = UNSET
        elif isinstance(self.settlements, list):
            settlements = []
            for settlements_type_0_item_data in self.settlements:
                settlements_type_0_item = settlements_type_0_item_data.to_dict()
                settlements.append(settlements_type_0_item)

        else:
            settlements = self.settlements

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlements is not UNSET:
            field_dict["settlements"] = settlements
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement import Settlement  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _settlements_data = d.pop("settlements", UNSET)
        settlements: list[Settlement] | None | Unset
        if _settlements_data is None or isinstance(_settlements_data, Unset):
            settlements = _settlements_data
        elif isinstance(_settlements_data, list):
            settlements_type_0 = []
            _settlements_type_0 = _settlements_data
            for settlements_type_0_item_data in _settlements_type_0:
                settlements_type_0_item = Settlement.from_dict(
                    settlements_type_0_item_data
                )

                settlements_type_0.append(settlements_type_0_item)

            settlements = settlements_type_0
        else:
            raise TypeError(
                f"settlements: unexpected JSON type {type(_settlements_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetSettlementsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_settlements_response = cls(
            settlements=settlements,
            cursor=cursor,
        )

        get_settlements_response.additional_properties = d
        return get_settlements_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("settlements", self.settlements),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetSettlementsResponse({shown})"

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
