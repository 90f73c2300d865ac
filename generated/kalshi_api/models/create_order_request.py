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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.create_order_request_action import CreateOrderRequestAction
from ..models.create_order_request_side import CreateOrderRequestSide
from ..models.create_order_request_time_in_force import CreateOrderRequestTimeInForce
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """
    Attributes:
        ticker (str):
        side (CreateOrderRequestSide):
        action (CreateOrderRequestAction):
        client_order_id (str | Unset):
        count (int | Unset):
        count_fp (None | str | Unset):
        yes_price (int | Unset):
        no_price (int | Unset):
        yes_price_dollars (str | Unset):
        no_price_dollars (str | Unset):
        expiration_ts (int | Unset):
        time_in_force (CreateOrderRequestTimeInForce | Unset):
        buy_max_cost (int | Unset): Unit: cents.
        post_only (bool | Unset):
        reduce_only (bool | Unset):
        sell_position_floor (int | Unset):
        self_trade_prevention_type (SelfTradePreventionType | Unset):
        order_group_id (str | Unset):
        cancel_order_on_pause (bool | Unset):
        subaccount (int | Unset):  Default: 0.
        exchange_index (int | Unset):  Default: 0.
    """

    ticker: str
    side: CreateOrderRequestSide | Literal["yes", "no"]
    action: CreateOrderRequestAction | Literal["buy", "sell"]
    client_order_id: str | Unset = UNSET
    count: int | Unset = UNSET
    count_fp: None | str | Unset = UNSET
    yes_price: int | Unset = UNSET
    no_price: int | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    expiration_ts: int | Unset = UNSET
    time_in_force: (
        CreateOrderRequestTimeInForce
        | Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
        | Unset
    ) = UNSET
    buy_max_cost: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    sell_position_floor: int | Unset = UNSET
    self_trade_prevention_type: (
        SelfTradePreventionType | Literal["taker_at_cross", "maker"] | Unset
    ) = UNSET
    order_group_id: str | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    subaccount: int | Unset = 0
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = CreateOrderRequestSide.of(self.side).value

        action = CreateOrderRequestAction.of(self.action).value

        client_order_id = self.client_order_id

        count = self.count

        count_fp: None | str | Unset
        if isinstance(self.count_fp, Unset):
            count_fp = UNSET
        else:
            count_fp = self.count_fp

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        expiration_ts = self.expiration_ts

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = CreateOrderRequestTimeInForce.of(self.time_in_force).value

        buy_max_cost = self.buy_max_cost

        post_only = self.post_only

        reduce_only = self.reduce_only

        sell_position_floor = self.sell_position_floor

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = SelfTradePreventionType.of(
                self.self_trade_prevention_type
            ).value

        order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "action": action,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if expiration_ts is not UNSET:
            field_dict["expiration_ts"] = expiration_ts
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if buy_max_cost is not UNSET:
            field_dict["buy_max_cost"] = buy_max_cost
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if sell_position_floor is not UNSET:
            field_dict["sell_position_floor"] = sell_position_floor
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
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
            create_order_request = cls.__new__(cls)
            create_order_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_order_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d["ticker"]
        if not isinstance(ticker, (str, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.ticker: expected str, got {type(ticker).__name__}"
            )

        side = CreateOrderRequestSide._value2member_map_.get(
            _raw := d["side"]
        ) or CreateOrderRequestSide(_raw)

        action = CreateOrderRequestAction._value2member_map_.get(
            _raw := d["action"]
        ) or CreateOrderRequestAction(_raw)

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        count = d.get("count", UNSET)
        if not isinstance(count, (int, Unset, NoneType)) or isinstance(count, bool):
            raise TypeError(
                f"CreateOrderRequest.count: expected int, got {type(count).__name__}"
            )

        _count_fp_data = d.get("count_fp", UNSET)
        count_fp: None | str | Unset
        if _count_fp_data is None or isinstance(_count_fp_data, Unset):
            count_fp = _count_fp_data
        elif not isinstance(_count_fp_data, (str,)):
            raise TypeError(
                f"count_fp: expected str, got {type(_count_fp_data).__name__}"
            )
        else:
            count_fp = cast(None | str | Unset, _count_fp_data)

        yes_price = d.get("yes_price", UNSET)
        if not isinstance(yes_price, (int, Unset, NoneType)) or isinstance(
            yes_price, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.yes_price: expected int, got {type(yes_price).__name__}"
            )

        no_price = d.get("no_price", UNSET)
        if not isinstance(no_price, (int, Unset, NoneType)) or isinstance(
            no_price, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.no_price: expected int, got {type(no_price).__name__}"
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.get("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        expiration_ts = d.get("expiration_ts", UNSET)
        if not isinstance(expiration_ts, (int, Unset, NoneType)) or isinstance(
            expiration_ts, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.expiration_ts: expected int, got {type(expiration_ts).__name__}"
            )

        _time_in_force = d.get("time_in_force", UNSET)
        time_in_force: CreateOrderRequestTimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = CreateOrderRequestTimeInForce._value2member_map_.get(
                _raw := _time_in_force
            ) or CreateOrderRequestTimeInForce(_raw)

        buy_max_cost = d.get("buy_max_cost", UNSET)
        if not isinstance(buy_max_cost, (int, Unset, NoneType)) or isinstance(
            buy_max_cost, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.buy_max_cost: expected int, got {type(buy_max_cost).__name__}"
            )

        post_only = d.get("post_only", UNSET)
        if not isinstance(post_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.post_only: expected bool, got {type(post_only).__name__}"
            )

        reduce_only = d.get("reduce_only", UNSET)
        if not isinstance(reduce_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.reduce_only: expected bool, got {type(reduce_only).__name__}"
            )

        sell_position_floor = d.get("sell_position_floor", UNSET)
        if not isinstance(sell_position_floor, (int, Unset, NoneType)) or isinstance(
            sell_position_floor, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.sell_position_floor: expected int, got {type(sell_position_floor).__name__}"
            )

        _self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: SelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = SelfTradePreventionType._value2member_map_.get(
                _raw := _self_trade_prevention_type
            ) or SelfTradePreventionType(_raw)

        order_group_id = d.get("order_group_id", UNSET)
        if not isinstance(order_group_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        cancel_order_on_pause = d.get("cancel_order_on_pause", UNSET)
        if not isinstance(cancel_order_on_pause, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateOrderRequest.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"CreateOrderRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        create_order_request = cls(
            ticker=ticker,
            side=side,
            action=action,
            client_order_id=client_order_id,
            count=count,
            count_fp=count_fp,
            yes_price=yes_price,
            no_price=no_price,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            expiration_ts=expiration_ts,
            time_in_force=time_in_force,
            buy_max_cost=buy_max_cost,
            post_only=post_only,
            reduce_only=reduce_only,
            sell_position_floor=sell_position_floor,
            self_trade_prevention_type=self_trade_prevention_type,
            order_group_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
        create_order_request.additional_properties = _load_additional_properties(
            d, False
        )
        return create_order_request

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
                raise MalformedField(f"CreateOrderRequest.{name}: {error!r}") from error
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
        return f"CreateOrderRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "buy_max_cost": 100,
        "count_fp": 1,
        "no_price_dollars": 1,
        "yes_price_dollars": 1,
    }

    def decimal(
        self,
        name: Literal[
            "buy_max_cost", "count_fp", "no_price_dollars", "yes_price_dollars"
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"CreateOrderRequest.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"CreateOrderRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"CreateOrderRequest.{name} is {value!r}, not a finite number"
            )
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


def _load_ticker(d: dict[str, Any], lazily: bool) -> str:
    ticker = d["ticker"]
    if not isinstance(ticker, (str, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_side(d: dict[str, Any], lazily: bool) -> CreateOrderRequestSide:
    side = CreateOrderRequestSide._value2member_map_.get(
        _raw := d["side"]
    ) or CreateOrderRequestSide(_raw)

    return side


def _load_action(d: dict[str, Any], lazily: bool) -> CreateOrderRequestAction:
    action = CreateOrderRequestAction._value2member_map_.get(
        _raw := d["action"]
    ) or CreateOrderRequestAction(_raw)

    return action


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_count(d: dict[str, Any], lazily: bool) -> int | Unset:
    count = d.get("count", UNSET)
    if not isinstance(count, (int, Unset, NoneType)) or isinstance(count, bool):
        raise TypeError(
            f"CreateOrderRequest.count: expected int, got {type(count).__name__}"
        )

    return count


def _load_count_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _count_fp_data = d.get("count_fp", UNSET)
    count_fp: None | str | Unset
    if _count_fp_data is None or isinstance(_count_fp_data, Unset):
        count_fp = _count_fp_data
    elif not isinstance(_count_fp_data, (str,)):
        raise TypeError(f"count_fp: expected str, got {type(_count_fp_data).__name__}")
    else:
        count_fp = cast(None | str | Unset, _count_fp_data)

    return count_fp


def _load_yes_price(d: dict[str, Any], lazily: bool) -> int | Unset:
    yes_price = d.get("yes_price", UNSET)
    if not isinstance(yes_price, (int, Unset, NoneType)) or isinstance(yes_price, bool):
        raise TypeError(
            f"CreateOrderRequest.yes_price: expected int, got {type(yes_price).__name__}"
        )

    return yes_price


def _load_no_price(d: dict[str, Any], lazily: bool) -> int | Unset:
    no_price = d.get("no_price", UNSET)
    if not isinstance(no_price, (int, Unset, NoneType)) or isinstance(no_price, bool):
        raise TypeError(
            f"CreateOrderRequest.no_price: expected int, got {type(no_price).__name__}"
        )

    return no_price


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_no_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_price_dollars = d.get("no_price_dollars", UNSET)
    if not isinstance(no_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
        )

    return no_price_dollars


def _load_expiration_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    expiration_ts = d.get("expiration_ts", UNSET)
    if not isinstance(expiration_ts, (int, Unset, NoneType)) or isinstance(
        expiration_ts, bool
    ):
        raise TypeError(
            f"CreateOrderRequest.expiration_ts: expected int, got {type(expiration_ts).__name__}"
        )

    return expiration_ts


def _load_time_in_force(
    d: dict[str, Any], lazily: bool
) -> CreateOrderRequestTimeInForce | Unset:
    _time_in_force = d.get("time_in_force", UNSET)
    time_in_force: CreateOrderRequestTimeInForce | Unset
    if isinstance(_time_in_force, Unset):
        time_in_force = UNSET
    else:
        time_in_force = CreateOrderRequestTimeInForce._value2member_map_.get(
            _raw := _time_in_force
        ) or CreateOrderRequestTimeInForce(_raw)

    return time_in_force


def _load_buy_max_cost(d: dict[str, Any], lazily: bool) -> int | Unset:
    buy_max_cost = d.get("buy_max_cost", UNSET)
    if not isinstance(buy_max_cost, (int, Unset, NoneType)) or isinstance(
        buy_max_cost, bool
    ):
        raise TypeError(
            f"CreateOrderRequest.buy_max_cost: expected int, got {type(buy_max_cost).__name__}"
        )

    return buy_max_cost


def _load_post_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    post_only = d.get("post_only", UNSET)
    if not isinstance(post_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.post_only: expected bool, got {type(post_only).__name__}"
        )

    return post_only


def _load_reduce_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    reduce_only = d.get("reduce_only", UNSET)
    if not isinstance(reduce_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.reduce_only: expected bool, got {type(reduce_only).__name__}"
        )

    return reduce_only


def _load_sell_position_floor(d: dict[str, Any], lazily: bool) -> int | Unset:
    sell_position_floor = d.get("sell_position_floor", UNSET)
    if not isinstance(sell_position_floor, (int, Unset, NoneType)) or isinstance(
        sell_position_floor, bool
    ):
        raise TypeError(
            f"CreateOrderRequest.sell_position_floor: expected int, got {type(sell_position_floor).__name__}"
        )

    return sell_position_floor


def _load_self_trade_prevention_type(
    d: dict[str, Any], lazily: bool
) -> SelfTradePreventionType | Unset:
    _self_trade_prevention_type = d.get("self_trade_prevention_type", UNSET)
    self_trade_prevention_type: SelfTradePreventionType | Unset
    if isinstance(_self_trade_prevention_type, Unset):
        self_trade_prevention_type = UNSET
    else:
        self_trade_prevention_type = SelfTradePreventionType._value2member_map_.get(
            _raw := _self_trade_prevention_type
        ) or SelfTradePreventionType(_raw)

    return self_trade_prevention_type


def _load_order_group_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_group_id = d.get("order_group_id", UNSET)
    if not isinstance(order_group_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.order_group_id: expected str, got {type(order_group_id).__name__}"
        )

    return order_group_id


def _load_cancel_order_on_pause(d: dict[str, Any], lazily: bool) -> bool | Unset:
    cancel_order_on_pause = d.get("cancel_order_on_pause", UNSET)
    if not isinstance(cancel_order_on_pause, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateOrderRequest.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
        )

    return cancel_order_on_pause


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"CreateOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"CreateOrderRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "ticker",
        "side",
        "action",
        "client_order_id",
        "count",
        "count_fp",
        "yes_price",
        "no_price",
        "yes_price_dollars",
        "no_price_dollars",
        "expiration_ts",
        "time_in_force",
        "buy_max_cost",
        "post_only",
        "reduce_only",
        "sell_position_floor",
        "self_trade_prevention_type",
        "order_group_id",
        "cancel_order_on_pause",
        "subaccount",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "ticker": _load_ticker,
    "side": _load_side,
    "action": _load_action,
    "client_order_id": _load_client_order_id,
    "count": _load_count,
    "count_fp": _load_count_fp,
    "yes_price": _load_yes_price,
    "no_price": _load_no_price,
    "yes_price_dollars": _load_yes_price_dollars,
    "no_price_dollars": _load_no_price_dollars,
    "expiration_ts": _load_expiration_ts,
    "time_in_force": _load_time_in_force,
    "buy_max_cost": _load_buy_max_cost,
    "post_only": _load_post_only,
    "reduce_only": _load_reduce_only,
    "sell_position_floor": _load_sell_position_floor,
    "self_trade_prevention_type": _load_self_trade_prevention_type,
    "order_group_id": _load_order_group_id,
    "cancel_order_on_pause": _load_cancel_order_on_pause,
    "subaccount": _load_subaccount,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "side",
    "action",
    "client_order_id",
    "count",
    "count_fp",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "expiration_ts",
    "time_in_force",
    "buy_max_cost",
    "post_only",
    "reduce_only",
    "sell_position_floor",
    "self_trade_prevention_type",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount",
    "exchange_index",
    "additional_properties",
)
