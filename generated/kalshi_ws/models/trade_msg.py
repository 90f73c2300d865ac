from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            trade_msg = cls.__new__(cls)
            trade_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return trade_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        trade_id = d.get("trade_id", UNSET)
        if not isinstance(trade_id, (str, Unset, NoneType)):
            raise TypeError(
                f"TradeMsg.trade_id: expected str, got {type(trade_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"TradeMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"TradeMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.get("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"TradeMsg.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        count_fp = d.get("count_fp", UNSET)
        if not isinstance(count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"TradeMsg.count_fp: expected str, got {type(count_fp).__name__}"
            )

        _taker_side = d.get("taker_side", UNSET)
        taker_side: MarketSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = MarketSide._value2member_map_.get(
                _raw := _taker_side
            ) or MarketSide(_raw)

        _taker_outcome_side = d.get("taker_outcome_side", UNSET)
        taker_outcome_side: MarketSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = MarketSide._value2member_map_.get(
                _raw := _taker_outcome_side
            ) or MarketSide(_raw)

        _taker_book_side = d.get("taker_book_side", UNSET)
        taker_book_side: BookSide | Unset
        if isinstance(_taker_book_side, Unset):
            taker_book_side = UNSET
        else:
            taker_book_side = BookSide._value2member_map_.get(
                _raw := _taker_book_side
            ) or BookSide(_raw)

        is_block_trade = d.get("is_block_trade", UNSET)
        if not isinstance(is_block_trade, (bool, Unset, NoneType)):
            raise TypeError(
                f"TradeMsg.is_block_trade: expected bool, got {type(is_block_trade).__name__}"
            )

        ts = d.get("ts", UNSET)
        if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
            raise TypeError(f"TradeMsg.ts: expected int, got {type(ts).__name__}")

        ts_ms = d.get("ts_ms", UNSET)
        if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
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
        trade_msg.additional_properties = _load_additional_properties(d, False)
        return trade_msg

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(f"TradeMsg.{name}: {error!r}") from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"TradeMsg({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_trade_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    trade_id = d.get("trade_id", UNSET)
    if not isinstance(trade_id, (str, Unset, NoneType)):
        raise TypeError(
            f"TradeMsg.trade_id: expected str, got {type(trade_id).__name__}"
        )

    return trade_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"TradeMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"TradeMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_no_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_price_dollars = d.get("no_price_dollars", UNSET)
    if not isinstance(no_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"TradeMsg.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
        )

    return no_price_dollars


def _load_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    count_fp = d.get("count_fp", UNSET)
    if not isinstance(count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"TradeMsg.count_fp: expected str, got {type(count_fp).__name__}"
        )

    return count_fp


def _load_taker_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _taker_side = d.get("taker_side", UNSET)
    taker_side: MarketSide | Unset
    if isinstance(_taker_side, Unset):
        taker_side = UNSET
    else:
        taker_side = MarketSide._value2member_map_.get(
            _raw := _taker_side
        ) or MarketSide(_raw)

    return taker_side


def _load_taker_outcome_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _taker_outcome_side = d.get("taker_outcome_side", UNSET)
    taker_outcome_side: MarketSide | Unset
    if isinstance(_taker_outcome_side, Unset):
        taker_outcome_side = UNSET
    else:
        taker_outcome_side = MarketSide._value2member_map_.get(
            _raw := _taker_outcome_side
        ) or MarketSide(_raw)

    return taker_outcome_side


def _load_taker_book_side(d: dict[str, Any], lazily: bool) -> BookSide | Unset:
    _taker_book_side = d.get("taker_book_side", UNSET)
    taker_book_side: BookSide | Unset
    if isinstance(_taker_book_side, Unset):
        taker_book_side = UNSET
    else:
        taker_book_side = BookSide._value2member_map_.get(
            _raw := _taker_book_side
        ) or BookSide(_raw)

    return taker_book_side


def _load_is_block_trade(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_block_trade = d.get("is_block_trade", UNSET)
    if not isinstance(is_block_trade, (bool, Unset, NoneType)):
        raise TypeError(
            f"TradeMsg.is_block_trade: expected bool, got {type(is_block_trade).__name__}"
        )

    return is_block_trade


def _load_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts = d.get("ts", UNSET)
    if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
        raise TypeError(f"TradeMsg.ts: expected int, got {type(ts).__name__}")

    return ts


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts_ms = d.get("ts_ms", UNSET)
    if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
        raise TypeError(f"TradeMsg.ts_ms: expected int, got {type(ts_ms).__name__}")

    return ts_ms


_FIELDS = frozenset(
    {
        "trade_id",
        "market_ticker",
        "yes_price_dollars",
        "no_price_dollars",
        "count_fp",
        "taker_side",
        "taker_outcome_side",
        "taker_book_side",
        "is_block_trade",
        "ts",
        "ts_ms",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "trade_id": _load_trade_id,
    "market_ticker": _load_market_ticker,
    "yes_price_dollars": _load_yes_price_dollars,
    "no_price_dollars": _load_no_price_dollars,
    "count_fp": _load_count_fp,
    "taker_side": _load_taker_side,
    "taker_outcome_side": _load_taker_outcome_side,
    "taker_book_side": _load_taker_book_side,
    "is_block_trade": _load_is_block_trade,
    "ts": _load_ts,
    "ts_ms": _load_ts_ms,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "trade_id",
    "market_ticker",
    "yes_price_dollars",
    "no_price_dollars",
    "count_fp",
    "taker_side",
    "taker_outcome_side",
    "taker_book_side",
    "is_block_trade",
    "ts",
    "ts_ms",
    "additional_properties",
)
