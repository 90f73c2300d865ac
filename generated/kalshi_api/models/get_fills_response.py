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
    from ..models.fill import Fill


T = TypeVar("T", bound="GetFillsResponse")


@_attrs_define
class GetFillsResponse:
    """
    Attributes:
        fills (list[Fill] | None | Unset):
        cursor (str | Unset):
    """

    fills: list[Fill] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fills: list[dict[str, Any]] | None | Unset
        if isinstance(self.fills, Unset):
            fills = UNSET
        elif isinstance(self.fills, list):
            fills = []
            for fills_type_0_item_data in self.fills:
                fills_type_0_item = fills_type_0_item_data.to_dict()
                fills.append(fills_type_0_item)

        else:
            fills = self.fills

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fills is not UNSET:
            field_dict["fills"] = fills
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fill import Fill  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _fills_data = d.pop("fills", UNSET)
        fills: list[Fill] | None | Unset
        if _fills_data is None or isinstance(_fills_data, Unset):
            fills = _fills_data
        elif isinstance(_fills_data, list):
            fills_type_0 = []
            _fills_type_0 = _fills_data
            for fills_type_0_item_data in _fills_type_0:
                fills_type_0_item = Fill.from_dict(fills_type_0_item_data)

                fills_type_0.append(fills_type_0_item)

            fills = fills_type_0
        else:
            raise TypeError(f"fills: unexpected JSON type {type(_fills_data).__name__}")

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetFillsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_fills_response = cls(
            fills=fills,
            cursor=cursor,
        )

        get_fills_response.additional_properties = d
        return get_fills_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("fills", self.fills),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetFillsResponse({shown})"

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
