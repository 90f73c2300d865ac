from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribed_response_type import SubscribedResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscribed_response_msg import SubscribedResponseMsg


T = TypeVar("T", bound="SubscribedResponse")


@_attrs_define
class SubscribedResponse:
    """
    Attributes:
        type_ (SubscribedResponseType | Unset):
        id (int | Unset):
        msg (SubscribedResponseMsg | Unset):
    """

    type_: SubscribedResponseType | Literal["subscribed"] | Unset = UNSET
    id: int | Unset = UNSET
    msg: SubscribedResponseMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = SubscribedResponseType.of(self.type_).value

        id = self.id

        msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msg, Unset):
            msg = self.msg.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribed_response_msg import SubscribedResponseMsg  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SubscribedResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SubscribedResponseType._value2member_map_.get(
                _raw := _type_
            ) or SubscribedResponseType(_raw)

        id = d.pop("id", UNSET)
        if not isinstance(id, int | Unset | None) or isinstance(id, bool):
            raise TypeError(
                f"SubscribedResponse.id: expected int, got {type(id).__name__}"
            )

        _msg = d.pop("msg", UNSET)
        msg: SubscribedResponseMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = SubscribedResponseMsg.from_dict(_msg)

        subscribed_response = cls(
            type_=type_,
            id=id,
            msg=msg,
        )

        subscribed_response.additional_properties = d
        return subscribed_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("id", self.id),
            ("msg", self.msg),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubscribedResponse({shown})"

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
