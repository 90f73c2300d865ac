from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.announcement_status import AnnouncementStatus
from ..models.announcement_type import AnnouncementType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Announcement")


@_attrs_define
class Announcement:
    """
    Attributes:
        type_ (AnnouncementType | Unset):
        message (str | Unset):
        delivery_time (datetime.datetime | Unset):
        status (AnnouncementStatus | Unset):
    """

    type_: AnnouncementType | Literal["info", "warning", "error"] | Unset = UNSET
    message: str | Unset = UNSET
    delivery_time: datetime.datetime | Unset = UNSET
    status: AnnouncementStatus | Literal["active", "inactive"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = AnnouncementType.of(self.type_).value

        message = self.message

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = AnnouncementStatus.of(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if delivery_time is not UNSET:
            field_dict["delivery_time"] = delivery_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            announcement = cls.__new__(cls)
            announcement._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return announcement
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _type_ = d.get("type", UNSET)
        type_: AnnouncementType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AnnouncementType._value2member_map_.get(
                _raw := _type_
            ) or AnnouncementType(_raw)

        message = d.get("message", UNSET)
        if not isinstance(message, (str, Unset, NoneType)):
            raise TypeError(
                f"Announcement.message: expected str, got {type(message).__name__}"
            )

        _delivery_time = d.get("delivery_time", UNSET)
        delivery_time: datetime.datetime | Unset
        if isinstance(_delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = datetime.datetime.fromisoformat(_delivery_time)

        _status = d.get("status", UNSET)
        status: AnnouncementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AnnouncementStatus._value2member_map_.get(
                _raw := _status
            ) or AnnouncementStatus(_raw)

        announcement = cls(
            type_=type_,
            message=message,
            delivery_time=delivery_time,
            status=status,
        )
        announcement.additional_properties = _load_additional_properties(d, False)
        return announcement

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(f"Announcement.{name}: {error!r}") from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"Announcement({', '.join(shown)})"

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


def _load_type_(d: dict[str, Any], lazily: bool) -> AnnouncementType | Unset:
    _type_ = d.get("type", UNSET)
    type_: AnnouncementType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = AnnouncementType._value2member_map_.get(
            _raw := _type_
        ) or AnnouncementType(_raw)

    return type_


def _load_message(d: dict[str, Any], lazily: bool) -> str | Unset:
    message = d.get("message", UNSET)
    if not isinstance(message, (str, Unset, NoneType)):
        raise TypeError(
            f"Announcement.message: expected str, got {type(message).__name__}"
        )

    return message


def _load_delivery_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _delivery_time = d.get("delivery_time", UNSET)
    delivery_time: datetime.datetime | Unset
    if isinstance(_delivery_time, Unset):
        delivery_time = UNSET
    else:
        delivery_time = datetime.datetime.fromisoformat(_delivery_time)

    return delivery_time


def _load_status(d: dict[str, Any], lazily: bool) -> AnnouncementStatus | Unset:
    _status = d.get("status", UNSET)
    status: AnnouncementStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = AnnouncementStatus._value2member_map_.get(
            _raw := _status
        ) or AnnouncementStatus(_raw)

    return status


_FIELDS = frozenset(
    {
        "type",
        "message",
        "delivery_time",
        "status",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "type_": _load_type_,
    "message": _load_message,
    "delivery_time": _load_delivery_time,
    "status": _load_status,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "type_",
    "message",
    "delivery_time",
    "status",
    "additional_properties",
)
