from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteExecutedMsg")


@_attrs_define
class QuoteExecutedMsg:
    """
    Attributes:
        quote_id (str | Unset):
        rfq_id (str | Unset):
        quote_creator_id (str | Unset):
        rfq_creator_id (str | Unset):
        order_id (str | Unset):
        client_order_id (str | Unset):
        market_ticker (str | Unset):
        executed_ts (datetime.datetime | Unset):
        subaccount (int | Unset):
    """

    quote_id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    quote_creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        rfq_id = self.rfq_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        order_id = self.order_id

        client_order_id = self.client_order_id

        market_ticker = self.market_ticker

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_id is not UNSET:
            field_dict["quote_id"] = quote_id
        if rfq_id is not UNSET:
            field_dict["rfq_id"] = rfq_id
        if quote_creator_id is not UNSET:
            field_dict["quote_creator_id"] = quote_creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
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
        quote_id = d.pop("quote_id", UNSET)
        if not isinstance(quote_id, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.quote_id: expected str, got {type(quote_id).__name__}"
            )

        rfq_id = d.pop("rfq_id", UNSET)
        if not isinstance(rfq_id, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.rfq_id: expected str, got {type(rfq_id).__name__}"
            )

        quote_creator_id = d.pop("quote_creator_id", UNSET)
        if not isinstance(quote_creator_id, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.quote_creator_id: expected str, got {type(quote_creator_id).__name__}"
            )

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)
        if not isinstance(rfq_creator_id, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
            )

        order_id = d.pop("order_id", UNSET)
        if not isinstance(order_id, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"QuoteExecutedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"QuoteExecutedMsg.subaccount: expected int, got {type(subaccount).__name__}"
            )

        quote_executed_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            executed_ts=executed_ts,
            subaccount=subaccount,
        )

        quote_executed_msg.additional_properties = d
        return quote_executed_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("quote_id", self.quote_id),
            ("rfq_id", self.rfq_id),
            ("quote_creator_id", self.quote_creator_id),
            ("rfq_creator_id", self.rfq_creator_id),
            ("order_id", self.order_id),
            ("client_order_id", self.client_order_id),
            ("market_ticker", self.market_ticker),
            ("executed_ts", self.executed_ts),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"QuoteExecutedMsg({shown})"

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
