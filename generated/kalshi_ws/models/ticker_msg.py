from __future__ import annotations

import datetime
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            ticker_msg = cls.__new__(cls)
            ticker_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return ticker_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_id = d.get("market_id", UNSET)
        if not isinstance(market_id, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        price_dollars = d.get("price_dollars", UNSET)
        if not isinstance(price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.price_dollars: expected str, got {type(price_dollars).__name__}"
            )

        yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        yes_ask_dollars = d.get("yes_ask_dollars", UNSET)
        if not isinstance(yes_ask_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.yes_ask_dollars: expected str, got {type(yes_ask_dollars).__name__}"
            )

        volume_fp = d.get("volume_fp", UNSET)
        if not isinstance(volume_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        open_interest_fp = d.get("open_interest_fp", UNSET)
        if not isinstance(open_interest_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.open_interest_fp: expected str, got {type(open_interest_fp).__name__}"
            )

        dollar_volume = d.get("dollar_volume", UNSET)
        if not isinstance(dollar_volume, (int, Unset, NoneType)) or isinstance(
            dollar_volume, bool
        ):
            raise TypeError(
                f"TickerMsg.dollar_volume: expected int, got {type(dollar_volume).__name__}"
            )

        dollar_open_interest = d.get("dollar_open_interest", UNSET)
        if not isinstance(dollar_open_interest, (int, Unset, NoneType)) or isinstance(
            dollar_open_interest, bool
        ):
            raise TypeError(
                f"TickerMsg.dollar_open_interest: expected int, got {type(dollar_open_interest).__name__}"
            )

        yes_bid_size_fp = d.get("yes_bid_size_fp", UNSET)
        if not isinstance(yes_bid_size_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.yes_bid_size_fp: expected str, got {type(yes_bid_size_fp).__name__}"
            )

        yes_ask_size_fp = d.get("yes_ask_size_fp", UNSET)
        if not isinstance(yes_ask_size_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.yes_ask_size_fp: expected str, got {type(yes_ask_size_fp).__name__}"
            )

        last_trade_size_fp = d.get("last_trade_size_fp", UNSET)
        if not isinstance(last_trade_size_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"TickerMsg.last_trade_size_fp: expected str, got {type(last_trade_size_fp).__name__}"
            )

        ts = d.get("ts", UNSET)
        if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
            raise TypeError(f"TickerMsg.ts: expected int, got {type(ts).__name__}")

        ts_ms = d.get("ts_ms", UNSET)
        if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
            raise TypeError(
                f"TickerMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        _time = d.get("time", UNSET)
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
        ticker_msg.additional_properties = _load_additional_properties(d, False)
        return ticker_msg

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
                raise MalformedField(f"TickerMsg.{name}: {error!r}") from error
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
        return f"TickerMsg({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_market_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_id = d.get("market_id", UNSET)
    if not isinstance(market_id, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.market_id: expected str, got {type(market_id).__name__}"
        )

    return market_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    price_dollars = d.get("price_dollars", UNSET)
    if not isinstance(price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.price_dollars: expected str, got {type(price_dollars).__name__}"
        )

    return price_dollars


def _load_yes_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
    if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
        )

    return yes_bid_dollars


def _load_yes_ask_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_ask_dollars = d.get("yes_ask_dollars", UNSET)
    if not isinstance(yes_ask_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.yes_ask_dollars: expected str, got {type(yes_ask_dollars).__name__}"
        )

    return yes_ask_dollars


def _load_volume_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    volume_fp = d.get("volume_fp", UNSET)
    if not isinstance(volume_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.volume_fp: expected str, got {type(volume_fp).__name__}"
        )

    return volume_fp


def _load_open_interest_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    open_interest_fp = d.get("open_interest_fp", UNSET)
    if not isinstance(open_interest_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.open_interest_fp: expected str, got {type(open_interest_fp).__name__}"
        )

    return open_interest_fp


def _load_dollar_volume(d: dict[str, Any], lazily: bool) -> int | Unset:
    dollar_volume = d.get("dollar_volume", UNSET)
    if not isinstance(dollar_volume, (int, Unset, NoneType)) or isinstance(
        dollar_volume, bool
    ):
        raise TypeError(
            f"TickerMsg.dollar_volume: expected int, got {type(dollar_volume).__name__}"
        )

    return dollar_volume


def _load_dollar_open_interest(d: dict[str, Any], lazily: bool) -> int | Unset:
    dollar_open_interest = d.get("dollar_open_interest", UNSET)
    if not isinstance(dollar_open_interest, (int, Unset, NoneType)) or isinstance(
        dollar_open_interest, bool
    ):
        raise TypeError(
            f"TickerMsg.dollar_open_interest: expected int, got {type(dollar_open_interest).__name__}"
        )

    return dollar_open_interest


def _load_yes_bid_size_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_bid_size_fp = d.get("yes_bid_size_fp", UNSET)
    if not isinstance(yes_bid_size_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.yes_bid_size_fp: expected str, got {type(yes_bid_size_fp).__name__}"
        )

    return yes_bid_size_fp


def _load_yes_ask_size_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_ask_size_fp = d.get("yes_ask_size_fp", UNSET)
    if not isinstance(yes_ask_size_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.yes_ask_size_fp: expected str, got {type(yes_ask_size_fp).__name__}"
        )

    return yes_ask_size_fp


def _load_last_trade_size_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    last_trade_size_fp = d.get("last_trade_size_fp", UNSET)
    if not isinstance(last_trade_size_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"TickerMsg.last_trade_size_fp: expected str, got {type(last_trade_size_fp).__name__}"
        )

    return last_trade_size_fp


def _load_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts = d.get("ts", UNSET)
    if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
        raise TypeError(f"TickerMsg.ts: expected int, got {type(ts).__name__}")

    return ts


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts_ms = d.get("ts_ms", UNSET)
    if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
        raise TypeError(f"TickerMsg.ts_ms: expected int, got {type(ts_ms).__name__}")

    return ts_ms


def _load_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _time = d.get("time", UNSET)
    time: datetime.datetime | Unset
    if isinstance(_time, Unset):
        time = UNSET
    else:
        time = datetime.datetime.fromisoformat(_time)

    return time


_FIELDS = frozenset(
    {
        "market_id",
        "market_ticker",
        "price_dollars",
        "yes_bid_dollars",
        "yes_ask_dollars",
        "volume_fp",
        "open_interest_fp",
        "dollar_volume",
        "dollar_open_interest",
        "yes_bid_size_fp",
        "yes_ask_size_fp",
        "last_trade_size_fp",
        "ts",
        "ts_ms",
        "time",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_id": _load_market_id,
    "market_ticker": _load_market_ticker,
    "price_dollars": _load_price_dollars,
    "yes_bid_dollars": _load_yes_bid_dollars,
    "yes_ask_dollars": _load_yes_ask_dollars,
    "volume_fp": _load_volume_fp,
    "open_interest_fp": _load_open_interest_fp,
    "dollar_volume": _load_dollar_volume,
    "dollar_open_interest": _load_dollar_open_interest,
    "yes_bid_size_fp": _load_yes_bid_size_fp,
    "yes_ask_size_fp": _load_yes_ask_size_fp,
    "last_trade_size_fp": _load_last_trade_size_fp,
    "ts": _load_ts,
    "ts_ms": _load_ts_ms,
    "time": _load_time,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_id",
    "market_ticker",
    "price_dollars",
    "yes_bid_dollars",
    "yes_ask_dollars",
    "volume_fp",
    "open_interest_fp",
    "dollar_volume",
    "dollar_open_interest",
    "yes_bid_size_fp",
    "yes_ask_size_fp",
    "last_trade_size_fp",
    "ts",
    "ts_ms",
    "time",
    "additional_properties",
)
