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
    from ..models.weather_index_calibration import WeatherIndexCalibration


T = TypeVar("T", bound="GetWeatherIndexCalibrationsResponse")


@_attrs_define
class GetWeatherIndexCalibrationsResponse:
    """
    Attributes:
        city (str | Unset):
        units (str | Unset):
        calibrations (list[WeatherIndexCalibration] | None | Unset):
    """

    city: str | Unset = UNSET
    units: str | Unset = UNSET
    calibrations: list[WeatherIndexCalibration] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        units = self.units

        calibrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.calibrations, Unset):
            calibrations = UNSET
        elif isinstance(self.calibrations, list):
            calibrations = []
            for calibrations_type_0_item_data in self.calibrations:
                calibrations_type_0_item = calibrations_type_0_item_data.to_dict()
                calibrations.append(calibrations_type_0_item)

        else:
            calibrations = self.calibrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if units is not UNSET:
            field_dict["units"] = units
        if calibrations is not UNSET:
            field_dict["calibrations"] = calibrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_calibration import WeatherIndexCalibration  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        city = d.pop("city", UNSET)
        if not isinstance(city, str | Unset | None):
            raise TypeError(
                f"GetWeatherIndexCalibrationsResponse.city: expected str, got {type(city).__name__}"
            )

        units = d.pop("units", UNSET)
        if not isinstance(units, str | Unset | None):
            raise TypeError(
                f"GetWeatherIndexCalibrationsResponse.units: expected str, got {type(units).__name__}"
            )

        _calibrations_data = d.pop("calibrations", UNSET)
        calibrations: list[WeatherIndexCalibration] | None | Unset
        if _calibrations_data is None or isinstance(_calibrations_data, Unset):
            calibrations = _calibrations_data
        elif isinstance(_calibrations_data, list):
            calibrations_type_0 = []
            _calibrations_type_0 = _calibrations_data
            for calibrations_type_0_item_data in _calibrations_type_0:
                calibrations_type_0_item = WeatherIndexCalibration.from_dict(
                    calibrations_type_0_item_data
                )

                calibrations_type_0.append(calibrations_type_0_item)

            calibrations = calibrations_type_0
        else:
            raise TypeError(
                f"calibrations: unexpected JSON type {type(_calibrations_data).__name__}"
            )

        get_weather_index_calibrations_response = cls(
            city=city,
            units=units,
            calibrations=calibrations,
        )

        get_weather_index_calibrations_response.additional_properties = d
        return get_weather_index_calibrations_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("city", self.city),
            ("units", self.units),
            ("calibrations", self.calibrations),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetWeatherIndexCalibrationsResponse({shown})"

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
