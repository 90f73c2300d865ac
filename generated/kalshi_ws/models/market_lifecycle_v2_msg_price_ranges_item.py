from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketLifecycleV2MsgPriceRangesItem")


@_attrs_define
class MarketLifecycleV2MsgPriceRangesItem:
    """
    Attributes:
        start (str | Unset):
        end (str | Unset):
        step (str | Unset):
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    step: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        start = d.pop("start", UNSET)
        if not isinstance(start, str | Unset | None):
            raise TypeError(
                f"MarketLifecycleV2MsgPriceRangesItem.start: expected str, got {type(start).__name__}"
            )

        end = d.pop("end", UNSET)
        if not isinstance(end, str | Unset | None):
            raise TypeError(
                f"MarketLifecycleV2MsgPriceRangesItem.end: expected str, got {type(end).__name__}"
            )

        step = d.pop("step", UNSET)
        if not isinstance(step, str | Unset | None):
            raise TypeError(
                f"MarketLifecycleV2MsgPriceRangesItem.step: expected str, got {type(step).__name__}"
            )

        market_lifecycle_v2_msg_price_ranges_item = cls(
            start=start,
            end=end,
            step=step,
        )

        market_lifecycle_v2_msg_price_ranges_item.additional_properties = d
        return market_lifecycle_v2_msg_price_ranges_item

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("start", self.start),
            ("end", self.end),
            ("step", self.step),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MarketLifecycleV2MsgPriceRangesItem({shown})"

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
