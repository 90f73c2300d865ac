from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfbenchmarks_update_subscription_command_params_action import (
    CfbenchmarksUpdateSubscriptionCommandParamsAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CfbenchmarksUpdateSubscriptionCommandParams")


@_attrs_define
class CfbenchmarksUpdateSubscriptionCommandParams:
    """
    Attributes:
        action (CfbenchmarksUpdateSubscriptionCommandParamsAction):
        sid (int | Unset):
        sids (list[int] | Unset):
        index_ids (list[str] | Unset):
    """

    action: (
        CfbenchmarksUpdateSubscriptionCommandParamsAction
        | Literal["subscribe_indices", "unsubscribe_indices", "indexlist"]
    )
    sid: int | Unset = UNSET
    sids: list[int] | Unset = UNSET
    index_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = CfbenchmarksUpdateSubscriptionCommandParamsAction.of(self.action).value

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        index_ids: list[str] | Unset = UNSET
        if not isinstance(self.index_ids, Unset):
            index_ids = self.index_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sids is not UNSET:
            field_dict["sids"] = sids
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        action = (
            CfbenchmarksUpdateSubscriptionCommandParamsAction._value2member_map_.get(
                _raw := d.pop("action")
            )
            or CfbenchmarksUpdateSubscriptionCommandParamsAction(_raw)
        )

        sid = d.pop("sid", UNSET)
        if not isinstance(sid, int | Unset | None) or isinstance(sid, bool):
            raise TypeError(
                f"CfbenchmarksUpdateSubscriptionCommandParams.sid: expected int, got {type(sid).__name__}"
            )

        sids = cast(list[int], d.pop("sids", UNSET))

        index_ids = cast(list[str], d.pop("index_ids", UNSET))

        cfbenchmarks_update_subscription_command_params = cls(
            action=action,
            sid=sid,
            sids=sids,
            index_ids=index_ids,
        )

        cfbenchmarks_update_subscription_command_params.additional_properties = d
        return cfbenchmarks_update_subscription_command_params

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("action", self.action),
            ("sid", self.sid),
            ("sids", self.sids),
            ("index_ids", self.index_ids),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CfbenchmarksUpdateSubscriptionCommandParams({shown})"

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
