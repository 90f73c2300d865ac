from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptBlockTradeProposalRequest")


@_attrs_define
class AcceptBlockTradeProposalRequest:
    """
    Attributes:
        subtrader_id (str | Unset):
        subaccount (int | Unset):
    """

    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)
        if not isinstance(subtrader_id, str | Unset | None):
            raise TypeError(
                f"AcceptBlockTradeProposalRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"AcceptBlockTradeProposalRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        accept_block_trade_proposal_request = cls(
            subtrader_id=subtrader_id,
            subaccount=subaccount,
        )

        accept_block_trade_proposal_request.additional_properties = d
        return accept_block_trade_proposal_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtrader_id", self.subtrader_id),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"AcceptBlockTradeProposalRequest({shown})"

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
