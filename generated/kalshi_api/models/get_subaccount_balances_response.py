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
    from ..models.subaccount_balance import SubaccountBalance


T = TypeVar("T", bound="GetSubaccountBalancesResponse")


@_attrs_define
class GetSubaccountBalancesResponse:
    """
    Attributes:
        subaccount_balances (list[SubaccountBalance] | None | Unset):
    """

    subaccount_balances: list[SubaccountBalance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_balances: list[dict[str, Any]] | None | Unset
        if isinstance(self.subaccount_balances, Unset):
            subaccount_balances = UNSET
        elif isinstance(self.subaccount_balances, list):
            subaccount_balances = []
            for subaccount_balances_type_0_item_data in self.subaccount_balances:
                subaccount_balances_type_0_item = (
                    subaccount_balances_type_0_item_data.to_dict()
                )
                subaccount_balances.append(subaccount_balances_type_0_item)

        else:
            subaccount_balances = self.subaccount_balances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_balances is not UNSET:
            field_dict["subaccount_balances"] = subaccount_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_balance import SubaccountBalance  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _subaccount_balances_data = d.pop("subaccount_balances", UNSET)
        subaccount_balances: list[SubaccountBalance] | None | Unset
        if _subaccount_balances_data is None or isinstance(
            _subaccount_balances_data, Unset
        ):
            subaccount_balances = _subaccount_balances_data
        elif isinstance(_subaccount_balances_data, list):
            subaccount_balances_type_0 = []
            _subaccount_balances_type_0 = _subaccount_balances_data
            for subaccount_balances_type_0_item_data in _subaccount_balances_type_0:
                subaccount_balances_type_0_item = SubaccountBalance.from_dict(
                    subaccount_balances_type_0_item_data
                )

                subaccount_balances_type_0.append(subaccount_balances_type_0_item)

            subaccount_balances = subaccount_balances_type_0
        else:
            raise TypeError(
                f"subaccount_balances: unexpected JSON type {type(_subaccount_balances_data).__name__}"
            )

        get_subaccount_balances_response = cls(
            subaccount_balances=subaccount_balances,
        )

        get_subaccount_balances_response.additional_properties = d
        return get_subaccount_balances_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subaccount_balances", self.subaccount_balances),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetSubaccountBalancesResponse({shown})"

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
