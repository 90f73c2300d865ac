from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="GetEventCandlesticksResponse")


@_attrs_define
class GetEventCandlesticksResponse:
    """
    Attributes:
        market_tickers (list[str] | None | Unset):
        market_candlesticks (list[list[MarketCandlestick] | None] | None | Unset):
        adjusted_end_ts (int | Unset):
    """

    market_tickers: list[str] | None | Unset = UNSET
    market_candlesticks: list[list[MarketCandlestick] | None] | None | Unset = UNSET
    adjusted_end_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | None | Unset
        if isinstance(self.market_tickers, Unset):
            market_tickers = UNSET
        elif isinstance(self.market_tickers, list):
            market_tickers = self.market_tickers

        else:
            market_tickers = self.market_tickers

        market_candlesticks: list[list[dict[str, Any]] | None] | None | Unset
        if isinstance(self.market_candlesticks, Unset):
            market_candlesticks = UNSET
        elif isinstance(self.market_candlesticks, list):
            market_candlesticks = []
            for market_candlesticks_type_0_item_data in self.market_candlesticks:
                market_candlesticks_type_0_item: list[dict[str, Any]] | None
                if isinstance(market_candlesticks_type_0_item_data, list):
                    market_candlesticks_type_0_item = []
                    for (
                        market_candlesticks_type_0_item_type_0_item_data
                    ) in market_candlesticks_type_0_item_data:
                        market_candlesticks_type_0_item_type_0_item = (
                            market_candlesticks_type_0_item_type_0_item_data.to_dict()
                        )
                        market_candlesticks_type_0_item.append(
                            market_candlesticks_type_0_item_type_0_item
                        )

                else:
                    market_candlesticks_type_0_item = (
                        market_candlesticks_type_0_item_data
                    )
                market_candlesticks.append(market_candlesticks_type_0_item)

        else:
            market_candlesticks = self.market_candlesticks

        adjusted_end_ts = self.adjusted_end_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_candlesticks is not UNSET:
            field_dict["market_candlesticks"] = market_candlesticks
        if adjusted_end_ts is not UNSET:
            field_dict["adjusted_end_ts"] = adjusted_end_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _market_tickers_data = d.pop("market_tickers", UNSET)
        market_tickers: list[str] | None | Unset
        if _market_tickers_data is None or isinstance(_market_tickers_data, Unset):
            market_tickers = _market_tickers_data
        elif isinstance(_market_tickers_data, list):
            market_tickers_type_0 = cast(list[str], _market_tickers_data)

            market_tickers = market_tickers_type_0
        else:
            raise TypeError(
                f"market_tickers: unexpected JSON type {type(_market_tickers_data).__name__}"
            )

        _market_candlesticks_data = d.pop("market_candlesticks", UNSET)
        market_candlesticks: list[list[MarketCandlestick] | None] | None | Unset
        if _market_candlesticks_data is None or isinstance(
            _market_candlesticks_data, Unset
        ):
            market_candlesticks = _market_candlesticks_data
        elif isinstance(_market_candlesticks_data, list):
            market_candlesticks_type_0 = []
            _market_candlesticks_type_0 = _market_candlesticks_data
            for market_candlesticks_type_0_item_data in _market_candlesticks_type_0:
                _market_candlesticks_type_0_item_data = (
                    market_candlesticks_type_0_item_data
                )
                market_candlesticks_type_0_item: list[MarketCandlestick] | None
                if _market_candlesticks_type_0_item_data is None:
                    market_candlesticks_type_0_item = (
                        _market_candlesticks_type_0_item_data
                    )
                elif isinstance(_market_candlesticks_type_0_item_data, list):
                    market_candlesticks_type_0_item_type_0 = []
                    _market_candlesticks_type_0_item_type_0 = (
                        _market_candlesticks_type_0_item_data
                    )
                    for (
                        market_candlesticks_type_0_item_type_0_item_data
                    ) in _market_candlesticks_type_0_item_type_0:
                        market_candlesticks_type_0_item_type_0_item = (
                            MarketCandlestick.from_dict(
                                market_candlesticks_type_0_item_type_0_item_data
                            )
                        )

                        market_candlesticks_type_0_item_type_0.append(
                            market_candlesticks_type_0_item_type_0_item
                        )

                    market_candlesticks_type_0_item = (
                        market_candlesticks_type_0_item_type_0
                    )
                else:
                    raise TypeError(
                        f"market_candlesticks_type_0_item: unexpected JSON type {type(_market_candlesticks_type_0_item_data).__name__}"
                    )

                market_candlesticks_type_0.append(market_candlesticks_type_0_item)

            market_candlesticks = market_candlesticks_type_0
        else:
            raise TypeError(
                f"market_candlesticks: unexpected JSON type {type(_market_candlesticks_data).__name__}"
            )

        adjusted_end_ts = d.pop("adjusted_end_ts", UNSET)
        if not isinstance(adjusted_end_ts, int | Unset | None) or isinstance(
            adjusted_end_ts, bool
        ):
            raise TypeError(
                f"GetEventCandlesticksResponse.adjusted_end_ts: expected int, got {type(adjusted_end_ts).__name__}"
            )

        get_event_candlesticks_response = cls(
            market_tickers=market_tickers,
            market_candlesticks=market_candlesticks,
            adjusted_end_ts=adjusted_end_ts,
        )

        get_event_candlesticks_response.additional_properties = d
        return get_event_candlesticks_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_tickers", self.market_tickers),
            ("market_candlesticks", self.market_candlesticks),
            ("adjusted_end_ts", self.adjusted_end_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetEventCandlesticksResponse({shown})"

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
