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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.percentile_point import PercentilePoint  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"ForecastPercentilesPoint.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        end_period_ts = d.pop("end_period_ts", UNSET)
        if not isinstance(end_period_ts, int | Unset | None) or isinstance(
            end_period_ts, bool
        ):
            raise TypeError(
                f"ForecastPercentilesPoint.end_period_ts: expected int, got {type(end_period_ts).__name__}"
            )

        period_interval = d.pop("period_interval", UNSET)
        if not isinstance(period_interval, int | Unset | None) or isinstance(
            period_interval, bool
        ):
            raise TypeError(
                f"ForecastPercentilesPoint.period_interval: expected int, got {type(period_interval).__name__}"
            )

        _percentile_points_data = d.pop("percentile_points", UNSET)
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
                    percentile_points_type_0_item_data
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

        forecast_percentiles_point.additional_properties = d
        return forecast_percentiles_point

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_ticker", self.event_ticker),
            ("end_period_ts", self.end_period_ts),
            ("period_interval", self.period_interval),
            ("percentile_points", self.percentile_points),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ForecastPercentilesPoint({shown})"

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
