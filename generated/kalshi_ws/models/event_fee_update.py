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

from ..models.event_fee_update_type import EventFeeUpdateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_fee_update_msg import EventFeeUpdateMsg


T = TypeVar("T", bound="EventFeeUpdate")


@_attrs_define
class EventFeeUpdate:
    """
    Attributes:
        type_ (EventFeeUpdateType | Unset):
        sid (int | Unset):
        seq (int | Unset):
        msg (EventFeeUpdateMsg | Unset):
    """

    type_: EventFeeUpdateType | Literal["event_fee_update"] | Unset = UNSET
    sid: int | Unset = UNSET
    seq: int | Unset = UNSET
    msg: EventFeeUpdateMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = EventFeeUpdateType.of(self.type_).value

        sid = self.sid

        seq = self.seq

        msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msg, Unset):
            msg = self.msg.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sid is not UNSET:
            field_dict["sid"] = sid
        if seq is not UNSET:
            field_dict["seq"] = seq
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_fee_update_msg import EventFeeUpdateMsg  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: EventFeeUpdateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventFeeUpdateType._value2member_map_.get(
                _raw := _type_
            ) or EventFeeUpdateType(_raw)

        sid = d.pop("sid", UNSET)
        if not isinstance(sid, int | Unset | None) or isinstance(sid, bool):
            raise TypeError(
                f"EventFeeUpdate.sid: expected int, got {type(sid).__name__}"
            )

        seq = d.pop("seq", UNSET)
        if not isinstance(seq, int | Unset | None) or isinstance(seq, bool):
            raise TypeError(
                f"EventFeeUpdate.seq: expected int, got {type(seq).__name__}"
            )

        _msg = d.pop("msg", UNSET)
        msg: EventFeeUpdateMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = EventFeeUpdateMsg.from_dict(_msg)

        event_fee_update = cls(
            type_=type_,
            sid=sid,
            seq=seq,
            msg=msg,
        )

        event_fee_update.additional_properties = d
        return event_fee_update

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("sid", self.sid),
            ("seq", self.seq),
            ("msg", self.msg),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"EventFeeUpdate({shown})"

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
