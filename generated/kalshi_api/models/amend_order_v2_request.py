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
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define
class AmendOrderV2Request:
    """
    Attributes:
        ticker (str):
        side (BookSide):
        price (str):
        count (str):
        client_order_id (str | Unset):
        updated_client_order_id (str | Unset):
        expiration_time (int | Unset):
        exchange_index (int | Unset):
    """

    ticker: str
    side: BookSide | Literal["bid", "ask"]
    price: str
    count: str
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = BookSide.of(self.side).value

        price = self.price

        count = self.count

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        expiration_time = self.expiration_time

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
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
                f"AmendOrderV2Request.ticker: expected str, got {type(ticker).__name__}"
            )

        side = BookSide._value2member_map_.get(_raw := d.pop("side")) or BookSide(_raw)

        price = d.pop("price")
        if not isinstance(price, str | None):
            raise TypeError(
                f"AmendOrderV2Request.price: expected str, got {type(price).__name__}"
            )

        count = d.pop("count")
        if not isinstance(count, str | None):
            raise TypeError(
                f"AmendOrderV2Request.count: expected str, got {type(count).__name__}"
            )

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"AmendOrderV2Request.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        updated_client_order_id = d.pop("updated_client_order_id", UNSET)
        if not isinstance(updated_client_order_id, str | Unset | None):
            raise TypeError(
                f"AmendOrderV2Request.updated_client_order_id: expected str, got {type(updated_client_order_id).__name__}"
            )

        expiration_time = d.pop("expiration_time", UNSET)
        if not isinstance(expiration_time, int | Unset | None) or isinstance(
            expiration_time, bool
        ):
            raise TypeError(
                f"AmendOrderV2Request.expiration_time: expected int, got {type(expiration_time).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"AmendOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        amend_order_v2_request = cls(
            ticker=ticker,
            side=side,
            price=price,
            count=count,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            expiration_time=expiration_time,
            exchange_index=exchange_index,
        )

        amend_order_v2_request.additional_properties = d
        return amend_order_v2_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("ticker", self.ticker),
            ("side", self.side),
            ("price", self.price),
            ("count", self.count),
            ("client_order_id", self.client_order_id),
            ("updated_client_order_id", self.updated_client_order_id),
            ("expiration_time", self.expiration_time),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"AmendOrderV2Request({shown})"

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
