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
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="MarketCandlesticksResponse")


@_attrs_define
class MarketCandlesticksResponse:
    """
    Attributes:
        market_ticker (str | Unset):
        candlesticks (list[MarketCandlestick] | None | Unset):
    """

    market_ticker: str | Unset = UNSET
    candlesticks: list[MarketCandlestick] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        candlesticks: list[dict[str, Any]] | None | Unset
        if isinstance(self.candlesticks, Unset):
            candlesticks = UNSET
        elif isinstance(self.candlesticks, list):
            candlesticks = []
            for candlesticks_type_0_item_data in self.candlesticks:
                candlesticks_type_0_item = candlesticks_type_0_item_data.to_dict()
                candlesticks.append(candlesticks_type_0_item)

        else:
            candlesticks = self.candlesticks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if candlesticks is not UNSET:
            field_dict["candlesticks"] = candlesticks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"MarketCandlesticksResponse.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _candlesticks_data = d.pop("candlesticks", UNSET)
        candlesticks: list[MarketCandlestick] | None | Unset
        if _candlesticks_data is None or isinstance(_candlesticks_data, Unset):
            candlesticks = _candlesticks_data
        elif isinstance(_candlesticks_data, list):
            candlesticks_type_0 = []
            _candlesticks_type_0 = _candlesticks_data
            for candlesticks_type_0_item_data in _candlesticks_type_0:
                candlesticks_type_0_item = MarketCandlestick.from_dict(
                    candlesticks_type_0_item_data
                )

                candlesticks_type_0.append(candlesticks_type_0_item)

            candlesticks = candlesticks_type_0
        else:
            raise TypeError(
                f"candlesticks: unexpected JSON type {type(_candlesticks_data).__name__}"
            )

        market_candlesticks_response = cls(
            market_ticker=market_ticker,
            candlesticks=candlesticks,
        )

        market_candlesticks_response.additional_properties = d
        return market_candlesticks_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("candlesticks", self.candlesticks),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MarketCandlesticksResponse({shown})"

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
