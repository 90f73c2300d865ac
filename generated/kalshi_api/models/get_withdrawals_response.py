from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withdrawal import Withdrawal


T = TypeVar("T", bound="GetWithdrawalsResponse")


@_attrs_define
class GetWithdrawalsResponse:
    """
    Attributes:
        withdrawals (list[Withdrawal] | None | Unset):
        cursor (str | Unset):
    """

    withdrawals: list[Withdrawal] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdrawals: list[dict[str, Any]] | None | Unset
        if isinstance(self.withdrawals, Unset):
            withdrawals = UNSET
        elif isinstance(self.withdrawals, list):
            withdrawals = []
            for withdrawals_type_0_item_data in self.withdrawals:
                withdrawals_type_0_item = withdrawals_type_0_item_data.to_dict()
                withdrawals.append(withdrawals_type_0_item)

        else:
            withdrawals = self.withdrawals

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withdrawals is not UNSET:
            field_dict["withdrawals"] = withdrawals
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdrawal import Withdrawal  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _withdrawals_data = d.pop("withdrawals", UNSET)
        withdrawals: list[Withdrawal] | None | Unset
        if _withdrawals_data is None or isinstance(_withdrawals_data, Unset):
            withdrawals = _withdrawals_data
        elif isinstance(_withdrawals_data, list):
            withdrawals_type_0 = []
            _withdrawals_type_0 = _withdrawals_data
            for withdrawals_type_0_item_data in _withdrawals_type_0:
                withdrawals_type_0_item = Withdrawal.from_dict(
                    withdrawals_type_0_item_data
                )

                withdrawals_type_0.append(withdrawals_type_0_item)

            withdrawals = withdrawals_type_0
        else:
            raise TypeError(
                f"withdrawals: unexpected JSON type {type(_withdrawals_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetWithdrawalsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_withdrawals_response = cls(
            withdrawals=withdrawals,
            cursor=cursor,
        )

        get_withdrawals_response.additional_properties = d
        return get_withdrawals_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("withdrawals", self.withdrawals),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetWithdrawalsResponse({shown})"

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
