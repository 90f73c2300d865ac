from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define
class SeriesFeeChange:
    """
    Attributes:
        id (str | Unset):
        series_ticker (str | Unset):
        fee_type (FeeType | Unset):
        fee_multiplier (float | Unset):
        scheduled_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    fee_type: (
        FeeType
        | Literal[
            "quadratic",
            "quadratic_with_maker_fees",
            "quadratic_with_combo_maker_fees",
            "flat",
        ]
        | Unset
    ) = UNSET
    fee_multiplier: float | Unset = UNSET
    scheduled_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        series_ticker = self.series_ticker

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = FeeType.of(self.fee_type).value

        fee_multiplier = self.fee_multiplier

        scheduled_ts: str | Unset = UNSET
        if not isinstance(self.scheduled_ts, Unset):
            scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_multiplier is not UNSET:
            field_dict["fee_multiplier"] = fee_multiplier
        if scheduled_ts is not UNSET:
            field_dict["scheduled_ts"] = scheduled_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str | Unset | None):
            raise TypeError(
                f"SeriesFeeChange.id: expected str, got {type(id).__name__}"
            )

        series_ticker = d.pop("series_ticker", UNSET)
        if not isinstance(series_ticker, str | Unset | None):
            raise TypeError(
                f"SeriesFeeChange.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        _fee_type = d.pop("fee_type", UNSET)
        fee_type: FeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = FeeType._value2member_map_.get(_raw := _fee_type) or FeeType(
                _raw
            )

        fee_multiplier = d.pop("fee_multiplier", UNSET)
        if not isinstance(fee_multiplier, int | float | Unset | None) or isinstance(
            fee_multiplier, bool
        ):
            raise TypeError(
                f"SeriesFeeChange.fee_multiplier: expected float, got {type(fee_multiplier).__name__}"
            )

        _scheduled_ts = d.pop("scheduled_ts", UNSET)
        scheduled_ts: datetime.datetime | Unset
        if isinstance(_scheduled_ts, Unset):
            scheduled_ts = UNSET
        else:
            scheduled_ts = datetime.datetime.fromisoformat(_scheduled_ts)

        series_fee_change = cls(
            id=id,
            series_ticker=series_ticker,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            scheduled_ts=scheduled_ts,
        )

        series_fee_change.additional_properties = d
        return series_fee_change

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("series_ticker", self.series_ticker),
            ("fee_type", self.fee_type),
            ("fee_multiplier", self.fee_multiplier),
            ("scheduled_ts", self.scheduled_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SeriesFeeChange({shown})"

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
