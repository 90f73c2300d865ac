from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetBalanceAllocation")


@_attrs_define
class TargetBalanceAllocation:
    """
    Attributes:
        exchange_index (int | Unset):
        percent (int | Unset):
    """

    exchange_index: int | Unset = UNSET
    percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"TargetBalanceAllocation.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        percent = d.pop("percent", UNSET)
        if not isinstance(percent, int | Unset | None) or isinstance(percent, bool):
            raise TypeError(
                f"TargetBalanceAllocation.percent: expected int, got {type(percent).__name__}"
            )

        target_balance_allocation = cls(
            exchange_index=exchange_index,
            percent=percent,
        )

        target_balance_allocation.additional_properties = d
        return target_balance_allocation

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("exchange_index", self.exchange_index),
            ("percent", self.percent),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"TargetBalanceAllocation({shown})"

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
