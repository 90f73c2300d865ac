from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticker_pair_side import TickerPairSide
from ..types import UNSET

T = TypeVar("T", bound="TickerPair")


@_attrs_define
class TickerPair:
    """
    Attributes:
        market_ticker (str):
        event_ticker (str):
        side (TickerPairSide):
    """

    market_ticker: str
    event_ticker: str
    side: TickerPairSide | Literal["yes", "no"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        side = TickerPairSide.of(self.side).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "event_ticker": event_ticker,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        if not isinstance(market_ticker, str | None):
            raise TypeError(
                f"TickerPair.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        event_ticker = d.pop("event_ticker")
        if not isinstance(event_ticker, str | None):
            raise TypeError(
                f"TickerPair.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        side = TickerPairSide._value2member_map_.get(
            _raw := d.pop("side")
        ) or TickerPairSide(_raw)

        ticker_pair = cls(
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            side=side,
        )

        ticker_pair.additional_properties = d
        return ticker_pair

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("event_ticker", self.event_ticker),
            ("side", self.side),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"TickerPair({shown})"

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
