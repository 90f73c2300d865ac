from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="TargetBalanceAllocationInput")


@_attrs_define
class TargetBalanceAllocationInput:
    """
    Attributes:
        exchange_index (int):
        percent (int):
    """

    exchange_index: int
    percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange_index": exchange_index,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index")
        if not isinstance(exchange_index, int | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"TargetBalanceAllocationInput.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        percent = d.pop("percent")
        if not isinstance(percent, int | None) or isinstance(percent, bool):
            raise TypeError(
                f"TargetBalanceAllocationInput.percent: expected int, got {type(percent).__name__}"
            )

        target_balance_allocation_input = cls(
            exchange_index=exchange_index,
            percent=percent,
        )

        target_balance_allocation_input.additional_properties = d
        return target_balance_allocation_input

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
        return f"TargetBalanceAllocationInput({shown})"

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
