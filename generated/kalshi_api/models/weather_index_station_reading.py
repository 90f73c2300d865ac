from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WeatherIndexStationReading")


@_attrs_define
class WeatherIndexStationReading:
    """
    Attributes:
        station_id (str | Unset):
        code (str | Unset):
        source (str | Unset):
        temp_f (float | Unset):
        obs_time_ms (int | Unset):
        received_at_ms (int | Unset):
        primary_code (str | Unset):
    """

    station_id: str | Unset = UNSET
    code: str | Unset = UNSET
    source: str | Unset = UNSET
    temp_f: float | Unset = UNSET
    obs_time_ms: int | Unset = UNSET
    received_at_ms: int | Unset = UNSET
    primary_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        station_id = self.station_id

        code = self.code

        source = self.source

        temp_f = self.temp_f

        obs_time_ms = self.obs_time_ms

        received_at_ms = self.received_at_ms

        primary_code = self.primary_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if station_id is not UNSET:
            field_dict["station_id"] = station_id
        if code is not UNSET:
            field_dict["code"] = code
        if source is not UNSET:
            field_dict["source"] = source
        if temp_f is not UNSET:
            field_dict["temp_f"] = temp_f
        if obs_time_ms is not UNSET:
            field_dict["obs_time_ms"] = obs_time_ms
        if received_at_ms is not UNSET:
            field_dict["received_at_ms"] = received_at_ms
        if primary_code is not UNSET:
            field_dict["primary_code"] = primary_code

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
                f"WeatherIndexStationReading.station_id: expected str, got {type(station_id).__name__}"
            )

        code = d.pop("code", UNSET)
        if not isinstance(code, str | Unset | None):
            raise TypeError(
                f"WeatherIndexStationReading.code: expected str, got {type(code).__name__}"
            )

        source = d.pop("source", UNSET)
        if not isinstance(source, str | Unset | None):
            raise TypeError(
                f"WeatherIndexStationReading.source: expected str, got {type(source).__name__}"
            )

        temp_f = d.pop("temp_f", UNSET)
        if not isinstance(temp_f, int | float | Unset | None) or isinstance(
            temp_f, bool
        ):
            raise TypeError(
                f"WeatherIndexStationReading.temp_f: expected float, got {type(temp_f).__name__}"
            )

        obs_time_ms = d.pop("obs_time_ms", UNSET)
        if not isinstance(obs_time_ms, int | Unset | None) or isinstance(
            obs_time_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexStationReading.obs_time_ms: expected int, got {type(obs_time_ms).__name__}"
            )

        received_at_ms = d.pop("received_at_ms", UNSET)
        if not isinstance(received_at_ms, int | Unset | None) or isinstance(
            received_at_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexStationReading.received_at_ms: expected int, got {type(received_at_ms).__name__}"
            )

        primary_code = d.pop("primary_code", UNSET)
        if not isinstance(primary_code, str | Unset | None):
            raise TypeError(
                f"WeatherIndexStationReading.primary_code: expected str, got {type(primary_code).__name__}"
            )

        weather_index_station_reading = cls(
            station_id=station_id,
            code=code,
            source=source,
            temp_f=temp_f,
            obs_time_ms=obs_time_ms,
            received_at_ms=received_at_ms,
            primary_code=primary_code,
        )

        weather_index_station_reading.additional_properties = d
        return weather_index_station_reading

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("station_id", self.station_id),
            ("code", self.code),
            ("source", self.source),
            ("temp_f", self.temp_f),
            ("obs_time_ms", self.obs_time_ms),
            ("received_at_ms", self.received_at_ms),
            ("primary_code", self.primary_code),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"WeatherIndexStationReading({shown})"

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
