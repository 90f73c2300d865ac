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
    from ..models.weather_index_station_reading import WeatherIndexStationReading


T = TypeVar("T", bound="WeatherIndexPoint")


@_attrs_define
class WeatherIndexPoint:
    """
    Attributes:
        t (int | Unset):
        v (float | Unset):
        status (str | Unset):
        contributors (int | Unset):
        receipt_basis (str | Unset):
        stations (list[WeatherIndexStationReading] | None | Unset):
    """

    t: int | Unset = UNSET
    v: float | Unset = UNSET
    status: str | Unset = UNSET
    contributors: int | Unset = UNSET
    receipt_basis: str | Unset = UNSET
    stations: list[WeatherIndexStationReading] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = self.t

        v = self.v

        status = self.status

        contributors = self.contributors

        receipt_basis = self.receipt_basis

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
        if t is not UNSET:
            field_dict["t"] = t
        if v is not UNSET:
            field_dict["v"] = v
        if status is not UNSET:
            field_dict["status"] = status
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if receipt_basis is not UNSET:
            field_dict["receipt_basis"] = receipt_basis
        if stations is not UNSET:
            field_dict["stations"] = stations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_station_reading import WeatherIndexStationReading  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        t = d.pop("t", UNSET)
        if not isinstance(t, int | Unset | None) or isinstance(t, bool):
            raise TypeError(
                f"WeatherIndexPoint.t: expected int, got {type(t).__name__}"
            )

        v = d.pop("v", UNSET)
        if not isinstance(v, int | float | Unset | None) or isinstance(v, bool):
            raise TypeError(
                f"WeatherIndexPoint.v: expected float, got {type(v).__name__}"
            )

        status = d.pop("status", UNSET)
        if not isinstance(status, str | Unset | None):
            raise TypeError(
                f"WeatherIndexPoint.status: expected str, got {type(status).__name__}"
            )

        contributors = d.pop("contributors", UNSET)
        if not isinstance(contributors, int | Unset | None) or isinstance(
            contributors, bool
        ):
            raise TypeError(
                f"WeatherIndexPoint.contributors: expected int, got {type(contributors).__name__}"
            )

        receipt_basis = d.pop("receipt_basis", UNSET)
        if not isinstance(receipt_basis, str | Unset | None):
            raise TypeError(
                f"WeatherIndexPoint.receipt_basis: expected str, got {type(receipt_basis).__name__}"
            )

        _stations_data = d.pop("stations", UNSET)
        stations: list[WeatherIndexStationReading] | None | Unset
        if _stations_data is None or isinstance(_stations_data, Unset):
            stations = _stations_data
        elif isinstance(_stations_data, list):
            stations_type_0 = []
            _stations_type_0 = _stations_data
            for stations_type_0_item_data in _stations_type_0:
                stations_type_0_item = WeatherIndexStationReading.from_dict(
                    stations_type_0_item_data
                )

                stations_type_0.append(stations_type_0_item)

            stations = stations_type_0
        else:
            raise TypeError(
                f"stations: unexpected JSON type {type(_stations_data).__name__}"
            )

        weather_index_point = cls(
            t=t,
            v=v,
            status=status,
            contributors=contributors,
            receipt_basis=receipt_basis,
            stations=stations,
        )

        weather_index_point.additional_properties = d
        return weather_index_point

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("t", self.t),
            ("v", self.v),
            ("status", self.status),
            ("contributors", self.contributors),
            ("receipt_basis", self.receipt_basis),
            ("stations", self.stations),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"WeatherIndexPoint({shown})"

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
