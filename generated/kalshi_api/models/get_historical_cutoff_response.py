from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetHistoricalCutoffResponse")


@_attrs_define
class GetHistoricalCutoffResponse:
    """
    Attributes:
        market_settled_ts (datetime.datetime | Unset):
        trades_created_ts (datetime.datetime | Unset):
        orders_updated_ts (datetime.datetime | Unset):
        market_positions_last_updated_ts (datetime.datetime | Unset):
    """

    market_settled_ts: datetime.datetime | Unset = UNSET
    trades_created_ts: datetime.datetime | Unset = UNSET
    orders_updated_ts: datetime.datetime | Unset = UNSET
    market_positions_last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_settled_ts: str | Unset = UNSET
        if not isinstance(self.market_settled_ts, Unset):
            market_settled_ts = self.market_settled_ts.isoformat()

        trades_created_ts: str | Unset = UNSET
        if not isinstance(self.trades_created_ts, Unset):
            trades_created_ts = self.trades_created_ts.isoformat()

        orders_updated_ts: str | Unset = UNSET
        if not isinstance(self.orders_updated_ts, Unset):
            orders_updated_ts = self.orders_updated_ts.isoformat()

        market_positions_last_updated_ts: str | Unset = UNSET
        if not isinstance(self.market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = (
                self.market_positions_last_updated_ts.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_settled_ts is not UNSET:
            field_dict["market_settled_ts"] = market_settled_ts
        if trades_created_ts is not UNSET:
            field_dict["trades_created_ts"] = trades_created_ts
        if orders_updated_ts is not UNSET:
            field_dict["orders_updated_ts"] = orders_updated_ts
        if market_positions_last_updated_ts is not UNSET:
            field_dict["market_positions_last_updated_ts"] = (
                market_positions_last_updated_ts
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _market_settled_ts = d.pop("market_settled_ts", UNSET)
        market_settled_ts: datetime.datetime | Unset
        if isinstance(_market_settled_ts, Unset):
            market_settled_ts = UNSET
        else:
            market_settled_ts = datetime.datetime.fromisoformat(_market_settled_ts)

        _trades_created_ts = d.pop("trades_created_ts", UNSET)
        trades_created_ts: datetime.datetime | Unset
        if isinstance(_trades_created_ts, Unset):
            trades_created_ts = UNSET
        else:
            trades_created_ts = datetime.datetime.fromisoformat(_trades_created_ts)

        _orders_updated_ts = d.pop("orders_updated_ts", UNSET)
        orders_updated_ts: datetime.datetime | Unset
        if isinstance(_orders_updated_ts, Unset):
            orders_updated_ts = UNSET
        else:
            orders_updated_ts = datetime.datetime.fromisoformat(_orders_updated_ts)

        _market_positions_last_updated_ts = d.pop(
            "market_positions_last_updated_ts", UNSET
        )
        market_positions_last_updated_ts: datetime.datetime | Unset
        if isinstance(_market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = UNSET
        else:
            market_positions_last_updated_ts = datetime.datetime.fromisoformat(
                _market_positions_last_updated_ts
            )

        get_historical_cutoff_response = cls(
            market_settled_ts=market_settled_ts,
            trades_created_ts=trades_created_ts,
            orders_updated_ts=orders_updated_ts,
            market_positions_last_updated_ts=market_positions_last_updated_ts,
        )

        get_historical_cutoff_response.additional_properties = d
        return get_historical_cutoff_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_settled_ts", self.market_settled_ts),
            ("trades_created_ts", self.trades_created_ts),
            ("orders_updated_ts", self.orders_updated_ts),
            ("market_positions_last_updated_ts", self.market_positions_last_updated_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetHistoricalCutoffResponse({shown})"

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
