from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_lifecycle_msg_collateral_return_type import (
    EventLifecycleMsgCollateralReturnType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLifecycleMsg")


@_attrs_define
class EventLifecycleMsg:
    """
    Attributes:
        event_ticker (str | Unset):
        exchange_index (int | Unset):
        title (str | Unset):
        subtitle (str | Unset):
        collateral_return_type (EventLifecycleMsgCollateralReturnType | Unset):
        series_ticker (str | Unset):
        strike_date (int | Unset):
        strike_period (str | Unset):
    """

    event_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    collateral_return_type: (
        EventLifecycleMsgCollateralReturnType
        | Literal["MECNET", "DIRECNET", ""]
        | Unset
    ) = UNSET
    series_ticker: str | Unset = UNSET
    strike_date: int | Unset = UNSET
    strike_period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        exchange_index = self.exchange_index

        title = self.title

        subtitle = self.subtitle

        collateral_return_type: str | Unset = UNSET
        if not isinstance(self.collateral_return_type, Unset):
            collateral_return_type = EventLifecycleMsgCollateralReturnType.of(
                self.collateral_return_type
            ).value

        series_ticker = self.series_ticker

        strike_date = self.strike_date

        strike_period = self.strike_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if collateral_return_type is not UNSET:
            field_dict["collateral_return_type"] = collateral_return_type
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"EventLifecycleMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"EventLifecycleMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        title = d.pop("title", UNSET)
        if not isinstance(title, str | Unset | None):
            raise TypeError(
                f"EventLifecycleMsg.title: expected str, got {type(title).__name__}"
            )

        subtitle = d.pop("subtitle", UNSET)
        if not isinstance(subtitle, str | Unset | None):
            raise TypeError(
                f"EventLifecycleMsg.subtitle: expected str, got {type(subtitle).__name__}"
            )

        _collateral_return_type = d.pop("collateral_return_type", UNSET)
        collateral_return_type: EventLifecycleMsgCollateralReturnType | Unset
        if isinstance(_collateral_return_type, Unset):
            collateral_return_type = UNSET
        else:
            collateral_return_type = (
                EventLifecycleMsgCollateralReturnType._value2member_map_.get(
                    _raw := _collateral_return_type
                )
                or EventLifecycleMsgCollateralReturnType(_raw)
            )

        series_ticker = d.pop("series_ticker", UNSET)
        if not isinstance(series_ticker, str | Unset | None):
            raise TypeError(
                f"EventLifecycleMsg.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        strike_date = d.pop("strike_date", UNSET)
        if not isinstance(strike_date, int | Unset | None) or isinstance(
            strike_date, bool
        ):
            raise TypeError(
                f"EventLifecycleMsg.strike_date: expected int, got {type(strike_date).__name__}"
            )

        strike_period = d.pop("strike_period", UNSET)
        if not isinstance(strike_period, str | Unset | None):
            raise TypeError(
                f"EventLifecycleMsg.strike_period: expected str, got {type(strike_period).__name__}"
            )

        event_lifecycle_msg = cls(
            event_ticker=event_ticker,
            exchange_index=exchange_index,
            title=title,
            subtitle=subtitle,
            collateral_return_type=collateral_return_type,
            series_ticker=series_ticker,
            strike_date=strike_date,
            strike_period=strike_period,
        )

        event_lifecycle_msg.additional_properties = d
        return event_lifecycle_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_ticker", self.event_ticker),
            ("exchange_index", self.exchange_index),
            ("title", self.title),
            ("subtitle", self.subtitle),
            ("collateral_return_type", self.collateral_return_type),
            ("series_ticker", self.series_ticker),
            ("strike_date", self.strike_date),
            ("strike_period", self.strike_period),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"EventLifecycleMsg({shown})"

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
