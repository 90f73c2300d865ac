from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCancelOrdersRequestOrder")


@_attrs_define
class BatchCancelOrdersRequestOrder:
    """
    Attributes:
        order_id (str):
        subaccount (int | Unset):  Default: 0.
        exchange_index (int | Unset):  Default: 0.
        market_ticker (str | Unset):
    """

    order_id: str
    subaccount: int | Unset = 0
    exchange_index: int | Unset = 0
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        subaccount = self.subaccount

        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_id = d.pop("order_id")
        if not isinstance(order_id, str | None):
            raise TypeError(
                f"BatchCancelOrdersRequestOrder.order_id: expected str, got {type(order_id).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"BatchCancelOrdersRequestOrder.subaccount: expected int, got {type(subaccount).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"BatchCancelOrdersRequestOrder.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"BatchCancelOrdersRequestOrder.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        batch_cancel_orders_request_order = cls(
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )

        batch_cancel_orders_request_order.additional_properties = d
        return batch_cancel_orders_request_order

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("subaccount", self.subaccount),
            ("exchange_index", self.exchange_index),
            ("market_ticker", self.market_ticker),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchCancelOrdersRequestOrder({shown})"

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
