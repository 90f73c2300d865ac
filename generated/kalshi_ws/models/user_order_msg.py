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
from ..models.last_update_reason import LastUpdateReason
from ..models.market_side import MarketSide
from ..models.user_order_msg_self_trade_prevention_type import (
    UserOrderMsgSelfTradePreventionType,
)
from ..models.user_order_msg_status import UserOrderMsgStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserOrderMsg")


@_attrs_define
class UserOrderMsg:
    """
    Attributes:
        order_id (str | Unset):
        user_id (str | Unset):
        ticker (str | Unset):
        exchange_index (int | Unset):
        status (UserOrderMsgStatus | Unset):
        side (MarketSide | Unset):
        is_yes (bool | Unset):
        outcome_side (MarketSide | Unset):
        book_side (BookSide | Unset):
        yes_price_dollars (str | Unset):
        fill_count_fp (str | Unset):
        remaining_count_fp (str | Unset):
        initial_count_fp (str | Unset):
        taker_fill_cost_dollars (str | Unset):
        maker_fill_cost_dollars (str | Unset):
        taker_fees_dollars (str | Unset):
        maker_fees_dollars (str | Unset):
        client_order_id (str | Unset):
        order_group_id (str | Unset):
        self_trade_prevention_type (UserOrderMsgSelfTradePreventionType | Unset):
        created_time (datetime.datetime | None | Unset):
        last_update_time (datetime.datetime | Unset):
        expiration_time (datetime.datetime | Unset):
        expiration_ts_ms (int | Unset):
        created_ts_ms (int | None | Unset):
        last_updated_ts_ms (int | Unset):
        last_update_reason (LastUpdateReason | Unset):
        subaccount_number (int | Unset):
    """

    order_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    status: (
        UserOrderMsgStatus
        | Literal["resting", "canceled", "executed", "unknown"]
        | Unset
    ) = UNSET
    side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    is_yes: bool | Unset = UNSET
    outcome_side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    book_side: BookSide | Literal["bid", "ask"] | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    fill_count_fp: str | Unset = UNSET
    remaining_count_fp: str | Unset = UNSET
    initial_count_fp: str | Unset = UNSET
    taker_fill_cost_dollars: str | Unset = UNSET
    maker_fill_cost_dollars: str | Unset = UNSET
    taker_fees_dollars: str | Unset = UNSET
    maker_fees_dollars: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    order_group_id: str | Unset = UNSET
    self_trade_prevention_type: (
        UserOrderMsgSelfTradePreventionType | Literal["taker_at_cross", "maker"] | Unset
    ) = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    expiration_ts_ms: int | Unset = UNSET
    created_ts_ms: int | None | Unset = UNSET
    last_updated_ts_ms: int | Unset = UNSET
    last_update_reason: (
        LastUpdateReason
        | Literal[
            "Decrease",
            "Amend",
            "MarginCancel",
            "SelfTradeCancel",
            "ExpiryCancel",
            "CloseCancel",
            "HaltCancel",
            "Trade",
            "PostOnlyCrossCancel",
            "ReduceOnlyCancel",
        ]
        | Unset
    ) = UNSET
    subaccount_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        ticker = self.ticker

        exchange_index = self.exchange_index

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = UserOrderMsgStatus.of(self.status).value

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = MarketSide.of(self.side).value

        is_yes = self.is_yes

        outcome_side: str | Unset = UNSET
        if not isinstance(self.outcome_side, Unset):
            outcome_side = MarketSide.of(self.outcome_side).value

        book_side: str | Unset = UNSET
        if not isinstance(self.book_side, Unset):
            book_side = BookSide.of(self.book_side).value

        yes_price_dollars = self.yes_price_dollars

        fill_count_fp = self.fill_count_fp

        remaining_count_fp = self.remaining_count_fp

        initial_count_fp = self.initial_count_fp

        taker_fill_cost_dollars = self.taker_fill_cost_dollars

        maker_fill_cost_dollars = self.maker_fill_cost_dollars

        taker_fees_dollars = self.taker_fees_dollars

        maker_fees_dollars = self.maker_fees_dollars

        client_order_id = self.client_order_id

        order_group_id = self.order_group_id

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UserOrderMsgSelfTradePreventionType.of(
                self.self_trade_prevention_type
            ).value

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        expiration_ts_ms = self.expiration_ts_ms

        created_ts_ms: int | None | Unset
        if isinstance(self.created_ts_ms, Unset):
            created_ts_ms = UNSET
        else:
            created_ts_ms = self.created_ts_ms

        last_updated_ts_ms = self.last_updated_ts_ms

        last_update_reason: str | Unset = UNSET
        if not isinstance(self.last_update_reason, Unset):
            last_update_reason = LastUpdateReason.of(self.last_update_reason).value

        subaccount_number = self.subaccount_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if status is not UNSET:
            field_dict["status"] = status
        if side is not UNSET:
            field_dict["side"] = side
        if is_yes is not UNSET:
            field_dict["is_yes"] = is_yes
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
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
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if expiration_ts_ms is not UNSET:
            field_dict["expiration_ts_ms"] = expiration_ts_ms
        if created_ts_ms is not UNSET:
            field_dict["created_ts_ms"] = created_ts_ms
        if last_updated_ts_ms is not UNSET:
            field_dict["last_updated_ts_ms"] = last_updated_ts_ms
        if last_update_reason is not UNSET:
            field_dict["last_update_reason"] = last_update_reason
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number

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
            user_order_msg = cls.__new__(cls)
            user_order_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return user_order_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.order_id: expected str, got {type(order_id).__name__}"
            )

        user_id = d.get("user_id", UNSET)
        if not isinstance(user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.user_id: expected str, got {type(user_id).__name__}"
            )

        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.ticker: expected str, got {type(ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"UserOrderMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        _status = d.get("status", UNSET)
        status: UserOrderMsgStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserOrderMsgStatus._value2member_map_.get(
                _raw := _status
            ) or UserOrderMsgStatus(_raw)

        _side = d.get("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

        is_yes = d.get("is_yes", UNSET)
        if not isinstance(is_yes, (bool, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.is_yes: expected bool, got {type(is_yes).__name__}"
            )

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

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        fill_count_fp = d.get("fill_count_fp", UNSET)
        if not isinstance(fill_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.fill_count_fp: expected str, got {type(fill_count_fp).__name__}"
            )

        remaining_count_fp = d.get("remaining_count_fp", UNSET)
        if not isinstance(remaining_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.remaining_count_fp: expected str, got {type(remaining_count_fp).__name__}"
            )

        initial_count_fp = d.get("initial_count_fp", UNSET)
        if not isinstance(initial_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.initial_count_fp: expected str, got {type(initial_count_fp).__name__}"
            )

        taker_fill_cost_dollars = d.get("taker_fill_cost_dollars", UNSET)
        if not isinstance(taker_fill_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.taker_fill_cost_dollars: expected str, got {type(taker_fill_cost_dollars).__name__}"
            )

        maker_fill_cost_dollars = d.get("maker_fill_cost_dollars", UNSET)
        if not isinstance(maker_fill_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.maker_fill_cost_dollars: expected str, got {type(maker_fill_cost_dollars).__name__}"
            )

        taker_fees_dollars = d.get("taker_fees_dollars", UNSET)
        if not isinstance(taker_fees_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.taker_fees_dollars: expected str, got {type(taker_fees_dollars).__name__}"
            )

        maker_fees_dollars = d.get("maker_fees_dollars", UNSET)
        if not isinstance(maker_fees_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.maker_fees_dollars: expected str, got {type(maker_fees_dollars).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        order_group_id = d.get("order_group_id", UNSET)
        if not isinstance(order_group_id, (str, Unset, NoneType)):
            raise TypeError(
                f"UserOrderMsg.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        _self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: UserOrderMsgSelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = (
                UserOrderMsgSelfTradePreventionType._value2member_map_.get(
                    _raw := _self_trade_prevention_type
                )
                or UserOrderMsgSelfTradePreventionType(_raw)
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

        _last_update_time = d.get("last_update_time", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        _expiration_time = d.get("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        expiration_ts_ms = d.get("expiration_ts_ms", UNSET)
        if not isinstance(expiration_ts_ms, (int, Unset, NoneType)) or isinstance(
            expiration_ts_ms, bool
        ):
            raise TypeError(
                f"UserOrderMsg.expiration_ts_ms: expected int, got {type(expiration_ts_ms).__name__}"
            )

        _created_ts_ms_data = d.get("created_ts_ms", UNSET)
        created_ts_ms: int | None | Unset
        if _created_ts_ms_data is None or isinstance(_created_ts_ms_data, Unset):
            created_ts_ms = _created_ts_ms_data
        elif not isinstance(_created_ts_ms_data, (int,)) or isinstance(
            _created_ts_ms_data, bool
        ):
            raise TypeError(
                f"created_ts_ms: expected int, got {type(_created_ts_ms_data).__name__}"
            )
        else:
            created_ts_ms = cast(int | None | Unset, _created_ts_ms_data)

        last_updated_ts_ms = d.get("last_updated_ts_ms", UNSET)
        if not isinstance(last_updated_ts_ms, (int, Unset, NoneType)) or isinstance(
            last_updated_ts_ms, bool
        ):
            raise TypeError(
                f"UserOrderMsg.last_updated_ts_ms: expected int, got {type(last_updated_ts_ms).__name__}"
            )

        _last_update_reason = d.get("last_update_reason", UNSET)
        last_update_reason: LastUpdateReason | Unset
        if isinstance(_last_update_reason, Unset):
            last_update_reason = UNSET
        else:
            last_update_reason = LastUpdateReason._value2member_map_.get(
                _raw := _last_update_reason
            ) or LastUpdateReason(_raw)

        subaccount_number = d.get("subaccount_number", UNSET)
        if not isinstance(subaccount_number, (int, Unset, NoneType)) or isinstance(
            subaccount_number, bool
        ):
            raise TypeError(
                f"UserOrderMsg.subaccount_number: expected int, got {type(subaccount_number).__name__}"
            )

        user_order_msg = cls(
            order_id=order_id,
            user_id=user_id,
            ticker=ticker,
            exchange_index=exchange_index,
            status=status,
            side=side,
            is_yes=is_yes,
            outcome_side=outcome_side,
            book_side=book_side,
            yes_price_dollars=yes_price_dollars,
            fill_count_fp=fill_count_fp,
            remaining_count_fp=remaining_count_fp,
            initial_count_fp=initial_count_fp,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            taker_fees_dollars=taker_fees_dollars,
            maker_fees_dollars=maker_fees_dollars,
            client_order_id=client_order_id,
            order_group_id=order_group_id,
            self_trade_prevention_type=self_trade_prevention_type,
            created_time=created_time,
            last_update_time=last_update_time,
            expiration_time=expiration_time,
            expiration_ts_ms=expiration_ts_ms,
            created_ts_ms=created_ts_ms,
            last_updated_ts_ms=last_updated_ts_ms,
            last_update_reason=last_update_reason,
            subaccount_number=subaccount_number,
        )
        user_order_msg.additional_properties = _load_additional_properties(d, False)
        return user_order_msg

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
                raise MalformedField(f"UserOrderMsg.{name}: {error!r}") from error
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
        return f"UserOrderMsg({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "fill_count_fp": 1,
        "initial_count_fp": 1,
        "maker_fees_dollars": 1,
        "maker_fill_cost_dollars": 1,
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
            raise InvalidValue(f"UserOrderMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"UserOrderMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(f"UserOrderMsg.{name} is {value!r}, not a finite number")
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
        raise TypeError(
            f"UserOrderMsg.order_id: expected str, got {type(order_id).__name__}"
        )

    return order_id


def _load_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    user_id = d.get("user_id", UNSET)
    if not isinstance(user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.user_id: expected str, got {type(user_id).__name__}"
        )

    return user_id


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"UserOrderMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_status(d: dict[str, Any], lazily: bool) -> UserOrderMsgStatus | Unset:
    _status = d.get("status", UNSET)
    status: UserOrderMsgStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = UserOrderMsgStatus._value2member_map_.get(
            _raw := _status
        ) or UserOrderMsgStatus(_raw)

    return status


def _load_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _side = d.get("side", UNSET)
    side: MarketSide | Unset
    if isinstance(_side, Unset):
        side = UNSET
    else:
        side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

    return side


def _load_is_yes(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_yes = d.get("is_yes", UNSET)
    if not isinstance(is_yes, (bool, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.is_yes: expected bool, got {type(is_yes).__name__}"
        )

    return is_yes


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


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_fill_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    fill_count_fp = d.get("fill_count_fp", UNSET)
    if not isinstance(fill_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.fill_count_fp: expected str, got {type(fill_count_fp).__name__}"
        )

    return fill_count_fp


def _load_remaining_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    remaining_count_fp = d.get("remaining_count_fp", UNSET)
    if not isinstance(remaining_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.remaining_count_fp: expected str, got {type(remaining_count_fp).__name__}"
        )

    return remaining_count_fp


def _load_initial_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    initial_count_fp = d.get("initial_count_fp", UNSET)
    if not isinstance(initial_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.initial_count_fp: expected str, got {type(initial_count_fp).__name__}"
        )

    return initial_count_fp


def _load_taker_fill_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_fill_cost_dollars = d.get("taker_fill_cost_dollars", UNSET)
    if not isinstance(taker_fill_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.taker_fill_cost_dollars: expected str, got {type(taker_fill_cost_dollars).__name__}"
        )

    return taker_fill_cost_dollars


def _load_maker_fill_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_fill_cost_dollars = d.get("maker_fill_cost_dollars", UNSET)
    if not isinstance(maker_fill_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.maker_fill_cost_dollars: expected str, got {type(maker_fill_cost_dollars).__name__}"
        )

    return maker_fill_cost_dollars


def _load_taker_fees_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_fees_dollars = d.get("taker_fees_dollars", UNSET)
    if not isinstance(taker_fees_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.taker_fees_dollars: expected str, got {type(taker_fees_dollars).__name__}"
        )

    return taker_fees_dollars


def _load_maker_fees_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_fees_dollars = d.get("maker_fees_dollars", UNSET)
    if not isinstance(maker_fees_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.maker_fees_dollars: expected str, got {type(maker_fees_dollars).__name__}"
        )

    return maker_fees_dollars


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_order_group_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_group_id = d.get("order_group_id", UNSET)
    if not isinstance(order_group_id, (str, Unset, NoneType)):
        raise TypeError(
            f"UserOrderMsg.order_group_id: expected str, got {type(order_group_id).__name__}"
        )

    return order_group_id


def _load_self_trade_prevention_type(
    d: dict[str, Any], lazily: bool
) -> UserOrderMsgSelfTradePreventionType | Unset:
    _self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
    self_trade_prevention_type: UserOrderMsgSelfTradePreventionType | Unset
    if isinstance(_self_trade_prevention_type, Unset):
        self_trade_prevention_type = UNSET
    else:
        self_trade_prevention_type = (
            UserOrderMsgSelfTradePreventionType._value2member_map_.get(
                _raw := _self_trade_prevention_type
            )
            or UserOrderMsgSelfTradePreventionType(_raw)
        )

    return self_trade_prevention_type


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
) -> datetime.datetime | Unset:
    _last_update_time = d.get("last_update_time", UNSET)
    last_update_time: datetime.datetime | Unset
    if isinstance(_last_update_time, Unset):
        last_update_time = UNSET
    else:
        last_update_time = datetime.datetime.fromisoformat(_last_update_time)

    return last_update_time


def _load_expiration_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _expiration_time = d.get("expiration_time", UNSET)
    expiration_time: datetime.datetime | Unset
    if isinstance(_expiration_time, Unset):
        expiration_time = UNSET
    else:
        expiration_time = datetime.datetime.fromisoformat(_expiration_time)

    return expiration_time


def _load_expiration_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    expiration_ts_ms = d.get("expiration_ts_ms", UNSET)
    if not isinstance(expiration_ts_ms, (int, Unset, NoneType)) or isinstance(
        expiration_ts_ms, bool
    ):
        raise TypeError(
            f"UserOrderMsg.expiration_ts_ms: expected int, got {type(expiration_ts_ms).__name__}"
        )

    return expiration_ts_ms


def _load_created_ts_ms(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _created_ts_ms_data = d.get("created_ts_ms", UNSET)
    created_ts_ms: int | None | Unset
    if _created_ts_ms_data is None or isinstance(_created_ts_ms_data, Unset):
        created_ts_ms = _created_ts_ms_data
    elif not isinstance(_created_ts_ms_data, (int,)) or isinstance(
        _created_ts_ms_data, bool
    ):
        raise TypeError(
            f"created_ts_ms: expected int, got {type(_created_ts_ms_data).__name__}"
        )
    else:
        created_ts_ms = cast(int | None | Unset, _created_ts_ms_data)

    return created_ts_ms


def _load_last_updated_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    last_updated_ts_ms = d.get("last_updated_ts_ms", UNSET)
    if not isinstance(last_updated_ts_ms, (int, Unset, NoneType)) or isinstance(
        last_updated_ts_ms, bool
    ):
        raise TypeError(
            f"UserOrderMsg.last_updated_ts_ms: expected int, got {type(last_updated_ts_ms).__name__}"
        )

    return last_updated_ts_ms


def _load_last_update_reason(
    d: dict[str, Any], lazily: bool
) -> LastUpdateReason | Unset:
    _last_update_reason = d.get("last_update_reason", UNSET)
    last_update_reason: LastUpdateReason | Unset
    if isinstance(_last_update_reason, Unset):
        last_update_reason = UNSET
    else:
        last_update_reason = LastUpdateReason._value2member_map_.get(
            _raw := _last_update_reason
        ) or LastUpdateReason(_raw)

    return last_update_reason


def _load_subaccount_number(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount_number = d.get("subaccount_number", UNSET)
    if not isinstance(subaccount_number, (int, Unset, NoneType)) or isinstance(
        subaccount_number, bool
    ):
        raise TypeError(
            f"UserOrderMsg.subaccount_number: expected int, got {type(subaccount_number).__name__}"
        )

    return subaccount_number


_FIELDS = frozenset(
    {
        "order_id",
        "user_id",
        "ticker",
        "exchange_index",
        "status",
        "side",
        "is_yes",
        "outcome_side",
        "book_side",
        "yes_price_dollars",
        "fill_count_fp",
        "remaining_count_fp",
        "initial_count_fp",
        "taker_fill_cost_dollars",
        "maker_fill_cost_dollars",
        "taker_fees_dollars",
        "maker_fees_dollars",
        "client_order_id",
        "order_group_id",
        "self_trade_prevention_type",
        "created_time",
        "last_update_time",
        "expiration_time",
        "expiration_ts_ms",
        "created_ts_ms",
        "last_updated_ts_ms",
        "last_update_reason",
        "subaccount_number",
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
    "ticker": _load_ticker,
    "exchange_index": _load_exchange_index,
    "status": _load_status,
    "side": _load_side,
    "is_yes": _load_is_yes,
    "outcome_side": _load_outcome_side,
    "book_side": _load_book_side,
    "yes_price_dollars": _load_yes_price_dollars,
    "fill_count_fp": _load_fill_count_fp,
    "remaining_count_fp": _load_remaining_count_fp,
    "initial_count_fp": _load_initial_count_fp,
    "taker_fill_cost_dollars": _load_taker_fill_cost_dollars,
    "maker_fill_cost_dollars": _load_maker_fill_cost_dollars,
    "taker_fees_dollars": _load_taker_fees_dollars,
    "maker_fees_dollars": _load_maker_fees_dollars,
    "client_order_id": _load_client_order_id,
    "order_group_id": _load_order_group_id,
    "self_trade_prevention_type": _load_self_trade_prevention_type,
    "created_time": _load_created_time,
    "last_update_time": _load_last_update_time,
    "expiration_time": _load_expiration_time,
    "expiration_ts_ms": _load_expiration_ts_ms,
    "created_ts_ms": _load_created_ts_ms,
    "last_updated_ts_ms": _load_last_updated_ts_ms,
    "last_update_reason": _load_last_update_reason,
    "subaccount_number": _load_subaccount_number,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order_id",
    "user_id",
    "ticker",
    "exchange_index",
    "status",
    "side",
    "is_yes",
    "outcome_side",
    "book_side",
    "yes_price_dollars",
    "fill_count_fp",
    "remaining_count_fp",
    "initial_count_fp",
    "taker_fill_cost_dollars",
    "maker_fill_cost_dollars",
    "taker_fees_dollars",
    "maker_fees_dollars",
    "client_order_id",
    "order_group_id",
    "self_trade_prevention_type",
    "created_time",
    "last_update_time",
    "expiration_time",
    "expiration_ts_ms",
    "created_ts_ms",
    "last_updated_ts_ms",
    "last_update_reason",
    "subaccount_number",
    "additional_properties",
)
