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
    from ..models.weather_index_point import WeatherIndexPoint


T = TypeVar("T", bound="GetWeatherIndexResponse")


@_attrs_define
class GetWeatherIndexResponse:
    """
    Attributes:
        city (str | Unset):
        config_version (str | Unset):
        units (str | Unset):
        timeseries (list[WeatherIndexPoint] | None | Unset):
    """

    city: str | Unset = UNSET
    config_version: str | Unset = UNSET
    units: str | Unset = UNSET
    timeseries: list[WeatherIndexPoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        config_version = self.config_version

        units = self.units

        timeseries: list[dict[str, Any]] | None | Unset
        if isinstance(self.timeseries, Unset):
            timeseries = UNSET
        elif isinstance(self.timeseries, list):
            timeseries = []
            for timeseries_type_0_item_data in self.timeseries:
                timeseries_type_0_item = timeseries_type_0_item_data.to_dict()
                timeseries.append(timeseries_type_0_item)

        else:
            timeseries = self.timeseries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        if units is not UNSET:
            field_dict["units"] = units
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_point import WeatherIndexPoint  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        city = d.pop("city", UNSET)
        if not isinstance(city, str | Unset | None):
            raise TypeError(
                f"GetWeatherIndexResponse.city: expected str, got {type(city).__name__}"
            )

        config_version = d.pop("config_version", UNSET)
        if not isinstance(config_version, str | Unset | None):
            raise TypeError(
                f"GetWeatherIndexResponse.config_version: expected str, got {type(config_version).__name__}"
            )

        units = d.pop("units", UNSET)
        if not isinstance(units, str | Unset | None):
            raise TypeError(
                f"GetWeatherIndexResponse.units: expected str, got {type(units).__name__}"
            )

        _timeseries_data = d.pop("timeseries", UNSET)
        timeseries: list[WeatherIndexPoint] | None | Unset
        if _timeseries_data is None or isinstance(_timeseries_data, Unset):
            timeseries = _timeseries_data
        elif isinstance(_timeseries_data, list):
            timeseries_type_0 = []
            _timeseries_type_0 = _timeseries_data
            for timeseries_type_0_item_data in _timeseries_type_0:
                timeseries_type_0_item = WeatherIndexPoint.from_dict(
                    timeseries_type_0_item_data
                )

                timeseries_type_0.append(timeseries_type_0_item)

            timeseries = timeseries_type_0
        else:
            raise TypeError(
                f"timeseries: unexpected JSON type {type(_timeseries_data).__name__}"
            )

        get_weather_index_response = cls(
            city=city,
            config_version=config_version,
            units=units,
            timeseries=timeseries,
        )

        get_weather_index_response.additional_properties = d
        return get_weather_index_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("city", self.city),
            ("config_version", self.config_version),
            ("units", self.units),
            ("timeseries", self.timeseries),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetWeatherIndexResponse({shown})"

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
