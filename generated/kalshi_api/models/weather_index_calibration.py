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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            weather_index_calibration = cls.__new__(cls)
            weather_index_calibration._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return weather_index_calibration
        d = dict(src_dict)
        from ..models.weather_index_calibration_station import (
            WeatherIndexCalibrationStation,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        config_version = d.get("config_version", UNSET)
        if not isinstance(config_version, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexCalibration.config_version: expected str, got {type(config_version).__name__}"
            )

        published_at_ms = d.get("published_at_ms", UNSET)
        if not isinstance(published_at_ms, (int, Unset, NoneType)) or isinstance(
            published_at_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibration.published_at_ms: expected int, got {type(published_at_ms).__name__}"
            )

        effective_at_ms = d.get("effective_at_ms", UNSET)
        if not isinstance(effective_at_ms, (int, Unset, NoneType)) or isinstance(
            effective_at_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibration.effective_at_ms: expected int, got {type(effective_at_ms).__name__}"
            )

        change_reason = d.get("change_reason", UNSET)
        if not isinstance(change_reason, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexCalibration.change_reason: expected str, got {type(change_reason).__name__}"
            )

        calibration_window_start_ms = d.get("calibration_window_start_ms", UNSET)
        if not isinstance(
            calibration_window_start_ms, (int, Unset, NoneType)
        ) or isinstance(calibration_window_start_ms, bool):
            raise TypeError(
                f"WeatherIndexCalibration.calibration_window_start_ms: expected int, got {type(calibration_window_start_ms).__name__}"
            )

        calibration_window_end_ms = d.get("calibration_window_end_ms", UNSET)
        if not isinstance(
            calibration_window_end_ms, (int, Unset, NoneType)
        ) or isinstance(calibration_window_end_ms, bool):
            raise TypeError(
                f"WeatherIndexCalibration.calibration_window_end_ms: expected int, got {type(calibration_window_end_ms).__name__}"
            )

        city_reference_c = d.get("city_reference_c", UNSET)
        if not isinstance(
            city_reference_c, (int, float, Unset, NoneType)
        ) or isinstance(city_reference_c, bool):
            raise TypeError(
                f"WeatherIndexCalibration.city_reference_c: expected float, got {type(city_reference_c).__name__}"
            )

        _stations_data = d.get("stations", UNSET)
        stations: list[WeatherIndexCalibrationStation] | None | Unset
        if _stations_data is None or isinstance(_stations_data, Unset):
            stations = _stations_data
        elif isinstance(_stations_data, list):
            stations_type_0 = []
            _stations_type_0 = _stations_data
            for stations_type_0_item_data in _stations_type_0:
                stations_type_0_item = WeatherIndexCalibrationStation.from_dict(
                    lazy=lazily, src_dict=stations_type_0_item_data
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
        weather_index_calibration.additional_properties = _load_additional_properties(
            d, False
        )
        return weather_index_calibration

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
                    f"WeatherIndexCalibration.{name}: {error!r}"
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
        return f"WeatherIndexCalibration({', '.join(shown)})"

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


def _load_config_version(d: dict[str, Any], lazily: bool) -> str | Unset:
    config_version = d.get("config_version", UNSET)
    if not isinstance(config_version, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexCalibration.config_version: expected str, got {type(config_version).__name__}"
        )

    return config_version


def _load_published_at_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    published_at_ms = d.get("published_at_ms", UNSET)
    if not isinstance(published_at_ms, (int, Unset, NoneType)) or isinstance(
        published_at_ms, bool
    ):
        raise TypeError(
            f"WeatherIndexCalibration.published_at_ms: expected int, got {type(published_at_ms).__name__}"
        )

    return published_at_ms


def _load_effective_at_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    effective_at_ms = d.get("effective_at_ms", UNSET)
    if not isinstance(effective_at_ms, (int, Unset, NoneType)) or isinstance(
        effective_at_ms, bool
    ):
        raise TypeError(
            f"WeatherIndexCalibration.effective_at_ms: expected int, got {type(effective_at_ms).__name__}"
        )

    return effective_at_ms


def _load_change_reason(d: dict[str, Any], lazily: bool) -> str | Unset:
    change_reason = d.get("change_reason", UNSET)
    if not isinstance(change_reason, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexCalibration.change_reason: expected str, got {type(change_reason).__name__}"
        )

    return change_reason


def _load_calibration_window_start_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    calibration_window_start_ms = d.get("calibration_window_start_ms", UNSET)
    if not isinstance(
        calibration_window_start_ms, (int, Unset, NoneType)
    ) or isinstance(calibration_window_start_ms, bool):
        raise TypeError(
            f"WeatherIndexCalibration.calibration_window_start_ms: expected int, got {type(calibration_window_start_ms).__name__}"
        )

    return calibration_window_start_ms


def _load_calibration_window_end_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    calibration_window_end_ms = d.get("calibration_window_end_ms", UNSET)
    if not isinstance(calibration_window_end_ms, (int, Unset, NoneType)) or isinstance(
        calibration_window_end_ms, bool
    ):
        raise TypeError(
            f"WeatherIndexCalibration.calibration_window_end_ms: expected int, got {type(calibration_window_end_ms).__name__}"
        )

    return calibration_window_end_ms


def _load_city_reference_c(d: dict[str, Any], lazily: bool) -> float | Unset:
    city_reference_c = d.get("city_reference_c", UNSET)
    if not isinstance(city_reference_c, (int, float, Unset, NoneType)) or isinstance(
        city_reference_c, bool
    ):
        raise TypeError(
            f"WeatherIndexCalibration.city_reference_c: expected float, got {type(city_reference_c).__name__}"
        )

    return city_reference_c


def _load_stations(
    d: dict[str, Any], lazily: bool
) -> list[WeatherIndexCalibrationStation] | None | Unset:
    from ..models.weather_index_calibration_station import (
        WeatherIndexCalibrationStation,  # noqa: PLC0415
    )

    _stations_data = d.get("stations", UNSET)
    stations: list[WeatherIndexCalibrationStation] | None | Unset
    if _stations_data is None or isinstance(_stations_data, Unset):
        stations = _stations_data
    elif isinstance(_stations_data, list):
        stations_type_0 = []
        _stations_type_0 = _stations_data
        for stations_type_0_item_data in _stations_type_0:
            stations_type_0_item = WeatherIndexCalibrationStation.from_dict(
                lazy=lazily, src_dict=stations_type_0_item_data
            )

            stations_type_0.append(stations_type_0_item)

        stations = stations_type_0
    else:
        raise TypeError(
            f"stations: unexpected JSON type {type(_stations_data).__name__}"
        )

    return stations


_FIELDS = frozenset(
    {
        "config_version",
        "published_at_ms",
        "effective_at_ms",
        "change_reason",
        "calibration_window_start_ms",
        "calibration_window_end_ms",
        "city_reference_c",
        "stations",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "config_version": _load_config_version,
    "published_at_ms": _load_published_at_ms,
    "effective_at_ms": _load_effective_at_ms,
    "change_reason": _load_change_reason,
    "calibration_window_start_ms": _load_calibration_window_start_ms,
    "calibration_window_end_ms": _load_calibration_window_end_ms,
    "city_reference_c": _load_city_reference_c,
    "stations": _load_stations,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "config_version",
    "published_at_ms",
    "effective_at_ms",
    "change_reason",
    "calibration_window_start_ms",
    "calibration_window_end_ms",
    "city_reference_c",
    "stations",
    "additional_properties",
)
