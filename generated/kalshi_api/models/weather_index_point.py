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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            weather_index_point = cls.__new__(cls)
            weather_index_point._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return weather_index_point
        d = dict(src_dict)
        from ..models.weather_index_station_reading import WeatherIndexStationReading  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        t = d.get("t", UNSET)
        if not isinstance(t, (int, Unset, NoneType)) or isinstance(t, bool):
            raise TypeError(
                f"WeatherIndexPoint.t: expected int, got {type(t).__name__}"
            )

        v = d.get("v", UNSET)
        if not isinstance(v, (int, float, Unset, NoneType)) or isinstance(v, bool):
            raise TypeError(
                f"WeatherIndexPoint.v: expected float, got {type(v).__name__}"
            )

        status = d.get("status", UNSET)
        if not isinstance(status, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexPoint.status: expected str, got {type(status).__name__}"
            )

        contributors = d.get("contributors", UNSET)
        if not isinstance(contributors, (int, Unset, NoneType)) or isinstance(
            contributors, bool
        ):
            raise TypeError(
                f"WeatherIndexPoint.contributors: expected int, got {type(contributors).__name__}"
            )

        receipt_basis = d.get("receipt_basis", UNSET)
        if not isinstance(receipt_basis, (str, Unset, NoneType)):
            raise TypeError(
                f"WeatherIndexPoint.receipt_basis: expected str, got {type(receipt_basis).__name__}"
            )

        _stations_data = d.get("stations", UNSET)
        stations: list[WeatherIndexStationReading] | None | Unset
        if _stations_data is None or isinstance(_stations_data, Unset):
            stations = _stations_data
        elif isinstance(_stations_data, list):
            stations_type_0 = []
            _stations_type_0 = _stations_data
            for stations_type_0_item_data in _stations_type_0:
                stations_type_0_item = WeatherIndexStationReading.from_dict(
                    lazy=lazily, src_dict=stations_type_0_item_data
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
        weather_index_point.additional_properties = _load_additional_properties(
            d, False
        )
        return weather_index_point

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
                raise MalformedField(f"WeatherIndexPoint.{name}: {error!r}") from error
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
        return f"WeatherIndexPoint({', '.join(shown)})"

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


def _load_t(d: dict[str, Any], lazily: bool) -> int | Unset:
    t = d.get("t", UNSET)
    if not isinstance(t, (int, Unset, NoneType)) or isinstance(t, bool):
        raise TypeError(f"WeatherIndexPoint.t: expected int, got {type(t).__name__}")

    return t


def _load_v(d: dict[str, Any], lazily: bool) -> float | Unset:
    v = d.get("v", UNSET)
    if not isinstance(v, (int, float, Unset, NoneType)) or isinstance(v, bool):
        raise TypeError(f"WeatherIndexPoint.v: expected float, got {type(v).__name__}")

    return v


def _load_status(d: dict[str, Any], lazily: bool) -> str | Unset:
    status = d.get("status", UNSET)
    if not isinstance(status, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexPoint.status: expected str, got {type(status).__name__}"
        )

    return status


def _load_contributors(d: dict[str, Any], lazily: bool) -> int | Unset:
    contributors = d.get("contributors", UNSET)
    if not isinstance(contributors, (int, Unset, NoneType)) or isinstance(
        contributors, bool
    ):
        raise TypeError(
            f"WeatherIndexPoint.contributors: expected int, got {type(contributors).__name__}"
        )

    return contributors


def _load_receipt_basis(d: dict[str, Any], lazily: bool) -> str | Unset:
    receipt_basis = d.get("receipt_basis", UNSET)
    if not isinstance(receipt_basis, (str, Unset, NoneType)):
        raise TypeError(
            f"WeatherIndexPoint.receipt_basis: expected str, got {type(receipt_basis).__name__}"
        )

    return receipt_basis


def _load_stations(
    d: dict[str, Any], lazily: bool
) -> list[WeatherIndexStationReading] | None | Unset:
    from ..models.weather_index_station_reading import WeatherIndexStationReading  # noqa: PLC0415

    _stations_data = d.get("stations", UNSET)
    stations: list[WeatherIndexStationReading] | None | Unset
    if _stations_data is None or isinstance(_stations_data, Unset):
        stations = _stations_data
    elif isinstance(_stations_data, list):
        stations_type_0 = []
        _stations_type_0 = _stations_data
        for stations_type_0_item_data in _stations_type_0:
            stations_type_0_item = WeatherIndexStationReading.from_dict(
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
        "t",
        "v",
        "status",
        "contributors",
        "receipt_basis",
        "stations",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "t": _load_t,
    "v": _load_v,
    "status": _load_status,
    "contributors": _load_contributors,
    "receipt_basis": _load_receipt_basis,
    "stations": _load_stations,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "t",
    "v",
    "status",
    "contributors",
    "receipt_basis",
    "stations",
    "additional_properties",
)
