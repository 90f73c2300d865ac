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
    from ..models.live_data_details import LiveDataDetails


T = TypeVar("T", bound="LiveData")


@_attrs_define
class LiveData:
    """
    Attributes:
        type_ (str | Unset):
        details (LiveDataDetails | Unset):
        milestone_id (str | Unset):
    """

    type_: str | Unset = UNSET
    details: LiveDataDetails | Unset = UNSET
    milestone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        milestone_id = self.milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_data_details import LiveDataDetails  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str | Unset | None):
            raise TypeError(f"LiveData.type_: expected str, got {type(type_).__name__}")

        _details = d.pop("details", UNSET)
        details: LiveDataDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = LiveDataDetails.from_dict(_details)

        milestone_id = d.pop("milestone_id", UNSET)
        if not isinstance(milestone_id, str | Unset | None):
            raise TypeError(
                f"LiveData.milestone_id: expected str, got {type(milestone_id).__name__}"
            )

        live_data = cls(
            type_=type_,
            details=details,
            milestone_id=milestone_id,
        )

        live_data.additional_properties = d
        return live_data

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("details", self.details),
            ("milestone_id", self.milestone_id),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"LiveData({shown})"

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
