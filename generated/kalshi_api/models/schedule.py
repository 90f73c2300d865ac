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
    from ..models.maintenance_window import MaintenanceWindow
    from ..models.weekly_schedule import WeeklySchedule


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """
    Attributes:
        standard_hours (list[WeeklySchedule] | None | Unset):
        maintenance_windows (list[MaintenanceWindow] | None | Unset):
    """

    standard_hours: list[WeeklySchedule] | None | Unset = UNSET
    maintenance_windows: list[MaintenanceWindow] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_hours: list[dict[str, Any]] | None | Unset
        if isinstance(self.standard_hours, Unset):
            standard_hours = UNSET
        elif isinstance(self.standard_hours, list):
            standard_hours = []
            for standard_hours_type_0_item_data in self.standard_hours:
                standard_hours_type_0_item = standard_hours_type_0_item_data.to_dict()
                standard_hours.append(standard_hours_type_0_item)

        else:
            standard_hours = self.standard_hours

        maintenance_windows: list[dict[str, Any]] | None | Unset
        if isinstance(self.maintenance_windows, Unset):
            maintenance_windows = UNSET
        elif isinstance(self.maintenance_windows, list):
            maintenance_windows = []
            for maintenance_windows_type_0_item_data in self.maintenance_windows:
                maintenance_windows_type_0_item = (
                    maintenance_windows_type_0_item_data.to_dict()
                )
                maintenance_windows.append(maintenance_windows_type_0_item)

        else:
            maintenance_windows = self.maintenance_windows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if standard_hours is not UNSET:
            field_dict["standard_hours"] = standard_hours
        if maintenance_windows is not UNSET:
            field_dict["maintenance_windows"] = maintenance_windows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_window import MaintenanceWindow  # noqa: PLC0415
        from ..models.weekly_schedule import WeeklySchedule  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _standard_hours_data = d.pop("standard_hours", UNSET)
        standard_hours: list[WeeklySchedule] | None | Unset
        if _standard_hours_data is None or isinstance(_standard_hours_data, Unset):
            standard_hours = _standard_hours_data
        elif isinstance(_standard_hours_data, list):
            standard_hours_type_0 = []
            _standard_hours_type_0 = _standard_hours_data
            for standard_hours_type_0_item_data in _standard_hours_type_0:
                standard_hours_type_0_item = WeeklySchedule.from_dict(
                    standard_hours_type_0_item_data
                )

                standard_hours_type_0.append(standard_hours_type_0_item)

            standard_hours = standard_hours_type_0
        else:
            raise TypeError(
                f"standard_hours: unexpected JSON type {type(_standard_hours_data).__name__}"
            )

        _maintenance_windows_data = d.pop("maintenance_windows", UNSET)
        maintenance_windows: list[MaintenanceWindow] | None | Unset
        if _maintenance_windows_data is None or isinstance(
            _maintenance_windows_data, Unset
        ):
            maintenance_windows = _maintenance_windows_data
        elif isinstance(_maintenance_windows_data, list):
            maintenance_windows_type_0 = []
            _maintenance_windows_type_0 = _maintenance_windows_data
            for maintenance_windows_type_0_item_data in _maintenance_windows_type_0:
                maintenance_windows_type_0_item = MaintenanceWindow.from_dict(
                    maintenance_windows_type_0_item_data
                )

                maintenance_windows_type_0.append(maintenance_windows_type_0_item)

            maintenance_windows = maintenance_windows_type_0
        else:
            raise TypeError(
                f"maintenance_windows: unexpected JSON type {type(_maintenance_windows_data).__name__}"
            )

        schedule = cls(
            standard_hours=standard_hours,
            maintenance_windows=maintenance_windows,
        )

        schedule.additional_properties = d
        return schedule

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("standard_hours", self.standard_hours),
            ("maintenance_windows", self.maintenance_windows),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Schedule({shown})"

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
