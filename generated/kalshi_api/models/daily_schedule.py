from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DailySchedule")


@_attrs_define
class DailySchedule:
    """
    Attributes:
        open_time (str | Unset):
        close_time (str | Unset):
    """

    open_time: str | Unset = UNSET
    close_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_time = self.open_time

        close_time = self.close_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_time is not UNSET:
            field_dict["open_time"] = open_time
        if close_time is not UNSET:
            field_dict["close_time"] = close_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        open_time = d.pop("open_time", UNSET)
        if not isinstance(open_time, str | Unset | None):
            raise TypeError(
                f"DailySchedule.open_time: expected str, got {type(open_time).__name__}"
            )

        close_time = d.pop("close_time", UNSET)
        if not isinstance(close_time, str | Unset | None):
            raise TypeError(
                f"DailySchedule.close_time: expected str, got {type(close_time).__name__}"
            )

        daily_schedule = cls(
            open_time=open_time,
            close_time=close_time,
        )

        daily_schedule.additional_properties = d
        return daily_schedule

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("open_time", self.open_time),
            ("close_time", self.close_time),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"DailySchedule({shown})"

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
