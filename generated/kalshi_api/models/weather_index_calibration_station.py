from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WeatherIndexCalibrationStation")


@_attrs_define
class WeatherIndexCalibrationStation:
    """
    Attributes:
        station_id (str | Unset):
        weight (float | Unset):
        offset_c (float | Unset):
        update_note (str | Unset):
    """

    station_id: str | Unset = UNSET
    weight: float | Unset = UNSET
    offset_c: float | Unset = UNSET
    update_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        station_id = self.station_id

        weight = self.weight

        offset_c = self.offset_c

        update_note = self.update_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if station_id is not UNSET:
            field_dict["station_id"] = station_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if offset_c is not UNSET:
            field_dict["offset_c"] = offset_c
        if update_note is not UNSET:
            field_dict["update_note"] = update_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        station_id = d.pop("station_id", UNSET)
        if not isinstance(station_id, str | Unset | None):
            raise TypeError(
                f"WeatherIndexCalibrationStation.station_id: expected str, got {type(station_id).__name__}"
            )

        weight = d.pop("weight", UNSET)
        if not isinstance(weight, int | float | Unset | None) or isinstance(
            weight, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibrationStation.weight: expected float, got {type(weight).__name__}"
            )

        offset_c = d.pop("offset_c", UNSET)
        if not isinstance(offset_c, int | float | Unset | None) or isinstance(
            offset_c, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibrationStation.offset_c: expected float, got {type(offset_c).__name__}"
            )

        update_note = d.pop("update_note", UNSET)
        if not isinstance(update_note, str | Unset | None):
            raise TypeError(
                f"WeatherIndexCalibrationStation.update_note: expected str, got {type(update_note).__name__}"
            )

        weather_index_calibration_station = cls(
            station_id=station_id,
            weight=weight,
            offset_c=offset_c,
            update_note=update_note,
        )

        weather_index_calibration_station.additional_properties = d
        return weather_index_calibration_station

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("station_id", self.station_id),
            ("weight", self.weight),
            ("offset_c", self.offset_c),
            ("update_note", self.update_note),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"WeatherIndexCalibrationStation({shown})"

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
