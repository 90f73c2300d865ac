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
from ..models.order_action import OrderAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="FillMsg")


@_attrs_define
class FillMsg:
    """
    Attributes:
        trade_id (str | Unset):
        order_id (str | Unset):
        client_order_id (str | Unset):
        market_ticker (str | Unset):
        exchange_index (int | Unset):
        is_taker (bool | Unset):
        side (MarketSide | Unset):
        ts (int | Unset):
        ts_ms (int | Unset):
        yes_price_dollars (str | Unset):
        count_fp (str | Unset):
        fee_cost (str | Unset):
        action (OrderAction | Unset):
        post_position_fp (str | Unset):
        purchased_side (MarketSide | Unset):
        outcome_side (MarketSide | Unset):
        book_side (BookSide | Unset):
        subaccount (int | Unset):
    """

    trade_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    is_taker: bool | Unset = UNSET
    side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    ts: int | Unset = UNSET
    ts_ms: int | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    count_fp: str | Unset = UNSET
    fee_cost: str | Unset = UNSET
    action: (
        OrderAction
        | Literal["buy", "sell", "sell_partial", "sell_to_close", ""]
        | Unset
    ) = UNSET
    post_position_fp: str | Unset = UNSET
    purchased_side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    outcome_side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    book_side: BookSide | Literal["bid", "ask"] | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        order_id = self.order_id

        client_order_id = self.client_order_id

        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        is_taker = self.is_taker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = MarketSide.of(self.side).value

        ts = self.ts

        ts_ms = self.ts_ms

        yes_price_dollars = self.yes_price_dollars

        count_fp = self.count_fp

        fee_cost = self.fee_cost

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = OrderAction.of(self.action).value

        post_position_fp = self.post_position_fp

        purchased_side: str | Unset = UNSET
        if not isinstance(self.purchased_side, Unset):
            purchased_side = MarketSide.of(self.purchased_side).value

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = MarketSide.of(self.outcome_side).value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = BookSide.of(self.book_side).value

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_id is not UNSET:
            field_dict["trade_id"] = trade_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if is_taker is not UNSET:
            field_dict["is_taker"] = is_taker
        if side is not UNSET:
            field_dict["side"] = side
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if action is not UNSET:
            field_dict["action"] = action
        if post_position_fp is not UNSET:
            field_dict["post_position_fp"] = post_position_fp
        if purchased_side is not UNSET:
            field_dict["purchased_side"] = purchased_side
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

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
            fill_msg = cls.__new__(cls)
            fill_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return fill_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        trade_id = d.get("trade_id", UNSET)
        if not isinstance(trade_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.trade_id: expected str, got {type(trade_id).__name__}"
            )

        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"FillMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        is_taker = d.get("is_taker", UNSET)
        if not isinstance(is_taker, (bool, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.is_taker: expected bool, got {type(is_taker).__name__}"
            )

        _side = d.get("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

        ts = d.get("ts", UNSET)
        if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
            raise TypeError(f"FillMsg.ts: expected int, got {type(ts).__name__}")

        ts_ms = d.get("ts_ms", UNSET)
        if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
            raise TypeError(f"FillMsg.ts_ms: expected int, got {type(ts_ms).__name__}")

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        count_fp = d.get("count_fp", UNSET)
        if not isinstance(count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.count_fp: expected str, got {type(count_fp).__name__}"
            )

        fee_cost = d.get("fee_cost", UNSET)
        if not isinstance(fee_cost, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.fee_cost: expected str, got {type(fee_cost).__name__}"
            )

        _action = d.get("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OrderAction._value2member_map_.get(_raw := _action) or OrderAction(
                _raw
            )

        post_position_fp = d.get("post_position_fp", UNSET)
        if not isinstance(post_position_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"FillMsg.post_position_fp: expected str, got {type(post_position_fp).__name__}"
            )

        _purchased_side = d.get("purchased_side", UNSET)
        purchased_side: MarketSide | Unset
        if isinstance(_purchased_side, Unset):
            purchased_side = UNSET
        else:
            purchased_side = MarketSide._value2member_map_.get(
                _raw := _purchased_side
            ) or MarketSide(_raw)

        _outcome_side = d.get("outcome_side", UNSET)
        outcome_side: MarketSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = MarketSide._value2member_map_.get(
                _raw := _outcome_side
            ) or MarketSide(_raw)

        _book_side = d.get("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide._value2member_map_.get(_raw := _book_side) or BookSide(
                _raw
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"FillMsg.subaccount: expected int, got {type(subaccount).__name__}"
            )

        fill_msg = cls(
            trade_id=trade_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            exchange_index=exchange_index,
            is_taker=is_taker,
            side=side,
            ts=ts,
            ts_ms=ts_ms,
            yes_price_dollars=yes_price_dollars,
            count_fp=count_fp,
            fee_cost=fee_cost,
            action=action,
            post_position_fp=post_position_fp,
            purchased_side=purchased_side,
            outcome_side=outcome_side,
            book_side=book_side,
            subaccount=subaccount,
        )
        fill_msg.additional_properties = _load_additional_properties(d, False)
        return fill_msg

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
                raise MalformedField(f"FillMsg.{name}: {error!r}") from error
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
        return f"FillMsg({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "count_fp": 1,
        "post_position_fp": 1,
        "yes_price_dollars": 1,
    }

    def decimal(
        self, name: Literal["count_fp", "post_position_fp", "yes_price_dollars"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"FillMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"FillMsg.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"FillMsg.{name} is {value!r}, not a finite number")
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
            f"FillMsg.trade_id: expected str, got {type(trade_id).__name__}"
        )

    return trade_id


def _load_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_id = d.get("order_id", UNSET)
    if not isinstance(order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.order_id: expected str, got {type(order_id).__name__}"
        )

    return order_id


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"FillMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_is_taker(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_taker = d.get("is_taker", UNSET)
    if not isinstance(is_taker, (bool, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.is_taker: expected bool, got {type(is_taker).__name__}"
        )

    return is_taker


def _load_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _side = d.get("side", UNSET)
    side: MarketSide | Unset
    if isinstance(_side, Unset):
        side = UNSET
    else:
        side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

    return side


def _load_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts = d.get("ts", UNSET)
    if not isinstance(ts, (int, Unset, NoneType)) or isinstance(ts, bool):
        raise TypeError(f"FillMsg.ts: expected int, got {type(ts).__name__}")

    return ts


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts_ms = d.get("ts_ms", UNSET)
    if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
        raise TypeError(f"FillMsg.ts_ms: expected int, got {type(ts_ms).__name__}")

    return ts_ms


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    count_fp = d.get("count_fp", UNSET)
    if not isinstance(count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.count_fp: expected str, got {type(count_fp).__name__}"
        )

    return count_fp


def _load_fee_cost(d: dict[str, Any], lazily: bool) -> str | Unset:
    fee_cost = d.get("fee_cost", UNSET)
    if not isinstance(fee_cost, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.fee_cost: expected str, got {type(fee_cost).__name__}"
        )

    return fee_cost


def _load_action(d: dict[str, Any], lazily: bool) -> OrderAction | Unset:
    _action = d.get("action", UNSET)
    action: OrderAction | Unset
    if isinstance(_action, Unset):
        action = UNSET
    else:
        action = OrderAction._value2member_map_.get(_raw := _action) or OrderAction(
            _raw
        )

    return action


def _load_post_position_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    post_position_fp = d.get("post_position_fp", UNSET)
    if not isinstance(post_position_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"FillMsg.post_position_fp: expected str, got {type(post_position_fp).__name__}"
        )

    return post_position_fp


def _load_purchased_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _purchased_side = d.get("purchased_side", UNSET)
    purchased_side: MarketSide | Unset
    if isinstance(_purchased_side, Unset):
        purchased_side = UNSET
    else:
        purchased_side = MarketSide._value2member_map_.get(
            _raw := _purchased_side
        ) or MarketSide(_raw)

    return purchased_side


def _load_outcome_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _outcome_side = d.get("outcome_side", UNSET)
    outcome_side: MarketSide | Unset
    if isinstance(_outcome_side, Unset):
        outcome_side = UNSET
    else:
        outcome_side = MarketSide._value2member_map_.get(
            _raw := _outcome_side
        ) or MarketSide(_raw)

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


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"FillMsg.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "trade_id",
        "order_id",
        "client_order_id",
        "market_ticker",
        "exchange_index",
        "is_taker",
        "side",
        "ts",
        "ts_ms",
        "yes_price_dollars",
        "count_fp",
        "fee_cost",
        "action",
        "post_position_fp",
        "purchased_side",
        "outcome_side",
        "book_side",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "trade_id": _load_trade_id,
    "order_id": _load_order_id,
    "client_order_id": _load_client_order_id,
    "market_ticker": _load_market_ticker,
    "exchange_index": _load_exchange_index,
    "is_taker": _load_is_taker,
    "side": _load_side,
    "ts": _load_ts,
    "ts_ms": _load_ts_ms,
    "yes_price_dollars": _load_yes_price_dollars,
    "count_fp": _load_count_fp,
    "fee_cost": _load_fee_cost,
    "action": _load_action,
    "post_position_fp": _load_post_position_fp,
    "purchased_side": _load_purchased_side,
    "outcome_side": _load_outcome_side,
    "book_side": _load_book_side,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "trade_id",
    "order_id",
    "client_order_id",
    "market_ticker",
    "exchange_index",
    "is_taker",
    "side",
    "ts",
    "ts_ms",
    "yes_price_dollars",
    "count_fp",
    "fee_cost",
    "action",
    "post_position_fp",
    "purchased_side",
    "outcome_side",
    "book_side",
    "subaccount",
    "additional_properties",
)
