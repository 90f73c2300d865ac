from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define
class DecreaseOrderV2Request:
    """
    Attributes:
        reduce_by (None | str | Unset):
        reduce_to (None | str | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):
    """

    reduce_by: None | str | Unset = UNSET
    reduce_to: None | str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reduce_by: None | str | Unset
        if isinstance(self.reduce_by, Unset):
            reduce_by = UNSET
        else:
            reduce_by = self.reduce_by

        reduce_to: None | str | Unset
        if isinstance(self.reduce_to, Unset):
            reduce_to = UNSET
        else:
            reduce_to = self.reduce_to

        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
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
        _reduce_by_data = d.pop("reduce_by", UNSET)
        reduce_by: None | str | Unset
        if _reduce_by_data is None or isinstance(_reduce_by_data, Unset):
            reduce_by = _reduce_by_data
        elif not isinstance(_reduce_by_data, str):
            raise TypeError(
                f"reduce_by: expected str, got {type(_reduce_by_data).__name__}"
            )
        else:
            reduce_by = cast(None | str | Unset, _reduce_by_data)

        _reduce_to_data = d.pop("reduce_to", UNSET)
        reduce_to: None | str | Unset
        if _reduce_to_data is None or isinstance(_reduce_to_data, Unset):
            reduce_to = _reduce_to_data
        elif not isinstance(_reduce_to_data, str):
            raise TypeError(
                f"reduce_to: expected str, got {type(_reduce_to_data).__name__}"
            )
        else:
            reduce_to = cast(None | str | Unset, _reduce_to_data)

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"DecreaseOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"DecreaseOrderV2Request.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        decrease_order_v2_request = cls(
            reduce_by=reduce_by,
            reduce_to=reduce_to,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )

        decrease_order_v2_request.additional_properties = d
        return decrease_order_v2_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("reduce_by", self.reduce_by),
            ("reduce_to", self.reduce_to),
            ("exchange_index", self.exchange_index),
            ("market_ticker", self.market_ticker),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"DecreaseOrderV2Request({shown})"

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
