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
from ..models.book_side import BookSide
from ..models.trade_taker_outcome_side import TradeTakerOutcomeSide
from ..models.trade_taker_side import TradeTakerSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """
    Attributes:
        trade_id (str | Unset):
        ticker (str | Unset):
        count_fp (str | Unset):
        yes_price_dollars (str | Unset):
        no_price_dollars (str | Unset):
        taker_side (TradeTakerSide | Unset):
        taker_outcome_side (TradeTakerOutcomeSide | Unset):
        taker_book_side (BookSide | Unset):
        created_time (datetime.datetime | Unset):
        is_block_trade (bool | Unset):
    """

    trade_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    count_fp: str | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    taker_side: TradeTakerSide | Literal["yes", "no"] | Unset = UNSET
    taker_outcome_side: TradeTakerOutcomeSide | Literal["yes", "no"] | Unset = UNSET
    taker_book_side: BookSide | Literal["bid", "ask"] | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    is_block_trade: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        ticker = self.ticker

        count_fp = self.count_fp

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = TradeTakerSide.of(self.taker_side).value

        taker_outcome_side: str | Unset = UNSET
        if not isinstance(self.taker_outcome_side, Unset):
            taker_outcome_side = TradeTakerOutcomeSide.of(self.taker_outcome_side).value

        taker_book_side: str | Unset = UNSET
        if not isinstance(self.taker_book_side, Unset):
            taker_book_side = BookSide.of(self.taker_book_side).value

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        is_block_trade = self.is_block_trade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        if taker_outcome_side is not UNSET:
            field_dict["taker_outcome_side"] = taker_outcome_side
        if taker_book_side is not UNSET:
            field_dict["taker_book_side"] = taker_book_side
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if is_block_trade is not UNSET:
            field_dict["is_block_trade"] = is_block_trade

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
            trade = cls.__new__(cls)
            trade._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return trade
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        trade_id = d.get("trade_id", UNSET)
        if not isinstance(trade_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Trade.trade_id: expected str, got {type(trade_id).__name__}"
            )

        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(f"Trade.ticker: expected str, got {type(ticker).__name__}")

        count_fp = d.get("count_fp", UNSET)
        if not isinstance(count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Trade.count_fp: expected str, got {type(count_fp).__name__}"
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Trade.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.get("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Trade.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        _taker_side = d.get("taker_side", UNSET)
        taker_side: TradeTakerSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = TradeTakerSide._value2member_map_.get(
                _raw := _taker_side
            ) or TradeTakerSide(_raw)

        _taker_outcome_side = d.get("taker_outcome_side", UNSET)
        taker_outcome_side: TradeTakerOutcomeSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = TradeTakerOutcomeSide._value2member_map_.get(
                _raw := _taker_outcome_side
            ) or TradeTakerOutcomeSide(_raw)

        _taker_book_side = d.get("taker_book_side", UNSET)
        taker_book_side: BookSide | Unset
        if isinstance(_taker_book_side, Unset):
            taker_book_side = UNSET
        else:
            taker_book_side = BookSide._value2member_map_.get(
                _raw := _taker_book_side
            ) or BookSide(_raw)

        _created_time = d.get("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        is_block_trade = d.get("is_block_trade", UNSET)
        if not isinstance(is_block_trade, (bool, Unset, NoneType)):
            raise TypeError(
                f"Trade.is_block_trade: expected bool, got {type(is_block_trade).__name__}"
            )

        trade = cls(
            trade_id=trade_id,
            ticker=ticker,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            taker_side=taker_side,
            taker_outcome_side=taker_outcome_side,
            taker_book_side=taker_book_side,
            created_time=created_time,
            is_block_trade=is_block_trade,
        )
        trade.additional_properties = _load_additional_properties(d, False)
        return trade

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
                raise MalformedField(f"Trade.{name}: {error!r}") from error
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
        return f"Trade({', '.join(shown)})"

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
            raise InvalidValue(f"Trade.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"Trade.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"Trade.{name} is {value!r}, not a finite number")
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
        raise TypeError(f"Trade.trade_id: expected str, got {type(trade_id).__name__}")

    return trade_id


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(f"Trade.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    count_fp = d.get("count_fp", UNSET)
    if not isinstance(count_fp, (str, Unset, NoneType)):
        raise TypeError(f"Trade.count_fp: expected str, got {type(count_fp).__name__}")

    return count_fp


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Trade.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_no_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_price_dollars = d.get("no_price_dollars", UNSET)
    if not isinstance(no_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Trade.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
        )

    return no_price_dollars


def _load_taker_side(d: dict[str, Any], lazily: bool) -> TradeTakerSide | Unset:
    _taker_side = d.get("taker_side", UNSET)
    taker_side: TradeTakerSide | Unset
    if isinstance(_taker_side, Unset):
        taker_side = UNSET
    else:
        taker_side = TradeTakerSide._value2member_map_.get(
            _raw := _taker_side
        ) or TradeTakerSide(_raw)

    return taker_side


def _load_taker_outcome_side(
    d: dict[str, Any], lazily: bool
) -> TradeTakerOutcomeSide | Unset:
    _taker_outcome_side = d.get("taker_outcome_side", UNSET)
    taker_outcome_side: TradeTakerOutcomeSide | Unset
    if isinstance(_taker_outcome_side, Unset):
        taker_outcome_side = UNSET
    else:
        taker_outcome_side = TradeTakerOutcomeSide._value2member_map_.get(
            _raw := _taker_outcome_side
        ) or TradeTakerOutcomeSide(_raw)

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


def _load_created_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _created_time = d.get("created_time", UNSET)
    created_time: datetime.datetime | Unset
    if isinstance(_created_time, Unset):
        created_time = UNSET
    else:
        created_time = datetime.datetime.fromisoformat(_created_time)

    return created_time


def _load_is_block_trade(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_block_trade = d.get("is_block_trade", UNSET)
    if not isinstance(is_block_trade, (bool, Unset, NoneType)):
        raise TypeError(
            f"Trade.is_block_trade: expected bool, got {type(is_block_trade).__name__}"
        )

    return is_block_trade


_FIELDS = frozenset(
    {
        "trade_id",
        "ticker",
        "count_fp",
        "yes_price_dollars",
        "no_price_dollars",
        "taker_side",
        "taker_outcome_side",
        "taker_book_side",
        "created_time",
        "is_block_trade",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "trade_id": _load_trade_id,
    "ticker": _load_ticker,
    "count_fp": _load_count_fp,
    "yes_price_dollars": _load_yes_price_dollars,
    "no_price_dollars": _load_no_price_dollars,
    "taker_side": _load_taker_side,
    "taker_outcome_side": _load_taker_outcome_side,
    "taker_book_side": _load_taker_book_side,
    "created_time": _load_created_time,
    "is_block_trade": _load_is_block_trade,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "trade_id",
    "ticker",
    "count_fp",
    "yes_price_dollars",
    "no_price_dollars",
    "taker_side",
    "taker_outcome_side",
    "taker_book_side",
    "created_time",
    "is_block_trade",
    "additional_properties",
)
