from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BidAskDistributionHistorical")


@_attrs_define
class BidAskDistributionHistorical:
    """
    Attributes:
        open_ (str | Unset):
        low (str | Unset):
        high (str | Unset):
        close (str | Unset):
    """

    open_: str | Unset = UNSET
    low: str | Unset = UNSET
    high: str | Unset = UNSET
    close: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        low = self.low

        high = self.high

        close = self.close

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if low is not UNSET:
            field_dict["low"] = low
        if high is not UNSET:
            field_dict["high"] = high
        if close is not UNSET:
            field_dict["close"] = close

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)
        if not isinstance(open_, str | Unset | None):
            raise TypeError(
                f"BidAskDistributionHistorical.open_: expected str, got {type(open_).__name__}"
            )

        low = d.pop("low", UNSET)
        if not isinstance(low, str | Unset | None):
            raise TypeError(
                f"BidAskDistributionHistorical.low: expected str, got {type(low).__name__}"
            )

        high = d.pop("high", UNSET)
        if not isinstance(high, str | Unset | None):
            raise TypeError(
                f"BidAskDistributionHistorical.high: expected str, got {type(high).__name__}"
            )

        close = d.pop("close", UNSET)
        if not isinstance(close, str | Unset | None):
            raise TypeError(
                f"BidAskDistributionHistorical.close: expected str, got {type(close).__name__}"
            )

        bid_ask_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
        )

        bid_ask_distribution_historical.additional_properties = d
        return bid_ask_distribution_historical

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("open_", self.open_),
            ("low", self.low),
            ("high", self.high),
            ("close", self.close),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BidAskDistributionHistorical({shown})"

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
