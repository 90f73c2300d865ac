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
    from ..models.subaccount_transfer import SubaccountTransfer


T = TypeVar("T", bound="GetSubaccountTransfersResponse")


@_attrs_define
class GetSubaccountTransfersResponse:
    """
    Attributes:
        transfers (list[SubaccountTransfer] | None | Unset):
        cursor (str | Unset):
    """

    transfers: list[SubaccountTransfer] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfers: list[dict[str, Any]] | None | Unset
        if isinstance(self.transfers, Unset):
            transfers = UNSET
        elif isinstance(self.transfers, list):
            transfers = []
            for transfers_type_0_item_data in self.transfers:
                transfers_type_0_item = transfers_type_0_item_data.to_dict()
                transfers.append(transfers_type_0_item)

        else:
            transfers = self.transfers

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfers is not UNSET:
            field_dict["transfers"] = transfers
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_transfer import SubaccountTransfer  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _transfers_data = d.pop("transfers", UNSET)
        transfers: list[SubaccountTransfer] | None | Unset
        if _transfers_data is None or isinstance(_transfers_data, Unset):
            transfers = _transfers_data
        elif isinstance(_transfers_data, list):
            transfers_type_0 = []
            _transfers_type_0 = _transfers_data
            for transfers_type_0_item_data in _transfers_type_0:
                transfers_type_0_item = SubaccountTransfer.from_dict(
                    transfers_type_0_item_data
                )

                transfers_type_0.append(transfers_type_0_item)

            transfers = transfers_type_0
        else:
            raise TypeError(
                f"transfers: unexpected JSON type {type(_transfers_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetSubaccountTransfersResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_subaccount_transfers_response = cls(
            transfers=transfers,
            cursor=cursor,
        )

        get_subaccount_transfers_response.additional_properties = d
        return get_subaccount_transfers_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("transfers", self.transfers),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetSubaccountTransfersResponse({shown})"

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
