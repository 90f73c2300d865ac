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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.book_side import BookSide
from ..models.fill_action import FillAction
from ..models.fill_side import FillSide
from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="Fill")


@_attrs_define
class Fill:
    """
    Attributes:
        fill_id (str | Unset):
        exchange_index (int | Unset):
        trade_id (str | Unset):
        order_id (str | Unset):
        ticker (str | Unset):
        market_ticker (str | Unset):
        side (FillSide | Unset):
        action (FillAction | Unset):
        outcome_side (OutcomeSide | Unset):
        book_side (BookSide | Unset):
        count_fp (str | Unset):
        yes_price_dollars (str | Unset):
        no_price_dollars (str | Unset):
        is_taker (bool | Unset):
        created_time (datetime.datetime | Unset):
        fee_cost (str | Unset):
        subaccount_number (int | None | Unset):
        ts (int | Unset):
    """

    fill_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    trade_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: FillSide | Literal["yes", "no"] | Unset = UNSET
    action: FillAction | Literal["buy", "sell"] | Unset = UNSET
    outcome_side: OutcomeSide | Literal["yes", "no"] | Unset = UNSET
    book_side: BookSide | Literal["bid", "ask"] | Unset = UNSET
    count_fp: str | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    is_taker: bool | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    fee_cost: str | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        exchange_index = self.exchange_index

        trade_id = self.trade_id

        order_id = self.order_id

        ticker = self.ticker

        market_ticker = self.market_ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = FillSide.of(self.side).value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = FillAction.of(self.action).value

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = OutcomeSide.of(self.outcome_side).value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = BookSide.of(self.book_side).value

        count_fp = self.count_fp

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        is_taker = self.is_taker

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        fee_cost = self.fee_cost

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill_id is not UNSET:
            field_dict["fill_id"] = fill_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if ts is not UNSET:
            field_dict["ts"] = ts

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
            fill = cls.__new__(cls)
            fill._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return fill
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        fill_id = d.get("fill_id", UNSET)
        if not isinstance(fill_id, (str, Unset, NoneType)):
            raise TypeError(f"Fill.fill_id: expected str, got {type(fill_id).__name__}")

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"Fill.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        trade_id = d.get("trade_id", UNSET)
        if not isinstance(trade_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.trade_id: expected str, got {type(trade_id).__name__}"
            )

        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.order_id: expected str, got {type(order_id).__name__}"
            )

        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(f"Fill.ticker: expected str, got {type(ticker).__name__}")

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _side = d.get("side", UNSET)
        side: FillSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = FillSide._value2member_map_.get(_raw := _side) or FillSide(_raw)

        _action = d.get("action", UNSET)
        action: FillAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = FillAction._value2member_map_.get(_raw := _action) or FillAction(
                _raw
            )

        _outcome_side = d.get("outcome_side", UNSET)
        outcome_side: OutcomeSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = OutcomeSide._value2member_map_.get(
                _raw := _outcome_side
            ) or OutcomeSide(_raw)

        _book_side = d.get("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide._value2member_map_.get(_raw := _book_side) or BookSide(
                _raw
            )

        count_fp = d.get("count_fp", UNSET)
        if not isinstance(count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.count_fp: expected str, got {type(count_fp).__name__}"
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.get("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        is_taker = d.get("is_taker", UNSET)
        if not isinstance(is_taker, (bool, Unset, NoneType)):
            raise TypeError(
                f"Fill.is_taker: expected bool, got {type(is_taker).__name__}"
            )

        _created_time = d.get("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        fee_cost = d.get("fee_cost", UNSET)
        if not isinstance(fee_cost, (str, Unset, NoneType)):
            raise TypeError(
                f"Fill.fee_cost: expected str, got {type(fee_cost).__name__}"
            )

        _subaccount_number_data = d.get("subaccount_number", UNSET)
        subaccount_number: int | None | Unset
        if _subaccount_number_data is None or isinstance(
            _subaccount_number_data, Unset
        ):
            subaccount_number = _subaccount_number_data
        elif not isinstance(_subaccount_number_data, (int,)) or isinstance(
            _subaccount_number_data, bool
        ):
            raise TypeError(
                f"subaccount_number: expected int, got {type(_subaccount_number_data).__name__}"
            )
        else:
            subaccount_number = cast(int | None | Unset, _subaccount_number_data)

        ts = d.get("ts", UNSET)
        if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
            raise TypeError(f"Fill.ts: expected int, got {type(ts).__name__}")

        fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            trade_id=trade_id,
            order_id=order_id,
            ticker=ticker,
            market_ticker=market_ticker,
            side=side,
            action=action,
            outcome_side=outcome_side,
            book_side=book_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            is_taker=is_taker,
            created_time=created_time,
            fee_cost=fee_cost,
            subaccount_number=subaccount_number,
            ts=ts,
        )
        fill.additional_properties = _load_additional_properties(d, False)
        return fill

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
                raise MalformedField(f"Fill.{name}: {error!r}") from error
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
        return f"Fill({', '.join(shown)})"

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
            raise InvalidValue(f"Fill.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"Fill.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"Fill.{name} is {value!r}, not a finite number")
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


def _load_fill_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    fill_id = d.get("fill_id", UNSET)
    if not isinstance(fill_id, (str, Unset, NoneType)):
        raise TypeError(f"Fill.fill_id: expected str, got {type(fill_id).__name__}")

    return fill_id


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"Fill.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_trade_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    trade_id = d.get("trade_id", UNSET)
    if not isinstance(trade_id, (str, Unset, NoneType)):
        raise TypeError(f"Fill.trade_id: expected str, got {type(trade_id).__name__}")

    return trade_id


def _load_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_id = d.get("order_id", UNSET)
    if not isinstance(order_id, (str, Unset, NoneType)):
        raise TypeError(f"Fill.order_id: expected str, got {type(order_id).__name__}")

    return order_id


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(f"Fill.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"Fill.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_side(d: dict[str, Any], lazily: bool) -> FillSide | Unset:
    _side = d.get("side", UNSET)
    side: FillSide | Unset
    if isinstance(_side, Unset):
        side = UNSET
    else:
        side = FillSide._value2member_map_.get(_raw := _side) or FillSide(_raw)

    return side


def _load_action(d: dict[str, Any], lazily: bool) -> FillAction | Unset:
    _action = d.get("action", UNSET)
    action: FillAction | Unset
    if isinstance(_action, Unset):
        action = UNSET
    else:
        action = FillAction._value2member_map_.get(_raw := _action) or FillAction(_raw)

    return action


def _load_outcome_side(d: dict[str, Any], lazily: bool) -> OutcomeSide | Unset:
    _outcome_side = d.get("outcome_side", UNSET)
    outcome_side: OutcomeSide | Unset
    if isinstance(_outcome_side, Unset):
        outcome_side = UNSET
    else:
        outcome_side = OutcomeSide._value2member_map_.get(
            _raw := _outcome_side
        ) or OutcomeSide(_raw)

    return outcome_side


def _load_book_side(d: dict[str, Any], lazily: bool) -> BookSide | Unset:
    _book_side = d.get("book_side", UNSET)
    book_side: BookSide | Unset
    if isinstance(_book_side, Unset):
        book_side = UNSET
    else:
        book_side = BookSide._value2member_map_.get(_raw := _book_side) or BookSide(
            _raw
        )

    return book_side


def _load_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    count_fp = d.get("count_fp", UNSET)
    if not isinstance(count_fp, (str, Unset, NoneType)):
        raise TypeError(f"Fill.count_fp: expected str, got {type(count_fp).__name__}")

    return count_fp


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Fill.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_no_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_price_dollars = d.get("no_price_dollars", UNSET)
    if not isinstance(no_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Fill.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
        )

    return no_price_dollars


def _load_is_taker(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_taker = d.get("is_taker", UNSET)
    if not isinstance(is_taker, (bool, Unset, NoneType)):
        raise TypeError(f"Fill.is_taker: expected bool, got {type(is_taker).__name__}")

    return is_taker


def _load_created_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _created_time = d.get("created_time", UNSET)
    created_time: datetime.datetime | Unset
    if isinstance(_created_time, Unset):
        created_time = UNSET
    else:
        created_time = datetime.datetime.fromisoformat(_created_time)

    return created_time


def _load_fee_cost(d: dict[str, Any], lazily: bool) -> str | Unset:
    fee_cost = d.get("fee_cost", UNSET)
    if not isinstance(fee_cost, (str, Unset, NoneType)):
        raise TypeError(f"Fill.fee_cost: expected str, got {type(fee_cost).__name__}")

    return fee_cost


def _load_subaccount_number(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _subaccount_number_data = d.get("subaccount_number", UNSET)
    subaccount_number: int | None | Unset
    if _subaccount_number_data is None or isinstance(_subaccount_number_data, Unset):
        subaccount_number = _subaccount_number_data
    elif not isinstance(_subaccount_number_data, (int,)) or isinstance(
        _subaccount_number_data, bool
    ):
        raise TypeError(
            f"subaccount_number: expected int, got {type(_subaccount_number_data).__name__}"
        )
    else:
        subaccount_number = cast(int | None | Unset, _subaccount_number_data)

    return subaccount_number


def _load_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts = d.get("ts", UNSET)
    if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
        raise TypeError(f"Fill.ts: expected int, got {type(ts).__name__}")

    return ts


_FIELDS = frozenset(
    {
        "fill_id",
        "exchange_index",
        "trade_id",
        "order_id",
        "ticker",
        "market_ticker",
        "side",
        "action",
        "outcome_side",
        "book_side",
        "count_fp",
        "yes_price_dollars",
        "no_price_dollars",
        "is_taker",
        "created_time",
        "fee_cost",
        "subaccount_number",
        "ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "fill_id": _load_fill_id,
    "exchange_index": _load_exchange_index,
    "trade_id": _load_trade_id,
    "order_id": _load_order_id,
    "ticker": _load_ticker,
    "market_ticker": _load_market_ticker,
    "side": _load_side,
    "action": _load_action,
    "outcome_side": _load_outcome_side,
    "book_side": _load_book_side,
    "count_fp": _load_count_fp,
    "yes_price_dollars": _load_yes_price_dollars,
    "no_price_dollars": _load_no_price_dollars,
    "is_taker": _load_is_taker,
    "created_time": _load_created_time,
    "fee_cost": _load_fee_cost,
    "subaccount_number": _load_subaccount_number,
    "ts": _load_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "fill_id",
    "exchange_index",
    "trade_id",
    "order_id",
    "ticker",
    "market_ticker",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "count_fp",
    "yes_price_dollars",
    "no_price_dollars",
    "is_taker",
    "created_time",
    "fee_cost",
    "subaccount_number",
    "ts",
    "additional_properties",
)
