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
    from ..models.block_trade_proposal import BlockTradeProposal


T = TypeVar("T", bound="GetBlockTradeProposalsResponse")


@_attrs_define
class GetBlockTradeProposalsResponse:
    """
    Attributes:
        block_trade_proposals (list[BlockTradeProposal] | None | Unset):
        cursor (str | Unset):
    """

    block_trade_proposals: list[BlockTradeProposal] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_trade_proposals: list[dict[str, Any]] | None | Unset
        if isinstance(self.block_trade_proposals, Unset):
            block_trade_proposals = UNSET
        elif isinstance(self.block_trade_proposals, list):
            block_trade_proposals = []
            for block_trade_proposals_type_0_item_data in self.block_trade_proposals:
                block_trade_proposals_type_0_item = (
                    block_trade_proposals_type_0_item_data.to_dict()
                )
                block_trade_proposals.append(block_trade_proposals_type_0_item)

        else:
            block_trade_proposals = self.block_trade_proposals

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_trade_proposals is not UNSET:
            field_dict["block_trade_proposals"] = block_trade_proposals
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_trade_proposal import BlockTradeProposal  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _block_trade_proposals_data = d.pop("block_trade_proposals", UNSET)
        block_trade_proposals: list[BlockTradeProposal] | None | Unset
        if _block_trade_proposals_data is None or isinstance(
            _block_trade_proposals_data, Unset
        ):
            block_trade_proposals = _block_trade_proposals_data
        elif isinstance(_block_trade_proposals_data, list):
            block_trade_proposals_type_0 = []
            _block_trade_proposals_type_0 = _block_trade_proposals_data
            for block_trade_proposals_type_0_item_data in _block_trade_proposals_type_0:
                block_trade_proposals_type_0_item = BlockTradeProposal.from_dict(
                    block_trade_proposals_type_0_item_data
                )

                block_trade_proposals_type_0.append(block_trade_proposals_type_0_item)

            block_trade_proposals = block_trade_proposals_type_0
        else:
            raise TypeError(
                f"block_trade_proposals: unexpected JSON type {type(_block_trade_proposals_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetBlockTradeProposalsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_block_trade_proposals_response = cls(
            block_trade_proposals=block_trade_proposals,
            cursor=cursor,
        )

        get_block_trade_proposals_response.additional_properties = d
        return get_block_trade_proposals_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("block_trade_proposals", self.block_trade_proposals),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetBlockTradeProposalsResponse({shown})"

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
