from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="TickerMsg")


@_attrs_define
class TickerMsg:
    """
    Attributes:
        market_id (str | Unset):
        market_ticker (str | Unset):
        price_dollars (str | Unset):
        yes_bid_dollars (str | Unset):
        yes_ask_dollars (str | Unset):
        volume_fp (str | Unset):
        open_interest_fp (str | Unset):
        dollar_volume (int | Unset):
        dollar_open_interest (int | Unset):
        yes_bid_size_fp (str | Unset):
        yes_ask_size_fp (str | Unset):
        last_trade_size_fp (str | Unset):
        ts (int | Unset):
        ts_ms (int | Unset):
        time (datetime.datetime | Unset):
    """

    market_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    price_dollars: str | Unset = UNSET
    yes_bid_dollars: str | Unset = UNSET
    yes_ask_dollars: str | Unset = UNSET
    volume_fp: str | Unset = UNSET
    open_interest_fp: str | Unset = UNSET
    dollar_volume: int | Unset = UNSET
    dollar_open_interest: int | Unset = UNSET
    yes_bid_size_fp: str | Unset = UNSET
    yes_ask_size_fp: str | Unset = UNSET
    last_trade_size_fp: str | Unset = UNSET
    ts: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        market_ticker = self.market_ticker

        price_dollars = self.price_dollars

        yes_bid_dollars = self.yes_bid_dollars

        yes_ask_dollars = self.yes_ask_dollars

        volume_fp = self.volume_fp

        open_interest_fp = self.open_interest_fp

        dollar_volume = self.dollar_volume

        dollar_open_interest = self.dollar_open_interest

        yes_bid_size_fp = self.yes_bid_size_fp

        yes_ask_size_fp = self.yes_ask_size_fp

        last_trade_size_fp = self.last_trade_size_fp

        ts = self.ts

        ts_ms = self.ts_ms

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if price_dollars is not UNSET:
            field_dict["price_dollars"] = price_dollars
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if yes_ask_dollars is not UNSET:
            field_dict["yes_ask_dollars"] = yes_ask_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if open_interest_fp is not UNSET:
            field_dict["open_interest_fp"] = open_interest_fp
        if dollar_volume is not UNSET:
            field_dict["dollar_volume"] = dollar_volume
        if dollar_open_interest is not UNSET:
            field_dict["dollar_open_interest"] = dollar_open_interest
        if yes_bid_size_fp is not UNSET:
            field_dict["yes_bid_size_fp"] = yes_bid_size_fp
        if yes_ask_size_fp is not UNSET:
            field_dict["yes_ask_size_fp"] = yes_ask_size_fp
        if last_trade_size_fp is not UNSET:
            field_dict["last_trade_size_fp"] = last_trade_size_fp
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_id = d.pop("market_id", UNSET)
        if not isinstance(market_id, str | Unset | None):
            raise TypeError(
                f"TickerMsg.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"TickerMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        price_dollars = d.pop("price_dollars", UNSET)
        if not isinstance(price_dollars, str | Unset | None):
            raise TypeError(
                f"TickerMsg.price_dollars: expected str, got {type(price_dollars).__name__}"
            )

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, str | Unset | None):
            raise TypeError(
                f"TickerMsg.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        yes_ask_dollars = d.pop("yes_ask_dollars", UNSET)
        if not isinstance(yes_ask_dollars, str | Unset | None):
            raise TypeError(
                f"TickerMsg.yes_ask_dollars: expected str, got {type(yes_ask_dollars).__name__}"
            )

        volume_fp = d.pop("volume_fp", UNSET)
        if not isinstance(volume_fp, str | Unset | None):
            raise TypeError(
                f"TickerMsg.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        open_interest_fp = d.pop("open_interest_fp", UNSET)
        if not isinstance(open_interest_fp, str | Unset | None):
            raise TypeError(
                f"TickerMsg.open_interest_fp: expected str, got {type(open_interest_fp).__name__}"
            )

        dollar_volume = d.pop("dollar_volume", UNSET)
        if not isinstance(dollar_volume, int | Unset | None) or isinstance(
            dollar_volume, bool
        ):
            raise TypeError(
                f"TickerMsg.dollar_volume: expected int, got {type(dollar_volume).__name__}"
            )

        dollar_open_interest = d.pop("dollar_open_interest", UNSET)
        if not isinstance(dollar_open_interest, int | Unset | None) or isinstance(
            dollar_open_interest, bool
        ):
            raise TypeError(
                f"TickerMsg.dollar_open_interest: expected int, got {type(dollar_open_interest).__name__}"
            )

        yes_bid_size_fp = d.pop("yes_bid_size_fp", UNSET)
        if not isinstance(yes_bid_size_fp, str | Unset | None):
            raise TypeError(
                f"TickerMsg.yes_bid_size_fp: expected str, got {type(yes_bid_size_fp).__name__}"
            )

        yes_ask_size_fp = d.pop("yes_ask_size_fp", UNSET)
        if not isinstance(yes_ask_size_fp, str | Unset | None):
            raise TypeError(
                f"TickerMsg.yes_ask_size_fp: expected str, got {type(yes_ask_size_fp).__name__}"
            )

        last_trade_size_fp = d.pop("last_trade_size_fp", UNSET)
        if not isinstance(last_trade_size_fp, str | Unset | None):
            raise TypeError(
                f"TickerMsg.last_trade_size_fp: expected str, got {type(last_trade_size_fp).__name__}"
            )

        ts = d.pop("ts", UNSET)
        if not isinstance(ts, int | Unset | None) or isinstance(ts, bool):
            raise TypeError(f"TickerMsg.ts: expected int, got {type(ts).__name__}")

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(
                f"TickerMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        ticker_msg = cls(
            market_id=market_id,
            market_ticker=market_ticker,
            price_dollars=price_dollars,
            yes_bid_dollars=yes_bid_dollars,
            yes_ask_dollars=yes_ask_dollars,
            volume_fp=volume_fp,
            open_interest_fp=open_interest_fp,
            dollar_volume=dollar_volume,
            dollar_open_interest=dollar_open_interest,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_ask_size_fp=yes_ask_size_fp,
            last_trade_size_fp=last_trade_size_fp,
            ts=ts,
            ts_ms=ts_ms,
            time=time,
        )

        ticker_msg.additional_properties = d
        return ticker_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_id", self.market_id),
            ("market_ticker", self.market_ticker),
            ("price_dollars", self.price_dollars),
            ("yes_bid_dollars", self.yes_bid_dollars),
            ("yes_ask_dollars", self.yes_ask_dollars),
            ("volume_fp", self.volume_fp),
            ("open_interest_fp", self.open_interest_fp),
            ("dollar_volume", self.dollar_volume),
            ("dollar_open_interest", self.dollar_open_interest),
            ("yes_bid_size_fp", self.yes_bid_size_fp),
            ("yes_ask_size_fp", self.yes_ask_size_fp),
            ("last_trade_size_fp", self.last_trade_size_fp),
            ("ts", self.ts),
            ("ts_ms", self.ts_ms),
            ("time", self.time),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"TickerMsg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "last_trade_size_fp": 1,
        "open_interest_fp": 1,
        "price_dollars": 1,
        "volume_fp": 1,
        "yes_ask_dollars": 1,
        "yes_ask_size_fp": 1,
        "yes_bid_dollars": 1,
        "yes_bid_size_fp": 1,
    }

    def decimal(
        self,
        name: Literal[
            "last_trade_size_fp",
            "open_interest_fp",
            "price_dollars",
            "volume_fp",
            "yes_ask_dollars",
            "yes_ask_size_fp",
            "yes_bid_dollars",
            "yes_bid_size_fp",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"TickerMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"TickerMsg.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"TickerMsg.{name} is {value!r}, not a finite number")
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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
