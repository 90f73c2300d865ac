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
from ..models.order_action import OrderAction
from ..models.order_outcome_side import OrderOutcomeSide
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        order_id (str | Unset):
        user_id (str | Unset):
        client_order_id (str | Unset):
        ticker (str | Unset):
        side (OrderSide | Unset):
        action (OrderAction | Unset):
        outcome_side (OrderOutcomeSide | Unset):
        book_side (BookSide | Unset):
        type_ (OrderType | Unset):
        status (OrderStatus | Unset):
        yes_price_dollars (str | Unset):
        no_price_dollars (str | Unset):
        fill_count_fp (str | Unset):
        remaining_count_fp (str | Unset):
        initial_count_fp (str | Unset):
        taker_fill_cost_dollars (str | Unset):
        maker_fill_cost_dollars (str | Unset):
        taker_fees_dollars (str | Unset):
        maker_fees_dollars (str | Unset):
        expiration_time (datetime.datetime | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | None | Unset):
        self_trade_prevention_type (None | SelfTradePreventionType | Unset):
        order_group_id (None | str | Unset):
        cancel_order_on_pause (bool | Unset):
        subaccount_number (int | None | Unset):
        exchange_index (int | Unset):
    """

    order_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    side: OrderSide | Literal["yes", "no"] | Unset = UNSET
    action: OrderAction | Literal["buy", "sell"] | Unset = UNSET
    outcome_side: OrderOutcomeSide | Literal["yes", "no"] | Unset = UNSET
    book_side: BookSide | Literal["bid", "ask"] | Unset = UNSET
    type_: OrderType | Literal["limit", "market"] | Unset = UNSET
    status: OrderStatus | Literal["resting", "canceled", "executed"] | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    fill_count_fp: str | Unset = UNSET
    remaining_count_fp: str | Unset = UNSET
    initial_count_fp: str | Unset = UNSET
    taker_fill_cost_dollars: str | Unset = UNSET
    maker_fill_cost_dollars: str | Unset = UNSET
    taker_fees_dollars: str | Unset = UNSET
    maker_fees_dollars: str | Unset = UNSET
    expiration_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    self_trade_prevention_type: None | SelfTradePreventionType | Unset = UNSET
    order_group_id: None | str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        client_order_id = self.client_order_id

        ticker = self.ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = OrderSide.of(self.side).value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = OrderAction.of(self.action).value

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = OrderOutcomeSide.of(self.outcome_side).value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = BookSide.of(self.book_side).value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = OrderType.of(self.type_).value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = OrderStatus.of(self.status).value

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        fill_count_fp = self.fill_count_fp

        remaining_count_fp = self.remaining_count_fp

        initial_count_fp = self.initial_count_fp

        taker_fill_cost_dollars = self.taker_fill_cost_dollars

        maker_fill_cost_dollars = self.maker_fill_cost_dollars

        taker_fees_dollars = self.taker_fees_dollars

        maker_fees_dollars = self.maker_fees_dollars

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        elif isinstance(self.expiration_time, datetime.datetime):
            expiration_time = self.expiration_time.isoformat()
        else:
            expiration_time = self.expiration_time

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        elif isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        self_trade_prevention_type: None | str | Unset
        if isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        elif isinstance(self.self_trade_prevention_type, SelfTradePreventionType):
            self_trade_prevention_type = SelfTradePreventionType.of(
                self.self_trade_prevention_type
            ).value
        else:
            self_trade_prevention_type = self.self_trade_prevention_type

        order_group_id: None | str | Unset
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if fill_count_fp is not UNSET:
            field_dict["fill_count_fp"] = fill_count_fp
        if remaining_count_fp is not UNSET:
            field_dict["remaining_count_fp"] = remaining_count_fp
        if initial_count_fp is not UNSET:
            field_dict["initial_count_fp"] = initial_count_fp
        if taker_fill_cost_dollars is not UNSET:
            field_dict["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        if maker_fill_cost_dollars is not UNSET:
            field_dict["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        if taker_fees_dollars is not UNSET:
            field_dict["taker_fees_dollars"] = taker_fees_dollars
        if maker_fees_dollars is not UNSET:
            field_dict["maker_fees_dollars"] = maker_fees_dollars
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

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
            order = cls.__new__(cls)
            order._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return order
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.order_id: expected str, got {type(order_id).__name__}"
            )

        user_id = d.get("user_id", UNSET)
        if not isinstance(user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.user_id: expected str, got {type(user_id).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(f"Order.ticker: expected str, got {type(ticker).__name__}")

        _side = d.get("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide._value2member_map_.get(_raw := _side) or OrderSide(_raw)

        _action = d.get("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OrderAction._value2member_map_.get(_raw := _action) or OrderAction(
                _raw
            )

        _outcome_side = d.get("outcome_side", UNSET)
        outcome_side: OrderOutcomeSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = OrderOutcomeSide._value2member_map_.get(
                _raw := _outcome_side
            ) or OrderOutcomeSide(_raw)

        _book_side = d.get("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide._value2member_map_.get(_raw := _book_side) or BookSide(
                _raw
            )

        _type_ = d.get("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType._value2member_map_.get(_raw := _type_) or OrderType(_raw)

        _status = d.get("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus._value2member_map_.get(_raw := _status) or OrderStatus(
                _raw
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.get("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        fill_count_fp = d.get("fill_count_fp", UNSET)
        if not isinstance(fill_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.fill_count_fp: expected str, got {type(fill_count_fp).__name__}"
            )

        remaining_count_fp = d.get("remaining_count_fp", UNSET)
        if not isinstance(remaining_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.remaining_count_fp: expected str, got {type(remaining_count_fp).__name__}"
            )

        initial_count_fp = d.get("initial_count_fp", UNSET)
        if not isinstance(initial_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.initial_count_fp: expected str, got {type(initial_count_fp).__name__}"
            )

        taker_fill_cost_dollars = d.get("taker_fill_cost_dollars", UNSET)
        if not isinstance(taker_fill_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.taker_fill_cost_dollars: expected str, got {type(taker_fill_cost_dollars).__name__}"
            )

        maker_fill_cost_dollars = d.get("maker_fill_cost_dollars", UNSET)
        if not isinstance(maker_fill_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.maker_fill_cost_dollars: expected str, got {type(maker_fill_cost_dollars).__name__}"
            )

        taker_fees_dollars = d.get("taker_fees_dollars", UNSET)
        if not isinstance(taker_fees_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.taker_fees_dollars: expected str, got {type(taker_fees_dollars).__name__}"
            )

        maker_fees_dollars = d.get("maker_fees_dollars", UNSET)
        if not isinstance(maker_fees_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Order.maker_fees_dollars: expected str, got {type(maker_fees_dollars).__name__}"
            )

        _expiration_time_data = d.get("expiration_time", UNSET)
        expiration_time: datetime.datetime | None | Unset
        if _expiration_time_data is None or isinstance(_expiration_time_data, Unset):
            expiration_time = _expiration_time_data
        elif isinstance(_expiration_time_data, str):
            expiration_time_type_0 = datetime.datetime.fromisoformat(
                _expiration_time_data
            )

            expiration_time = expiration_time_type_0
        else:
            raise TypeError(
                f"expiration_time: unexpected JSON type {type(_expiration_time_data).__name__}"
            )

        _created_time_data = d.get("created_time", UNSET)
        created_time: datetime.datetime | None | Unset
        if _created_time_data is None or isinstance(_created_time_data, Unset):
            created_time = _created_time_data
        elif isinstance(_created_time_data, str):
            created_time_type_0 = datetime.datetime.fromisoformat(_created_time_data)

            created_time = created_time_type_0
        else:
            raise TypeError(
                f"created_time: unexpected JSON type {type(_created_time_data).__name__}"
            )

        _last_update_time_data = d.get("last_update_time", UNSET)
        last_update_time: datetime.datetime | None | Unset
        if _last_update_time_data is None or isinstance(_last_update_time_data, Unset):
            last_update_time = _last_update_time_data
        elif isinstance(_last_update_time_data, str):
            last_update_time_type_0 = datetime.datetime.fromisoformat(
                _last_update_time_data
            )

            last_update_time = last_update_time_type_0
        else:
            raise TypeError(
                f"last_update_time: unexpected JSON type {type(_last_update_time_data).__name__}"
            )

        _self_trade_prevention_type_data = d.get("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: None | SelfTradePreventionType | Unset
        if _self_trade_prevention_type_data is None or isinstance(
            _self_trade_prevention_type_data, Unset
        ):
            self_trade_prevention_type = _self_trade_prevention_type_data
        elif isinstance(_self_trade_prevention_type_data, str):
            self_trade_prevention_type_type_1 = (
                SelfTradePreventionType._value2member_map_.get(
                    _raw := _self_trade_prevention_type_data
                )
                or SelfTradePreventionType(_raw)
            )

            self_trade_prevention_type = self_trade_prevention_type_type_1
        else:
            raise TypeError(
                f"self_trade_prevention_type: unexpected JSON type {type(_self_trade_prevention_type_data).__name__}"
            )

        _order_group_id_data = d.get("order_group_id", UNSET)
        order_group_id: None | str | Unset
        if _order_group_id_data is None or isinstance(_order_group_id_data, Unset):
            order_group_id = _order_group_id_data
        elif not isinstance(_order_group_id_data, (str,)):
            raise TypeError(
                f"order_group_id: expected str, got {type(_order_group_id_data).__name__}"
            )
        else:
            order_group_id = cast(None | str | Unset, _order_group_id_data)

        cancel_order_on_pause = d.get("cancel_order_on_pause", UNSET)
        if not isinstance(cancel_order_on_pause, (bool, Unset, NoneType)):
            raise TypeError(
                f"Order.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
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

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"Order.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        order = cls(
            order_id=order_id,
            user_id=user_id,
            client_order_id=client_order_id,
            ticker=ticker,
            side=side,
            action=action,
            outcome_side=outcome_side,
            book_side=book_side,
            type_=type_,
            status=status,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            fill_count_fp=fill_count_fp,
            remaining_count_fp=remaining_count_fp,
            initial_count_fp=initial_count_fp,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            taker_fees_dollars=taker_fees_dollars,
            maker_fees_dollars=maker_fees_dollars,
            expiration_time=expiration_time,
            created_time=created_time,
            last_update_time=last_update_time,
            self_trade_prevention_type=self_trade_prevention_type,
            order_group_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
        )
        order.additional_properties = _load_additional_properties(d, False)
        return order

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
                raise MalformedField(f"Order.{name}: {error!r}") from error
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
        return f"Order({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "fill_count_fp": 1,
        "initial_count_fp": 1,
        "maker_fees_dollars": 1,
        "maker_fill_cost_dollars": 1,
        "no_price_dollars": 1,
        "remaining_count_fp": 1,
        "taker_fees_dollars": 1,
        "taker_fill_cost_dollars": 1,
        "yes_price_dollars": 1,
    }

    def decimal(
        self,
        name: Literal[
            "fill_count_fp",
            "initial_count_fp",
            "maker_fees_dollars",
            "maker_fill_cost_dollars",
            "no_price_dollars",
            "remaining_count_fp",
            "taker_fees_dollars",
            "taker_fill_cost_dollars",
            "yes_price_dollars",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"Order.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"Order.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"Order.{name} is {value!r}, not a finite number")
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


def _load_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_id = d.get("order_id", UNSET)
    if not isinstance(order_id, (str, Unset, NoneType)):
        raise TypeError(f"Order.order_id: expected str, got {type(order_id).__name__}")

    return order_id


def _load_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    user_id = d.get("user_id", UNSET)
    if not isinstance(user_id, (str, Unset, NoneType)):
        raise TypeError(f"Order.user_id: expected str, got {type(user_id).__name__}")

    return user_id


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(f"Order.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_side(d: dict[str, Any], lazily: bool) -> OrderSide | Unset:
    _side = d.get("side", UNSET)
    side: OrderSide | Unset
    if isinstance(_side, Unset):
        side = UNSET
    else:
        side = OrderSide._value2member_map_.get(_raw := _side) or OrderSide(_raw)

    return side


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


def _load_outcome_side(d: dict[str, Any], lazily: bool) -> OrderOutcomeSide | Unset:
    _outcome_side = d.get("outcome_side", UNSET)
    outcome_side: OrderOutcomeSide | Unset
    if isinstance(_outcome_side, Unset):
        outcome_side = UNSET
    else:
        outcome_side = OrderOutcomeSide._value2member_map_.get(
            _raw := _outcome_side
        ) or OrderOutcomeSide(_raw)

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


def _load_type_(d: dict[str, Any], lazily: bool) -> OrderType | Unset:
    _type_ = d.get("type", UNSET)
    type_: OrderType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = OrderType._value2member_map_.get(_raw := _type_) or OrderType(_raw)

    return type_


def _load_status(d: dict[str, Any], lazily: bool) -> OrderStatus | Unset:
    _status = d.get("status", UNSET)
    status: OrderStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = OrderStatus._value2member_map_.get(_raw := _status) or OrderStatus(
            _raw
        )

    return status


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_no_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_price_dollars = d.get("no_price_dollars", UNSET)
    if not isinstance(no_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
        )

    return no_price_dollars


def _load_fill_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    fill_count_fp = d.get("fill_count_fp", UNSET)
    if not isinstance(fill_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.fill_count_fp: expected str, got {type(fill_count_fp).__name__}"
        )

    return fill_count_fp


def _load_remaining_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    remaining_count_fp = d.get("remaining_count_fp", UNSET)
    if not isinstance(remaining_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.remaining_count_fp: expected str, got {type(remaining_count_fp).__name__}"
        )

    return remaining_count_fp


def _load_initial_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    initial_count_fp = d.get("initial_count_fp", UNSET)
    if not isinstance(initial_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.initial_count_fp: expected str, got {type(initial_count_fp).__name__}"
        )

    return initial_count_fp


def _load_taker_fill_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_fill_cost_dollars = d.get("taker_fill_cost_dollars", UNSET)
    if not isinstance(taker_fill_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.taker_fill_cost_dollars: expected str, got {type(taker_fill_cost_dollars).__name__}"
        )

    return taker_fill_cost_dollars


def _load_maker_fill_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_fill_cost_dollars = d.get("maker_fill_cost_dollars", UNSET)
    if not isinstance(maker_fill_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.maker_fill_cost_dollars: expected str, got {type(maker_fill_cost_dollars).__name__}"
        )

    return maker_fill_cost_dollars


def _load_taker_fees_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_fees_dollars = d.get("taker_fees_dollars", UNSET)
    if not isinstance(taker_fees_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.taker_fees_dollars: expected str, got {type(taker_fees_dollars).__name__}"
        )

    return taker_fees_dollars


def _load_maker_fees_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_fees_dollars = d.get("maker_fees_dollars", UNSET)
    if not isinstance(maker_fees_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Order.maker_fees_dollars: expected str, got {type(maker_fees_dollars).__name__}"
        )

    return maker_fees_dollars


def _load_expiration_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _expiration_time_data = d.get("expiration_time", UNSET)
    expiration_time: datetime.datetime | None | Unset
    if _expiration_time_data is None or isinstance(_expiration_time_data, Unset):
        expiration_time = _expiration_time_data
    elif isinstance(_expiration_time_data, str):
        expiration_time_type_0 = datetime.datetime.fromisoformat(_expiration_time_data)

        expiration_time = expiration_time_type_0
    else:
        raise TypeError(
            f"expiration_time: unexpected JSON type {type(_expiration_time_data).__name__}"
        )

    return expiration_time


def _load_created_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _created_time_data = d.get("created_time", UNSET)
    created_time: datetime.datetime | None | Unset
    if _created_time_data is None or isinstance(_created_time_data, Unset):
        created_time = _created_time_data
    elif isinstance(_created_time_data, str):
        created_time_type_0 = datetime.datetime.fromisoformat(_created_time_data)

        created_time = created_time_type_0
    else:
        raise TypeError(
            f"created_time: unexpected JSON type {type(_created_time_data).__name__}"
        )

    return created_time


def _load_last_update_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _last_update_time_data = d.get("last_update_time", UNSET)
    last_update_time: datetime.datetime | None | Unset
    if _last_update_time_data is None or isinstance(_last_update_time_data, Unset):
        last_update_time = _last_update_time_data
    elif isinstance(_last_update_time_data, str):
        last_update_time_type_0 = datetime.datetime.fromisoformat(
            _last_update_time_data
        )

        last_update_time = last_update_time_type_0
    else:
        raise TypeError(
            f"last_update_time: unexpected JSON type {type(_last_update_time_data).__name__}"
        )

    return last_update_time


def _load_self_trade_prevention_type(
    d: dict[str, Any], lazily: bool
) -> None | SelfTradePreventionType | Unset:
    _self_trade_prevention_type_data = d.get("self_trade_prevention_type", UNSET)
    self_trade_prevention_type: None | SelfTradePreventionType | Unset
    if _self_trade_prevention_type_data is None or isinstance(
        _self_trade_prevention_type_data, Unset
    ):
        self_trade_prevention_type = _self_trade_prevention_type_data
    elif isinstance(_self_trade_prevention_type_data, str):
        self_trade_prevention_type_type_1 = (
            SelfTradePreventionType._value2member_map_.get(
                _raw := _self_trade_prevention_type_data
            )
            or SelfTradePreventionType(_raw)
        )

        self_trade_prevention_type = self_trade_prevention_type_type_1
    else:
        raise TypeError(
            f"self_trade_prevention_type: unexpected JSON type {type(_self_trade_prevention_type_data).__name__}"
        )

    return self_trade_prevention_type


def _load_order_group_id(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _order_group_id_data = d.get("order_group_id", UNSET)
    order_group_id: None | str | Unset
    if _order_group_id_data is None or isinstance(_order_group_id_data, Unset):
        order_group_id = _order_group_id_data
    elif not isinstance(_order_group_id_data, (str,)):
        raise TypeError(
            f"order_group_id: expected str, got {type(_order_group_id_data).__name__}"
        )
    else:
        order_group_id = cast(None | str | Unset, _order_group_id_data)

    return order_group_id


def _load_cancel_order_on_pause(d: dict[str, Any], lazily: bool) -> bool | Unset:
    cancel_order_on_pause = d.get("cancel_order_on_pause", UNSET)
    if not isinstance(cancel_order_on_pause, (bool, Unset, NoneType)):
        raise TypeError(
            f"Order.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
        )

    return cancel_order_on_pause


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


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"Order.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "order_id",
        "user_id",
        "client_order_id",
        "ticker",
        "side",
        "action",
        "outcome_side",
        "book_side",
        "type",
        "status",
        "yes_price_dollars",
        "no_price_dollars",
        "fill_count_fp",
        "remaining_count_fp",
        "initial_count_fp",
        "taker_fill_cost_dollars",
        "maker_fill_cost_dollars",
        "taker_fees_dollars",
        "maker_fees_dollars",
        "expiration_time",
        "created_time",
        "last_update_time",
        "self_trade_prevention_type",
        "order_group_id",
        "cancel_order_on_pause",
        "subaccount_number",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "order_id": _load_order_id,
    "user_id": _load_user_id,
    "client_order_id": _load_client_order_id,
    "ticker": _load_ticker,
    "side": _load_side,
    "action": _load_action,
    "outcome_side": _load_outcome_side,
    "book_side": _load_book_side,
    "type_": _load_type_,
    "status": _load_status,
    "yes_price_dollars": _load_yes_price_dollars,
    "no_price_dollars": _load_no_price_dollars,
    "fill_count_fp": _load_fill_count_fp,
    "remaining_count_fp": _load_remaining_count_fp,
    "initial_count_fp": _load_initial_count_fp,
    "taker_fill_cost_dollars": _load_taker_fill_cost_dollars,
    "maker_fill_cost_dollars": _load_maker_fill_cost_dollars,
    "taker_fees_dollars": _load_taker_fees_dollars,
    "maker_fees_dollars": _load_maker_fees_dollars,
    "expiration_time": _load_expiration_time,
    "created_time": _load_created_time,
    "last_update_time": _load_last_update_time,
    "self_trade_prevention_type": _load_self_trade_prevention_type,
    "order_group_id": _load_order_group_id,
    "cancel_order_on_pause": _load_cancel_order_on_pause,
    "subaccount_number": _load_subaccount_number,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order_id",
    "user_id",
    "client_order_id",
    "ticker",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "type_",
    "status",
    "yes_price_dollars",
    "no_price_dollars",
    "fill_count_fp",
    "remaining_count_fp",
    "initial_count_fp",
    "taker_fill_cost_dollars",
    "maker_fill_cost_dollars",
    "taker_fees_dollars",
    "maker_fees_dollars",
    "expiration_time",
    "created_time",
    "last_update_time",
    "self_trade_prevention_type",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount_number",
    "exchange_index",
    "additional_properties",
)
