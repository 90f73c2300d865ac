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

from ..models.fill_type import FillType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fill_msg import FillMsg


T = TypeVar("T", bound="Fill")


@_attrs_define
class Fill:
    """
    Attributes:
        type_ (FillType | Unset):
        sid (int | Unset):
        msg (FillMsg | Unset):
    """

    type_: FillType | Literal["fill"] | Unset = UNSET
    sid: int | Unset = UNSET
    msg: FillMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = FillType.of(self.type_).value

        sid = self.sid

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
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fill_msg import FillMsg  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: FillType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FillType._value2member_map_.get(_raw := _type_) or FillType(_raw)

        sid = d.pop("sid", UNSET)
        if not isinstance(sid, int | Unset | None) or isinstance(sid, bool):
            raise TypeError(f"Fill.sid: expected int, got {type(sid).__name__}")

        _msg = d.pop("msg", UNSET)
        msg: FillMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = FillMsg.from_dict(_msg)

        fill = cls(
            type_=type_,
            sid=sid,
            msg=msg,
        )

        fill.additional_properties = d
        return fill

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("sid", self.sid),
            ("msg", self.msg),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Fill({shown})"

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
