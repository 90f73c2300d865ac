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
    from ..models.structured_target import StructuredTarget


T = TypeVar("T", bound="GetStructuredTargetsResponse")


@_attrs_define
class GetStructuredTargetsResponse:
    """
    Attributes:
        structured_targets (list[StructuredTarget] | None | Unset):
        cursor (str | Unset):
    """

    structured_targets: list[StructuredTarget] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        structured_targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.structured_targets, Unset):
            structured_targets = UNSET
        elif isinstance(self.structured_targets, list):
            structured_targets = []
            for structured_targets_type_0_item_data in self.structured_targets:
                structured_targets_type_0_item = (
                    structured_targets_type_0_item_data.to_dict()
                )
                structured_targets.append(structured_targets_type_0_item)

        else:
            structured_targets = self.structured_targets

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if structured_targets is not UNSET:
            field_dict["structured_targets"] = structured_targets
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target import StructuredTarget  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _structured_targets_data = d.pop("structured_targets", UNSET)
        structured_targets: list[StructuredTarget] | None | Unset
        if _structured_targets_data is None or isinstance(
            _structured_targets_data, Unset
        ):
            structured_targets = _structured_targets_data
        elif isinstance(_structured_targets_data, list):
            structured_targets_type_0 = []
            _structured_targets_type_0 = _structured_targets_data
            for structured_targets_type_0_item_data in _structured_targets_type_0:
                structured_targets_type_0_item = StructuredTarget.from_dict(
                    structured_targets_type_0_item_data
                )

                structured_targets_type_0.append(structured_targets_type_0_item)

            structured_targets = structured_targets_type_0
        else:
            raise TypeError(
                f"structured_targets: unexpected JSON type {type(_structured_targets_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetStructuredTargetsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_structured_targets_response = cls(
            structured_targets=structured_targets,
            cursor=cursor,
        )

        get_structured_targets_response.additional_properties = d
        return get_structured_targets_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("structured_targets", self.structured_targets),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetStructuredTargetsResponse({shown})"

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
