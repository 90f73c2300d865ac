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

T = TypeVar("T", bound="PercentilePoint")


@_attrs_define
class PercentilePoint:
    """
    Attributes:
        percentile (int | Unset):
        raw_numerical_forecast (float | Unset):
        numerical_forecast (float | Unset):
        formatted_forecast (str | Unset):
    """

    percentile: int | Unset = UNSET
    raw_numerical_forecast: float | Unset = UNSET
    numerical_forecast: float | Unset = UNSET
    formatted_forecast: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        percentile = self.percentile

        raw_numerical_forecast = self.raw_numerical_forecast

        numerical_forecast = self.numerical_forecast

        formatted_forecast = self.formatted_forecast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentile is not UNSET:
            field_dict["percentile"] = percentile
        if raw_numerical_forecast is not UNSET:
            field_dict["raw_numerical_forecast"] = raw_numerical_forecast
        if numerical_forecast is not UNSET:
            field_dict["numerical_forecast"] = numerical_forecast
        if formatted_forecast is not UNSET:
            field_dict["formatted_forecast"] = formatted_forecast

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
            percentile_point = cls.__new__(cls)
            percentile_point._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return percentile_point
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        percentile = d.get("percentile", UNSET)
        if not isinstance(percentile, (int, Unset, NoneType)) or isinstance(
            percentile, bool
        ):
            raise TypeError(
                f"PercentilePoint.percentile: expected int, got {type(percentile).__name__}"
            )

        raw_numerical_forecast = d.get("raw_numerical_forecast", UNSET)
        if not isinstance(
            raw_numerical_forecast, (int, float, Unset, NoneType)
        ) or isinstance(raw_numerical_forecast, bool):
            raise TypeError(
                f"PercentilePoint.raw_numerical_forecast: expected float, got {type(raw_numerical_forecast).__name__}"
            )

        numerical_forecast = d.get("numerical_forecast", UNSET)
        if not isinstance(
            numerical_forecast, (int, float, Unset, NoneType)
        ) or isinstance(numerical_forecast, bool):
            raise TypeError(
                f"PercentilePoint.numerical_forecast: expected float, got {type(numerical_forecast).__name__}"
            )

        formatted_forecast = d.get("formatted_forecast", UNSET)
        if not isinstance(formatted_forecast, (str, Unset, NoneType)):
            raise TypeError(
                f"PercentilePoint.formatted_forecast: expected str, got {type(formatted_forecast).__name__}"
            )

        percentile_point = cls(
            percentile=percentile,
            raw_numerical_forecast=raw_numerical_forecast,
            numerical_forecast=numerical_forecast,
            formatted_forecast=formatted_forecast,
        )
        percentile_point.additional_properties = _load_additional_properties(d, False)
        return percentile_point

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
                raise MalformedField(f"PercentilePoint.{name}: {error!r}") from error
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
        return f"PercentilePoint({', '.join(shown)})"

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


def _load_percentile(d: dict[str, Any], lazily: bool) -> int | Unset:
    percentile = d.get("percentile", UNSET)
    if not isinstance(percentile, (int, Unset, NoneType)) or isinstance(
        percentile, bool
    ):
        raise TypeError(
            f"PercentilePoint.percentile: expected int, got {type(percentile).__name__}"
        )

    return percentile


def _load_raw_numerical_forecast(d: dict[str, Any], lazily: bool) -> float | Unset:
    raw_numerical_forecast = d.get("raw_numerical_forecast", UNSET)
    if not isinstance(
        raw_numerical_forecast, (int, float, Unset, NoneType)
    ) or isinstance(raw_numerical_forecast, bool):
        raise TypeError(
            f"PercentilePoint.raw_numerical_forecast: expected float, got {type(raw_numerical_forecast).__name__}"
        )

    return raw_numerical_forecast


def _load_numerical_forecast(d: dict[str, Any], lazily: bool) -> float | Unset:
    numerical_forecast = d.get("numerical_forecast", UNSET)
    if not isinstance(numerical_forecast, (int, float, Unset, NoneType)) or isinstance(
        numerical_forecast, bool
    ):
        raise TypeError(
            f"PercentilePoint.numerical_forecast: expected float, got {type(numerical_forecast).__name__}"
        )

    return numerical_forecast


def _load_formatted_forecast(d: dict[str, Any], lazily: bool) -> str | Unset:
    formatted_forecast = d.get("formatted_forecast", UNSET)
    if not isinstance(formatted_forecast, (str, Unset, NoneType)):
        raise TypeError(
            f"PercentilePoint.formatted_forecast: expected str, got {type(formatted_forecast).__name__}"
        )

    return formatted_forecast


_FIELDS = frozenset(
    {
        "percentile",
        "raw_numerical_forecast",
        "numerical_forecast",
        "formatted_forecast",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "percentile": _load_percentile,
    "raw_numerical_forecast": _load_raw_numerical_forecast,
    "numerical_forecast": _load_numerical_forecast,
    "formatted_forecast": _load_formatted_forecast,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "percentile",
    "raw_numerical_forecast",
    "numerical_forecast",
    "formatted_forecast",
    "additional_properties",
)
