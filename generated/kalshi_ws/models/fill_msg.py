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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        trade_id = d.pop("trade_id", UNSET)
        if not isinstance(trade_id, str | Unset | None):
            raise TypeError(
                f"FillMsg.trade_id: expected str, got {type(trade_id).__name__}"
            )

        order_id = d.pop("order_id", UNSET)
        if not isinstance(order_id, str | Unset | None):
            raise TypeError(
                f"FillMsg.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"FillMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"FillMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"FillMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        is_taker = d.pop("is_taker", UNSET)
        if not isinstance(is_taker, bool | Unset | None):
            raise TypeError(
                f"FillMsg.is_taker: expected bool, got {type(is_taker).__name__}"
            )

        _side = d.pop("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

        ts = d.pop("ts", UNSET)
        if not isinstance(ts, int | Unset | None) or isinstance(ts, bool):
            raise TypeError(f"FillMsg.ts: expected int, got {type(ts).__name__}")

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(f"FillMsg.ts_ms: expected int, got {type(ts_ms).__name__}")

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, str | Unset | None):
            raise TypeError(
                f"FillMsg.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        count_fp = d.pop("count_fp", UNSET)
        if not isinstance(count_fp, str | Unset | None):
            raise TypeError(
                f"FillMsg.count_fp: expected str, got {type(count_fp).__name__}"
            )

        fee_cost = d.pop("fee_cost", UNSET)
        if not isinstance(fee_cost, str | Unset | None):
            raise TypeError(
                f"FillMsg.fee_cost: expected str, got {type(fee_cost).__name__}"
            )

        _action = d.pop("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OrderAction._value2member_map_.get(_raw := _action) or OrderAction(
                _raw
            )

        post_position_fp = d.pop("post_position_fp", UNSET)
        if not isinstance(post_position_fp, str | Unset | None):
            raise TypeError(
                f"FillMsg.post_position_fp: expected str, got {type(post_position_fp).__name__}"
            )

        _purchased_side = d.pop("purchased_side", UNSET)
        purchased_side: MarketSide | Unset
        if isinstance(_purchased_side, Unset):
            purchased_side = UNSET
        else:
            purchased_side = MarketSide._value2member_map_.get(
                _raw := _purchased_side
            ) or MarketSide(_raw)

        _outcome_side = d.pop("outcome_side", UNSET)
        outcome_side: MarketSide | Unset
        if isinstance(_outcome_side, Unset):
            outcome_side = UNSET
        else:
            outcome_side = MarketSide._value2member_map_.get(
                _raw := _outcome_side
            ) or MarketSide(_raw)

        _book_side = d.pop("book_side", UNSET)
        book_side: BookSide | Unset
        if isinstance(_book_side, Unset):
            book_side = UNSET
        else:
            book_side = BookSide._value2member_map_.get(_raw := _book_side) or BookSide(
                _raw
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
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

        fill_msg.additional_properties = d
        return fill_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("trade_id", self.trade_id),
            ("order_id", self.order_id),
            ("client_order_id", self.client_order_id),
            ("market_ticker", self.market_ticker),
            ("exchange_index", self.exchange_index),
            ("is_taker", self.is_taker),
            ("side", self.side),
            ("ts", self.ts),
            ("ts_ms", self.ts_ms),
            ("yes_price_dollars", self.yes_price_dollars),
            ("count_fp", self.count_fp),
            ("fee_cost", self.fee_cost),
            ("action", self.action),
            ("post_position_fp", self.post_position_fp),
            ("purchased_side", self.purchased_side),
            ("outcome_side", self.outcome_side),
            ("book_side", self.book_side),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FillMsg({shown})"

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
        if isinstance(value, bool) or not isinstance(value, str | int):
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
