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
    from ..models.milestone import Milestone


T = TypeVar("T", bound="GetMilestonesResponse")


@_attrs_define
class GetMilestonesResponse:
    """
    Attributes:
        milestones (list[Milestone] | None | Unset):
        cursor (str | Unset):
    """

    milestones: list[Milestone] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestones: list[dict[str, Any]] | None | Unset
        if isinstance(self.milestones, Unset):
            milestones = UNSET
        elif isinstance(self.milestones, list):
            milestones = []
            for milestones_type_0_item_data in self.milestones:
                milestones_type_0_item = milestones_type_0_item_data.to_dict()
                milestones.append(milestones_type_0_item)

        else:
            milestones = self.milestones

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone import Milestone  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _milestones_data = d.pop("milestones", UNSET)
        milestones: list[Milestone] | None | Unset
        if _milestones_data is None or isinstance(_milestones_data, Unset):
            milestones = _milestones_data
        elif isinstance(_milestones_data, list):
            milestones_type_0 = []
            _milestones_type_0 = _milestones_data
            for milestones_type_0_item_data in _milestones_type_0:
                milestones_type_0_item = Milestone.from_dict(
                    milestones_type_0_item_data
                )

                milestones_type_0.append(milestones_type_0_item)

            milestones = milestones_type_0
        else:
            raise TypeError(
                f"milestones: unexpected JSON type {type(_milestones_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetMilestonesResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_milestones_response = cls(
            milestones=milestones,
            cursor=cursor,
        )

        get_milestones_response.additional_properties = d
        return get_milestones_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("milestones", self.milestones),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetMilestonesResponse({shown})"

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
