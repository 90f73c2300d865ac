from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.create_order_v2_request_time_in_force import (
    CreateOrderV2RequestTimeInForce,
)
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define
class CreateOrderV2Request:
    """
    Attributes:
        ticker (str):
        side (BookSide):
        count (str):
        price (str):
        time_in_force (CreateOrderV2RequestTimeInForce):
        self_trade_prevention_type (SelfTradePreventionType):
        client_order_id (str | Unset):
        expiration_time (int | Unset):
        post_only (bool | Unset):
        cancel_order_on_pause (bool | Unset):
        reduce_only (bool | Unset):
        subaccount (int | Unset):
        order_group_id (str | Unset):
        exchange_index (int | Unset):
    """

    ticker: str
    side: BookSide | Literal["bid", "ask"]
    count: str
    price: str
    time_in_force: (
        CreateOrderV2RequestTimeInForce
        | Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
    )
    self_trade_prevention_type: (
        SelfTradePreventionType | Literal["taker_at_cross", "maker"]
    )
    client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancel_order_on_pause: bool | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    order_group_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = BookSide.of(self.side).value

        count = self.count

        price = self.price

        time_in_force = CreateOrderV2RequestTimeInForce.of(self.time_in_force).value

        self_trade_prevention_type = SelfTradePreventionType.of(
            self.self_trade_prevention_type
        ).value

        client_order_id = self.client_order_id

        expiration_time = self.expiration_time

        post_only = self.post_only

        cancel_order_on_pause = self.cancel_order_on_pause

        reduce_only = self.reduce_only

        subaccount = self.subaccount

        order_group_id = self.order_group_id

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": time_in_force,
                "self_trade_prevention_type": self_trade_prevention_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        ticker = d.pop("ticker")
        if not isinstance(ticker, str | None):
            raise TypeError(
                f"CreateOrderV2Request.ticker: expected str, got {type(ticker).__name__}"
            )

        side = BookSide._value2member_map_.get(_raw := d.pop("side")) or BookSide(_raw)

        count = d.pop("count")
        if not isinstance(count, str | None):
            raise TypeError(
                f"CreateOrderV2Request.count: expected str, got {type(count).__name__}"
            )

        price = d.pop("price")
        if not isinstance(price, str | None):
            raise TypeError(
                f"CreateOrderV2Request.price: expected str, got {type(price).__name__}"
            )

        time_in_force = CreateOrderV2RequestTimeInForce._value2member_map_.get(
            _raw := d.pop("time_in_force")
        ) or CreateOrderV2RequestTimeInForce(_raw)

        self_trade_prevention_type = SelfTradePreventionType._value2member_map_.get(
            _raw := d.pop("self_trade_prevention_type")
        ) or SelfTradePreventionType(_raw)

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Request.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        expiration_time = d.pop("expiration_time", UNSET)
        if not isinstance(expiration_time, int | Unset | None) or isinstance(
            expiration_time, bool
        ):
            raise TypeError(
                f"CreateOrderV2Request.expiration_time: expected int, got {type(expiration_time).__name__}"
            )

        post_only = d.pop("post_only", UNSET)
        if not isinstance(post_only, bool | Unset | None):
            raise TypeError(
                f"CreateOrderV2Request.post_only: expected bool, got {type(post_only).__name__}"
            )

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)
        if not isinstance(cancel_order_on_pause, bool | Unset | None):
            raise TypeError(
                f"CreateOrderV2Request.cancel_order_on_pause: expected bool, got {type(cancel_order_on_pause).__name__}"
            )

        reduce_only = d.pop("reduce_only", UNSET)
        if not isinstance(reduce_only, bool | Unset | None):
            raise TypeError(
                f"CreateOrderV2Request.reduce_only: expected bool, got {type(reduce_only).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateOrderV2Request.subaccount: expected int, got {type(subaccount).__name__}"
            )

        order_group_id = d.pop("order_group_id", UNSET)
        if not isinstance(order_group_id, str | Unset | None):
            raise TypeError(
                f"CreateOrderV2Request.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"CreateOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        create_order_v2_request = cls(
            ticker=ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type=self_trade_prevention_type,
            client_order_id=client_order_id,
            expiration_time=expiration_time,
            post_only=post_only,
            cancel_order_on_pause=cancel_order_on_pause,
            reduce_only=reduce_only,
            subaccount=subaccount,
            order_group_id=order_group_id,
            exchange_index=exchange_index,
        )

        create_order_v2_request.additional_properties = d
        return create_order_v2_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("ticker", self.ticker),
            ("side", self.side),
            ("count", self.count),
            ("price", self.price),
            ("time_in_force", self.time_in_force),
            ("self_trade_prevention_type", self.self_trade_prevention_type),
            ("client_order_id", self.client_order_id),
            ("expiration_time", self.expiration_time),
            ("post_only", self.post_only),
            ("cancel_order_on_pause", self.cancel_order_on_pause),
            ("reduce_only", self.reduce_only),
            ("subaccount", self.subaccount),
            ("order_group_id", self.order_group_id),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateOrderV2Request({shown})"

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
