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
    from ..models.percentile_point import PercentilePoint


T = TypeVar("T", bound="ForecastPercentilesPoint")


@_attrs_define
class ForecastPercentilesPoint:
    """
    Attributes:
        event_ticker (str | Unset):
        end_period_ts (int | Unset):
        period_interval (int | Unset):
        percentile_points (list[PercentilePoint] | None | Unset):
    """

    event_ticker: str | Unset = UNSET
    end_period_ts: int | Unset = UNSET
    period_interval: int | Unset = UNSET
    percentile_points: list[PercentilePoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        end_period_ts = self.end_period_ts

        period_interval = self.period_interval

        percentile_points: list[dict[str, Any]] | None | Unset
        if isinstance(self.percentile_points, Unset):
            percentile_points = UNSET
        elif isinstance(self.percentile_points, list):
            percentile_points = []
            for percentile_points_type_0_item_data in self.percentile_points:
                percentile_points_type_0_item = (
                    percentile_points_type_0_item_data.to_dict()
                )
                percentile_points.append(percentile_points_type_0_item)

        else:
            percentile_points = self.percentile_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if end_period_ts is not UNSET:
            field_dict["end_period_ts"] = end_period_ts
        if period_interval is not UNSET:
            field_dict["period_interval"] = period_interval
        if percentile_points is not UNSET:
            field_dict["percentile_points"] = percentile_points

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
            forecast_percentiles_point = cls.__new__(cls)
            forecast_percentiles_point._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return forecast_percentiles_point
        d = dict(src_dict)
        from ..models.percentile_point import PercentilePoint  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"ForecastPercentilesPoint.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        end_period_ts = d.get("end_period_ts", UNSET)
        if not isinstance(end_period_ts, (int, Unset, NoneType)) or isinstance(
            end_period_ts, bool
        ):
            raise TypeError(
                f"ForecastPercentilesPoint.end_period_ts: expected int, got {type(end_period_ts).__name__}"
            )

        period_interval = d.get("period_interval", UNSET)
        if not isinstance(period_interval, (int, Unset, NoneType)) or isinstance(
            period_interval, bool
        ):
            raise TypeError(
                f"ForecastPercentilesPoint.period_interval: expected int, got {type(period_interval).__name__}"
            )

        _percentile_points_data = d.get("percentile_points", UNSET)
        percentile_points: list[PercentilePoint] | None | Unset
        if _percentile_points_data is None or isinstance(
            _percentile_points_data, Unset
        ):
            percentile_points = _percentile_points_data
        elif isinstance(_percentile_points_data, list):
            percentile_points_type_0 = []
            _percentile_points_type_0 = _percentile_points_data
            for percentile_points_type_0_item_data in _percentile_points_type_0:
                percentile_points_type_0_item = PercentilePoint.from_dict(
                    lazy=lazily, src_dict=percentile_points_type_0_item_data
                )

                percentile_points_type_0.append(percentile_points_type_0_item)

            percentile_points = percentile_points_type_0
        else:
            raise TypeError(
                f"percentile_points: unexpected JSON type {type(_percentile_points_data).__name__}"
            )

        forecast_percentiles_point = cls(
            event_ticker=event_ticker,
            end_period_ts=end_period_ts,
            period_interval=period_interval,
            percentile_points=percentile_points,
        )
        forecast_percentiles_point.additional_properties = _load_additional_properties(
            d, False
        )
        return forecast_percentiles_point

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
                    f"ForecastPercentilesPoint.{name}: {error!r}"
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
        return f"ForecastPercentilesPoint({', '.join(shown)})"

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


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"ForecastPercentilesPoint.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_end_period_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    end_period_ts = d.get("end_period_ts", UNSET)
    if not isinstance(end_period_ts, (int, Unset, NoneType)) or isinstance(
        end_period_ts, bool
    ):
        raise TypeError(
            f"ForecastPercentilesPoint.end_period_ts: expected int, got {type(end_period_ts).__name__}"
        )

    return end_period_ts


def _load_period_interval(d: dict[str, Any], lazily: bool) -> int | Unset:
    period_interval = d.get("period_interval", UNSET)
    if not isinstance(period_interval, (int, Unset, NoneType)) or isinstance(
        period_interval, bool
    ):
        raise TypeError(
            f"ForecastPercentilesPoint.period_interval: expected int, got {type(period_interval).__name__}"
        )

    return period_interval


def _load_percentile_points(
    d: dict[str, Any], lazily: bool
) -> list[PercentilePoint] | None | Unset:
    from ..models.percentile_point import PercentilePoint  # noqa: PLC0415

    _percentile_points_data = d.get("percentile_points", UNSET)
    percentile_points: list[PercentilePoint] | None | Unset
    if _percentile_points_data is None or isinstance(_percentile_points_data, Unset):
        percentile_points = _percentile_points_data
    elif isinstance(_percentile_points_data, list):
        percentile_points_type_0 = []
        _percentile_points_type_0 = _percentile_points_data
        for percentile_points_type_0_item_data in _percentile_points_type_0:
            percentile_points_type_0_item = PercentilePoint.from_dict(
                lazy=lazily, src_dict=percentile_points_type_0_item_data
            )

            percentile_points_type_0.append(percentile_points_type_0_item)

        percentile_points = percentile_points_type_0
    else:
        raise TypeError(
            f"percentile_points: unexpected JSON type {type(_percentile_points_data).__name__}"
        )

    return percentile_points


_FIELDS = frozenset(
    {
        "event_ticker",
        "end_period_ts",
        "period_interval",
        "percentile_points",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_ticker": _load_event_ticker,
    "end_period_ts": _load_end_period_ts,
    "period_interval": _load_period_interval,
    "percentile_points": _load_percentile_points,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_ticker",
    "end_period_ts",
    "period_interval",
    "percentile_points",
    "additional_properties",
)
