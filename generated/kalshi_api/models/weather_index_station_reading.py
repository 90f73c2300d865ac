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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            weather_index_station_reading = cls.__new__(cls)
            weather_index_station_reading._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return weather_index_station_reading
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        station_id = d.get("station_id", UNSET)
        if not isinstance(station_id, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexStationReading.station_id: expected str, got {type(station_id).__name__}"
            )

        code = d.get("code", UNSET)
        if not isinstance(code, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexStationReading.code: expected str, got {type(code).__name__}"
            )

        source = d.get("source", UNSET)
        if not isinstance(source, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexStationReading.source: expected str, got {type(source).__name__}"
            )

        temp_f = d.get("temp_f", UNSET)
        if not isinstance(temp_f, (int, float, Unset, NoneType)) or isinstance(
            temp_f, bool
        ):
            raise TypeError(
                f"WeatherIndexStationReading.temp_f: expected float, got {type(temp_f).__name__}"
            )

        obs_time_ms = d.get("obs_time_ms", UNSET)
        if not isinstance(obs_time_ms, (int, Unset, NoneType)) or isinstance(
            obs_time_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexStationReading.obs_time_ms: expected int, got {type(obs_time_ms).__name__}"
            )

        received_at_ms = d.get("received_at_ms", UNSET)
        if not isinstance(received_at_ms, (int, Unset, NoneType)) or isinstance(
            received_at_ms, bool
        ):
            raise TypeError(
                f"WeatherIndexStationReading.received_at_ms: expected int, got {type(received_at_ms).__name__}"
            )

        primary_code = d.get("primary_code", UNSET)
        if not isinstance(primary_code, (str, Unset, NoneType)):
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
        weather_index_station_reading.additional_properties = (
            _load_additional_properties(d, False)
        )
        return weather_index_station_reading

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
                    f"WeatherIndexStationReading.{name}: {error!r}"
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
        return f"WeatherIndexStationReading({', '.join(shown)})"

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
            f"WeatherIndexStationReading.station_id: expected str, got {type(station_id).__name__}"
        )

    return station_id


def _load_code(d: dict[str, Any], lazily: bool) -> str | Unset:
    code = d.get("code", UNSET)
    if not isinstance(code, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexStationReading.code: expected str, got {type(code).__name__}"
        )

    return code


def _load_source(d: dict[str, Any], lazily: bool) -> str | Unset:
    source = d.get("source", UNSET)
    if not isinstance(source, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexStationReading.source: expected str, got {type(source).__name__}"
        )

    return source


def _load_temp_f(d: dict[str, Any], lazily: bool) -> float | Unset:
    temp_f = d.get("temp_f", UNSET)
    if not isinstance(temp_f, (int, float, Unset, NoneType)) or isinstance(
        temp_f, bool
    ):
        raise TypeError(
            f"WeatherIndexStationReading.temp_f: expected float, got {type(temp_f).__name__}"
        )

    return temp_f


def _load_obs_time_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    obs_time_ms = d.get("obs_time_ms", UNSET)
    if not isinstance(obs_time_ms, (int, Unset, NoneType)) or isinstance(
        obs_time_ms, bool
    ):
        raise TypeError(
            f"WeatherIndexStationReading.obs_time_ms: expected int, got {type(obs_time_ms).__name__}"
        )

    return obs_time_ms


def _load_received_at_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    received_at_ms = d.get("received_at_ms", UNSET)
    if not isinstance(received_at_ms, (int, Unset, NoneType)) or isinstance(
        received_at_ms, bool
    ):
        raise TypeError(
            f"WeatherIndexStationReading.received_at_ms: expected int, got {type(received_at_ms).__name__}"
        )

    return received_at_ms


def _load_primary_code(d: dict[str, Any], lazily: bool) -> str | Unset:
    primary_code = d.get("primary_code", UNSET)
    if not isinstance(primary_code, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexStationReading.primary_code: expected str, got {type(primary_code).__name__}"
        )

    return primary_code


_FIELDS = frozenset(
    {
        "station_id",
        "code",
        "source",
        "temp_f",
        "obs_time_ms",
        "received_at_ms",
        "primary_code",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "station_id": _load_station_id,
    "code": _load_code,
    "source": _load_source,
    "temp_f": _load_temp_f,
    "obs_time_ms": _load_obs_time_ms,
    "received_at_ms": _load_received_at_ms,
    "primary_code": _load_primary_code,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "station_id",
    "code",
    "source",
    "temp_f",
    "obs_time_ms",
    "received_at_ms",
    "primary_code",
    "additional_properties",
)
