from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            get_weather_index_calibrations_response = cls.__new__(cls)
            get_weather_index_calibrations_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_weather_index_calibrations_response
        d = dict(src_dict)
        from ..models.weather_index_calibration import WeatherIndexCalibration  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        city = d.get("city", UNSET)
        if not isinstance(city, (str, Unset, NoneType)):
            raise TypeError(
                f"GetWeatherIndexCalibrationsResponse.city: expected str, got {type(city).__name__}"
            )

        units = d.get("units", UNSET)
        if not isinstance(units, (str, Unset, NoneType)):
            raise TypeError(
                f"GetWeatherIndexCalibrationsResponse.units: expected str, got {type(units).__name__}"
            )

        _calibrations_data = d.get("calibrations", UNSET)
        calibrations: list[WeatherIndexCalibration] | None | Unset
        if _calibrations_data is None or isinstance(_calibrations_data, Unset):
            calibrations = _calibrations_data
        elif isinstance(_calibrations_data, list):
            calibrations_type_0 = []
            _calibrations_type_0 = _calibrations_data
            for calibrations_type_0_item_data in _calibrations_type_0:
                calibrations_type_0_item = WeatherIndexCalibration.from_dict(
                    lazy=lazily, src_dict=calibrations_type_0_item_data
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
        get_weather_index_calibrations_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_weather_index_calibrations_response

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(
                    f"GetWeatherIndexCalibrationsResponse.{name}: {error!r}"
                ) from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"GetWeatherIndexCalibrationsResponse({', '.join(shown)})"

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


def _load_city(d: dict[str, Any], lazily: bool) -> str | Unset:
    city = d.get("city", UNSET)
    if not isinstance(city, (str, Unset, NoneType)):
        raise TypeError(
            f"GetWeatherIndexCalibrationsResponse.city: expected str, got {type(city).__name__}"
        )

    return city


def _load_units(d: dict[str, Any], lazily: bool) -> str | Unset:
    units = d.get("units", UNSET)
    if not isinstance(units, (str, Unset, NoneType)):
        raise TypeError(
            f"GetWeatherIndexCalibrationsResponse.units: expected str, got {type(units).__name__}"
        )

    return units


def _load_calibrations(
    d: dict[str, Any], lazily: bool
) -> list[WeatherIndexCalibration] | None | Unset:
    from ..models.weather_index_calibration import WeatherIndexCalibration  # noqa: PLC0415

    _calibrations_data = d.get("calibrations", UNSET)
    calibrations: list[WeatherIndexCalibration] | None | Unset
    if _calibrations_data is None or isinstance(_calibrations_data, Unset):
        calibrations = _calibrations_data
    elif isinstance(_calibrations_data, list):
        calibrations_type_0 = []
        _calibrations_type_0 = _calibrations_data
        for calibrations_type_0_item_data in _calibrations_type_0:
            calibrations_type_0_item = WeatherIndexCalibration.from_dict(
                lazy=lazily, src_dict=calibrations_type_0_item_data
            )

            calibrations_type_0.append(calibrations_type_0_item)

        calibrations = calibrations_type_0
    else:
        raise TypeError(
            f"calibrations: unexpected JSON type {type(_calibrations_data).__name__}"
        )

    return calibrations


_FIELDS = frozenset(
    {
        "city",
        "units",
        "calibrations",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "city": _load_city,
    "units": _load_units,
    "calibrations": _load_calibrations,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "city",
    "units",
    "calibrations",
    "additional_properties",
)
