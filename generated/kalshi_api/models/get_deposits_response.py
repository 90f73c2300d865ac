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
    from ..models.deposit import Deposit


T = TypeVar("T", bound="GetDepositsResponse")


@_attrs_define
class GetDepositsResponse:
    """
    Attributes:
        deposits (list[Deposit] | None | Unset):
        cursor (str | Unset):
    """

    deposits: list[Deposit] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposits: list[dict[str, Any]] | None | Unset
        if isinstance(self.deposits, Unset):
            deposits = UNSET
        elif isinstance(self.deposits, list):
            deposits = []
            for deposits_type_0_item_data in self.deposits:
                deposits_type_0_item = deposits_type_0_item_data.to_dict()
                deposits.append(deposits_type_0_item)

        else:
            deposits = self.deposits

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposits is not UNSET:
            field_dict["deposits"] = deposits
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit import Deposit  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _deposits_data = d.pop("deposits", UNSET)
        deposits: list[Deposit] | None | Unset
        if _deposits_data is None or isinstance(_deposits_data, Unset):
            deposits = _deposits_data
        elif isinstance(_deposits_data, list):
            deposits_type_0 = []
            _deposits_type_0 = _deposits_data
            for deposits_type_0_item_data in _deposits_type_0:
                deposits_type_0_item = Deposit.from_dict(deposits_type_0_item_data)

                deposits_type_0.append(deposits_type_0_item)

            deposits = deposits_type_0
        else:
            raise TypeError(
                f"deposits: unexpected JSON type {type(_deposits_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetDepositsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_deposits_response = cls(
            deposits=deposits,
            cursor=cursor,
        )

        get_deposits_response.additional_properties = d
        return get_deposits_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("deposits", self.deposits),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetDepositsResponse({shown})"

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
