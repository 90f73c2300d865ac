from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscribed_response_type import UnsubscribedResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnsubscribedResponse")


@_attrs_define
class UnsubscribedResponse:
    """
    Attributes:
        type_ (UnsubscribedResponseType | Unset):
        id (int | Unset):
        sid (int | Unset):
        seq (int | Unset):
    """

    type_: UnsubscribedResponseType | Literal["unsubscribed"] | Unset = UNSET
    id: int | Unset = UNSET
    sid: int | Unset = UNSET
    seq: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = UnsubscribedResponseType.of(self.type_).value

        id = self.id

        sid = self.sid

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if sid is not UNSET:
            field_dict["sid"] = sid
        if seq is not UNSET:
            field_dict["seq"] = seq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: UnsubscribedResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UnsubscribedResponseType._value2member_map_.get(
                _raw := _type_
            ) or UnsubscribedResponseType(_raw)

        id = d.pop("id", UNSET)
        if not isinstance(id, int | Unset | None) or isinstance(id, bool):
            raise TypeError(
                f"UnsubscribedResponse.id: expected int, got {type(id).__name__}"
            )

        sid = d.pop("sid", UNSET)
        if not isinstance(sid, int | Unset | None) or isinstance(sid, bool):
            raise TypeError(
                f"UnsubscribedResponse.sid: expected int, got {type(sid).__name__}"
            )

        seq = d.pop("seq", UNSET)
        if not isinstance(seq, int | Unset | None) or isinstance(seq, bool):
            raise TypeError(
                f"UnsubscribedResponse.seq: expected int, got {type(seq).__name__}"
            )

        unsubscribed_response = cls(
            type_=type_,
            id=id,
            sid=sid,
            seq=seq,
        )

        unsubscribed_response.additional_properties = d
        return unsubscribed_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("id", self.id),
            ("sid", self.sid),
            ("seq", self.seq),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"UnsubscribedResponse({shown})"

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
