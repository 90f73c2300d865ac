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
    from ..models.weather_index_calibration_station import (
        WeatherIndexCalibrationStation,
    )


T = TypeVar("T", bound="WeatherIndexCalibration")


@_attrs_define
class WeatherIndexCalibration:
    """
    Attributes:
        config_version (str | Unset):
        published_at_ms (int | Unset):
        effective_at_ms (int | Unset):
        change_reason (str | Unset):
        calibration_window_start_ms (int | Unset):
        calibration_window_end_ms (int | Unset):
        city_reference_c (float | Unset):
        stations (list[WeatherIndexCalibrationStation] | None | Unset):
    """

    config_version: str | Unset = UNSET
    published_at_ms: int | Unset = UNSET
    effective_at_ms: int | Unset = UNSET
    change_reason: str | Unset = UNSET
    calibration_window_start_ms: int | Unset = UNSET
    calibration_window_end_ms: int | Unset = UNSET
    city_reference_c: float | Unset = UNSET
    stations: list[WeatherIndexCalibrationStation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_version = self.config_version

        published_at_ms = self.published_at_ms

        effective_at_ms = self.effective_at_ms

        change_reason = self.change_reason

        calibration_window_start_ms = self.calibration_window_start_ms

        calibration_window_end_ms = self.calibration_window_end_ms

        city_reference_c = self.city_reference_c

        stations: list[dict[str, Any]] | None | Unset
        if isinstance(self.stations, Unset):
            stations = UNSET
        elif isinstance(self.stations, list):
            stations = []
            for stations_type_0_item_data in self.stations:
                stations_type_0_item = stations_type_0_item_data.to_dict()
                stations.append(stations_type_0_item)

        else:
            stations = self.stations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        if published_at_ms is not UNSET:
            field_dict["published_at_ms"] = published_at_ms
        if effective_at_ms is not UNSET:
            field_dict["effective_at_ms"] = effective_at_ms
        if change_reason is not UNSET:
            field_dict["change_reason"] = change_reason
        if calibration_window_start_ms is not UNSET:
            field_dict["calibration_window_start_ms"] = calibration_window_start_ms
        if calibration_window_end_ms is not UNSET:
            field_dict["calibration_window_end_ms"] = calibration_window_end_ms
        if city_reference_c is not UNSET:
            field_dict["city_reference_c"] = city_reference_c
        if stations is not UNSET:
            field_dict["stations"] = stations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_calibration_station import (
            WeatherIndexCalibrationStation,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        config_version = d.pop("config_version", UNSET)
        if not isinstance(config_version, str | Unset | None):
            raise TypeError(
                f"WeatherIndexCalibration.config_version: expected str, got {type(config_version).__name__}"
            )

        published_at_ms = d.pop("published_at_ms", UNSET)
        if not isinstance(published_at_ms, int | Unset | None) or isinstance(
            published_at_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibration.published_at_ms: expected int, got {type(published_at_ms).__name__}"
            )

        effective_at_ms = d.pop("effective_at_ms", UNSET)
        if not isinstance(effective_at_ms, int | Unset | None) or isinstance(
            effective_at_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibration.effective_at_ms: expected int, got {type(effective_at_ms).__name__}"
            )

        change_reason = d.pop("change_reason", UNSET)
        if not isinstance(change_reason, str | Unset | None):
            raise TypeError(
                f"WeatherIndexCalibration.change_reason: expected str, got {type(change_reason).__name__}"
            )

        calibration_window_start_ms = d.pop("calibration_window_start_ms", UNSET)
        if not isinstance(
            calibration_window_start_ms, int | Unset | None
        ) or isinstance(calibration_window_start_ms, bool):
            raise TypeError(
                f"WeatherIndexCalibration.calibration_window_start_ms: expected int, got {type(calibration_window_start_ms).__name__}"
            )

        calibration_window_end_ms = d.pop("calibration_window_end_ms", UNSET)
        if not isinstance(calibration_window_end_ms, int | Unset | None) or isinstance(
            calibration_window_end_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibration.calibration_window_end_ms: expected int, got {type(calibration_window_end_ms).__name__}"
            )

        city_reference_c = d.pop("city_reference_c", UNSET)
        if not isinstance(city_reference_c, int | float | Unset | None) or isinstance(
            city_reference_c, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibration.city_reference_c: expected float, got {type(city_reference_c).__name__}"
            )

        _stations_data = d.pop("stations", UNSET)
        stations: list[WeatherIndexCalibrationStation] | None | Unset
        if _stations_data is None or isinstance(_stations_data, Unset):
            stations = _stations_data
        elif isinstance(_stations_data, list):
            stations_type_0 = []
            _stations_type_0 = _stations_data
            for stations_type_0_item_data in _stations_type_0:
                stations_type_0_item = WeatherIndexCalibrationStation.from_dict(
                    stations_type_0_item_data
                )

                stations_type_0.append(stations_type_0_item)

            stations = stations_type_0
        else:
            raise TypeError(
                f"stations: unexpected JSON type {type(_stations_data).__name__}"
            )

        weather_index_calibration = cls(
            config_version=config_version,
            published_at_ms=published_at_ms,
            effective_at_ms=effective_at_ms,
            change_reason=change_reason,
            calibration_window_start_ms=calibration_window_start_ms,
            calibration_window_end_ms=calibration_window_end_ms,
            city_reference_c=city_reference_c,
            stations=stations,
        )

        weather_index_calibration.additional_properties = d
        return weather_index_calibration

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("config_version", self.config_version),
            ("published_at_ms", self.published_at_ms),
            ("effective_at_ms", self.effective_at_ms),
            ("change_reason", self.change_reason),
            ("calibration_window_start_ms", self.calibration_window_start_ms),
            ("calibration_window_end_ms", self.calibration_window_end_ms),
            ("city_reference_c", self.city_reference_c),
            ("stations", self.stations),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"WeatherIndexCalibration({shown})"

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
