from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        percentile = d.pop("percentile", UNSET)
        if not isinstance(percentile, int | Unset | None) or isinstance(
            percentile, bool
        ):
            raise TypeError(
                f"PercentilePoint.percentile: expected int, got {type(percentile).__name__}"
            )

        raw_numerical_forecast = d.pop("raw_numerical_forecast", UNSET)
        if not isinstance(
            raw_numerical_forecast, int | float | Unset | None
        ) or isinstance(raw_numerical_forecast, bool):
            raise TypeError(
                f"PercentilePoint.raw_numerical_forecast: expected float, got {type(raw_numerical_forecast).__name__}"
            )

        numerical_forecast = d.pop("numerical_forecast", UNSET)
        if not isinstance(numerical_forecast, int | float | Unset | None) or isinstance(
            numerical_forecast, bool
        ):
            raise TypeError(
                f"PercentilePoint.numerical_forecast: expected float, got {type(numerical_forecast).__name__}"
            )

        formatted_forecast = d.pop("formatted_forecast", UNSET)
        if not isinstance(formatted_forecast, str | Unset | None):
            raise TypeError(
                f"PercentilePoint.formatted_forecast: expected str, got {type(formatted_forecast).__name__}"
            )

        percentile_point = cls(
            percentile=percentile,
            raw_numerical_forecast=raw_numerical_forecast,
            numerical_forecast=numerical_forecast,
            formatted_forecast=formatted_forecast,
        )

        percentile_point.additional_properties = d
        return percentile_point

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("percentile", self.percentile),
            ("raw_numerical_forecast", self.raw_numerical_forecast),
            ("numerical_forecast", self.numerical_forecast),
            ("formatted_forecast", self.formatted_forecast),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PercentilePoint({shown})"

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
