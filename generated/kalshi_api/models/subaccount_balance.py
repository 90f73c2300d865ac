from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define
class SubaccountBalance:
    """
    Attributes:
        subaccount_number (int | Unset):
        exchange_index (int | Unset):
        balance (str | Unset):
        updated_ts (int | Unset):
    """

    subaccount_number: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    balance: str | Unset = UNSET
    updated_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        balance = self.balance

        updated_ts = self.updated_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if balance is not UNSET:
            field_dict["balance"] = balance
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number", UNSET)
        if not isinstance(subaccount_number, int | Unset | None) or isinstance(
            subaccount_number, bool
        ):
            raise TypeError(
                f"SubaccountBalance.subaccount_number: expected int, got {type(subaccount_number).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"SubaccountBalance.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        balance = d.pop("balance", UNSET)
        if not isinstance(balance, str | Unset | None):
            raise TypeError(
                f"SubaccountBalance.balance: expected str, got {type(balance).__name__}"
            )

        updated_ts = d.pop("updated_ts", UNSET)
        if not isinstance(updated_ts, int | Unset | None) or isinstance(
            updated_ts, bool
        ):
            raise TypeError(
                f"SubaccountBalance.updated_ts: expected int, got {type(updated_ts).__name__}"
            )

        subaccount_balance = cls(
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
            balance=balance,
            updated_ts=updated_ts,
        )

        subaccount_balance.additional_properties = d
        return subaccount_balance

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subaccount_number", self.subaccount_number),
            ("exchange_index", self.exchange_index),
            ("balance", self.balance),
            ("updated_ts", self.updated_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubaccountBalance({shown})"

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
