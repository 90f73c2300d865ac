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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            weather_index_calibration_station = cls.__new__(cls)
            weather_index_calibration_station._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return weather_index_calibration_station
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        station_id = d.get("station_id", UNSET)
        if not isinstance(station_id, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexCalibrationStation.station_id: expected str, got {type(station_id).__name__}"
            )

        weight = d.get("weight", UNSET)
        if not isinstance(weight, (int, float, Unset, NoneType)) or isinstance(
            weight, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibrationStation.weight: expected float, got {type(weight).__name__}"
            )

        offset_c = d.get("offset_c", UNSET)
        if not isinstance(offset_c, (int, float, Unset, NoneType)) or isinstance(
            offset_c, bool
        ):
            raise TypeError(
                f"WeatherIndexCalibrationStation.offset_c: expected float, got {type(offset_c).__name__}"
            )

        update_note = d.get("update_note", UNSET)
        if not isinstance(update_note, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexCalibrationStation.update_note: expected str, got {type(update_note).__name__}"
            )

        weather_index_calibration_station = cls(
            station_id=station_id,
            weight=weight,
            offset_c=offset_c,
            update_note=update_note,
        )
        weather_index_calibration_station.additional_properties = (
            _load_additional_properties(d, False)
        )
        return weather_index_calibration_station

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
                    f"WeatherIndexCalibrationStation.{name}: {error!r}"
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
        return f"WeatherIndexCalibrationStation({', '.join(shown)})"

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


def _load_station_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    station_id = d.get("station_id", UNSET)
    if not isinstance(station_id, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexCalibrationStation.station_id: expected str, got {type(station_id).__name__}"
        )

    return station_id


def _load_weight(d: dict[str, Any], lazily: bool) -> float | Unset:
    weight = d.get("weight", UNSET)
    if not isinstance(weight, (int, float, Unset, NoneType)) or isinstance(
        weight, bool
    ):
        raise TypeError(
            f"WeatherIndexCalibrationStation.weight: expected float, got {type(weight).__name__}"
        )

    return weight


def _load_offset_c(d: dict[str, Any], lazily: bool) -> float | Unset:
    offset_c = d.get("offset_c", UNSET)
    if not isinstance(offset_c, (int, float, Unset, NoneType)) or isinstance(
        offset_c, bool
    ):
        raise TypeError(
            f"WeatherIndexCalibrationStation.offset_c: expected float, got {type(offset_c).__name__}"
        )

    return offset_c


def _load_update_note(d: dict[str, Any], lazily: bool) -> str | Unset:
    update_note = d.get("update_note", UNSET)
    if not isinstance(update_note, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexCalibrationStation.update_note: expected str, got {type(update_note).__name__}"
        )

    return update_note


_FIELDS = frozenset(
    {
        "station_id",
        "weight",
        "offset_c",
        "update_note",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "station_id": _load_station_id,
    "weight": _load_weight,
    "offset_c": _load_offset_c,
    "update_note": _load_update_note,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "station_id",
    "weight",
    "offset_c",
    "update_note",
    "additional_properties",
)
