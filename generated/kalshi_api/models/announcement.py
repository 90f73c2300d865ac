from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.announcement_status import AnnouncementStatus
from ..models.announcement_type import AnnouncementType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Announcement")


@_attrs_define
class Announcement:
    """
    Attributes:
        type_ (AnnouncementType | Unset):
        message (str | Unset):
        delivery_time (datetime.datetime | Unset):
        status (AnnouncementStatus | Unset):
    """

    type_: AnnouncementType | Literal["info", "warning", "error"] | Unset = UNSET
    message: str | Unset = UNSET
    delivery_time: datetime.datetime | Unset = UNSET
    status: AnnouncementStatus | Literal["active", "inactive"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = AnnouncementType.of(self.type_).value

        message = self.message

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = AnnouncementStatus.of(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if delivery_time is not UNSET:
            field_dict["delivery_time"] = delivery_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AnnouncementType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AnnouncementType._value2member_map_.get(
                _raw := _type_
            ) or AnnouncementType(_raw)

        message = d.pop("message", UNSET)
        if not isinstance(message, str | Unset | None):
            raise TypeError(
                f"Announcement.message: expected str, got {type(message).__name__}"
            )

        _delivery_time = d.pop("delivery_time", UNSET)
        delivery_time: datetime.datetime | Unset
        if isinstance(_delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = datetime.datetime.fromisoformat(_delivery_time)

        _status = d.pop("status", UNSET)
        status: AnnouncementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AnnouncementStatus._value2member_map_.get(
                _raw := _status
            ) or AnnouncementStatus(_raw)

        announcement = cls(
            type_=type_,
            message=message,
            delivery_time=delivery_time,
            status=status,
        )

        announcement.additional_properties = d
        return announcement

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("message", self.message),
            ("delivery_time", self.delivery_time),
            ("status", self.status),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Announcement({shown})"

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
