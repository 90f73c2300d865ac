from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribedResponseMsg")


@_attrs_define
class SubscribedResponseMsg:
    """
    Attributes:
        channel (str | Unset):
        sid (int | Unset):
    """

    channel: str | Unset = UNSET
    sid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if sid is not UNSET:
            field_dict["sid"] = sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        channel = d.pop("channel", UNSET)
        if not isinstance(channel, str | Unset | None):
            raise TypeError(
                f"SubscribedResponseMsg.channel: expected str, got {type(channel).__name__}"
            )

        sid = d.pop("sid", UNSET)
        if not isinstance(sid, int | Unset | None) or isinstance(sid, bool):
            raise TypeError(
                f"SubscribedResponseMsg.sid: expected int, got {type(sid).__name__}"
            )

        subscribed_response_msg = cls(
            channel=channel,
            sid=sid,
        )

        subscribed_response_msg.additional_properties = d
        return subscribed_response_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("channel", self.channel),
            ("sid", self.sid),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubscribedResponseMsg({shown})"

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
