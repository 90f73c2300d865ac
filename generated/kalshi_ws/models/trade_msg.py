from __future__ import annotations

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
from ..models.book_side import BookSide
from ..models.market_side import MarketSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeMsg")


@_attrs_define
class TradeMsg:
    """
    Attributes:
        trade_id (str | Unset):
        market_ticker (str | Unset):
        yes_price_dollars (str | Unset):
        no_price_dollars (str | Unset):
        count_fp (str | Unset):
        taker_side (MarketSide | Unset):
        taker_outcome_side (MarketSide | Unset):
        taker_book_side (BookSide | Unset):
        is_block_trade (bool | Unset):
        ts (int | Unset):
        ts_ms (int | Unset):
    """

    trade_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    count_fp: str | Unset = UNSET
    taker_side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    taker_outcome_side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    taker_book_side: BookSide | Literal["bid", "ask"] | Unset = UNSET
    is_block_trade: bool | Unset = UNSET
    ts: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        market_ticker = self.market_ticker

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        count_fp = self.count_fp

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = MarketSide.of(self.taker_side).value

        taker_outcome_side: str | Unset = UNSET
        if not isinstance(self.taker_outcome_side, Unset):
            taker_outcome_side = MarketSide.of(self.taker_outcome_side).value

        taker_book_side: str | Unset = UNSET
        if not isinstance(self.taker_book_side, Unset):
            taker_book_side = BookSide.of(self.taker_book_side).value

        is_block_trade = self.is_block_trade

        ts = self.ts

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        if taker_outcome_side is not UNSET:
            field_dict["taker_outcome_side"] = taker_outcome_side
        if taker_book_side is not UNSET:
            field_dict["taker_book_side"] = taker_book_side
        if is_block_trade is not UNSET:
            field_dict["is_block_trade"] = is_block_trade
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        trade_id = d.pop("trade_id", UNSET)
        if not isinstance(trade_id, str | Unset | None):
            raise TypeError(
                f"TradeMsg.trade_id: expected str, got {type(trade_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"TradeMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, str | Unset | None):
            raise TypeError(
                f"TradeMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.pop("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, str | Unset | None):
            raise TypeError(
                f"TradeMsg.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        count_fp = d.pop("count_fp", UNSET)
        if not isinstance(count_fp, str | Unset | None):
            raise TypeError(
                f"TradeMsg.count_fp: expected str, got {type(count_fp).__name__}"
            )

        _taker_side = d.pop("taker_side", UNSET)
        taker_side: MarketSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = MarketSide._value2member_map_.get(
                _raw := _taker_side
            ) or MarketSide(_raw)

        _taker_outcome_side = d.pop("taker_outcome_side", UNSET)
        taker_outcome_side: MarketSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = MarketSide._value2member_map_.get(
                _raw := _taker_outcome_side
            ) or MarketSide(_raw)

        _taker_book_side = d.pop("taker_book_side", UNSET)
        taker_book_side: BookSide | Unset
        if isinstance(_taker_book_side, Unset):
            taker_book_side = UNSET
        else:
            taker_book_side = BookSide._value2member_map_.get(
                _raw := _taker_book_side
            ) or BookSide(_raw)

        is_block_trade = d.pop("is_block_trade", UNSET)
        if not isinstance(is_block_trade, bool | Unset | None):
            raise TypeError(
                f"TradeMsg.is_block_trade: expected bool, got {type(is_block_trade).__name__}"
            )

        ts = d.pop("ts", UNSET)
        if not isinstance(ts, int | Unset | None) or isinstance(ts, bool):
            raise TypeError(f"TradeMsg.ts: expected int, got {type(ts).__name__}")

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(f"TradeMsg.ts_ms: expected int, got {type(ts_ms).__name__}")

        trade_msg = cls(
            trade_id=trade_id,
            market_ticker=market_ticker,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            count_fp=count_fp,
            taker_side=taker_side,
            taker_outcome_side=taker_outcome_side,
            taker_book_side=taker_book_side,
            is_block_trade=is_block_trade,
            ts=ts,
            ts_ms=ts_ms,
        )

        trade_msg.additional_properties = d
        return trade_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("trade_id", self.trade_id),
            ("market_ticker", self.market_ticker),
            ("yes_price_dollars", self.yes_price_dollars),
            ("no_price_dollars", self.no_price_dollars),
            ("count_fp", self.count_fp),
            ("taker_side", self.taker_side),
            ("taker_outcome_side", self.taker_outcome_side),
            ("taker_book_side", self.taker_book_side),
            ("is_block_trade", self.is_block_trade),
            ("ts", self.ts),
            ("ts_ms", self.ts_ms),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"TradeMsg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "count_fp": 1,
        "no_price_dollars": 1,
        "yes_price_dollars": 1,
    }

    def decimal(
        self, name: Literal["count_fp", "no_price_dollars", "yes_price_dollars"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"TradeMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"TradeMsg.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"TradeMsg.{name} is {value!r}, not a finite number")
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
