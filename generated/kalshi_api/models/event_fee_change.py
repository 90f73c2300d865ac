from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type import FeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventFeeChange")


@_attrs_define
class EventFeeChange:
    """
    Attributes:
        id (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        fee_type_override (FeeType | None | Unset):
        fee_multiplier_override (float | None | Unset):
        scheduled_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    fee_type_override: FeeType | None | Unset = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    scheduled_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_ticker = self.event_ticker

        series_ticker = self.series_ticker

        fee_type_override: None | str | Unset
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        elif isinstance(self.fee_type_override, FeeType):
            fee_type_override = FeeType.of(self.fee_type_override).value
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        scheduled_ts: str | Unset = UNSET
        if not isinstance(self.scheduled_ts, Unset):
            scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override
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
            raise TypeError(f"EventFeeChange.id: expected str, got {type(id).__name__}")

        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"EventFeeChange.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        series_ticker = d.pop("series_ticker", UNSET)
        if not isinstance(series_ticker, str | Unset | None):
            raise TypeError(
                f"EventFeeChange.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        _fee_type_override_data = d.pop("fee_type_override", UNSET)
        fee_type_override: FeeType | None | Unset
        if _fee_type_override_data is None or isinstance(
            _fee_type_override_data, Unset
        ):
            fee_type_override = _fee_type_override_data
        elif isinstance(_fee_type_override_data, str):
            fee_type_override_type_1 = FeeType._value2member_map_.get(
                _raw := _fee_type_override_data
            ) or FeeType(_raw)

            fee_type_override = fee_type_override_type_1
        else:
            raise TypeError(
                f"fee_type_override: unexpected JSON type {type(_fee_type_override_data).__name__}"
            )

        _fee_multiplier_override_data = d.pop("fee_multiplier_override", UNSET)
        fee_multiplier_override: float | None | Unset
        if _fee_multiplier_override_data is None or isinstance(
            _fee_multiplier_override_data, Unset
        ):
            fee_multiplier_override = _fee_multiplier_override_data
        elif not isinstance(_fee_multiplier_override_data, int | float) or isinstance(
            _fee_multiplier_override_data, bool
        ):
            raise TypeError(
                f"fee_multiplier_override: expected float, got {type(_fee_multiplier_override_data).__name__}"
            )
        else:
            fee_multiplier_override = cast(
                float | None | Unset, _fee_multiplier_override_data
            )

        _scheduled_ts = d.pop("scheduled_ts", UNSET)
        scheduled_ts: datetime.datetime | Unset
        if isinstance(_scheduled_ts, Unset):
            scheduled_ts = UNSET
        else:
            scheduled_ts = datetime.datetime.fromisoformat(_scheduled_ts)

        event_fee_change = cls(
            id=id,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
            scheduled_ts=scheduled_ts,
        )

        event_fee_change.additional_properties = d
        return event_fee_change

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("event_ticker", self.event_ticker),
            ("series_ticker", self.series_ticker),
            ("fee_type_override", self.fee_type_override),
            ("fee_multiplier_override", self.fee_multiplier_override),
            ("scheduled_ts", self.scheduled_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"EventFeeChange({shown})"

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
