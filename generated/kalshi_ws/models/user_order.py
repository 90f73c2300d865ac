from __future__ import annotations

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
from ..models.user_order_type import UserOrderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_order_msg import UserOrderMsg


T = TypeVar("T", bound="UserOrder")


@_attrs_define
class UserOrder:
    """
    Attributes:
        type_ (UserOrderType | Unset):
        sid (int | Unset):
        msg (UserOrderMsg | Unset):
    """

    type_: UserOrderType | Literal["user_order"] | Unset = UNSET
    sid: int | Unset = UNSET
    msg: UserOrderMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = UserOrderType.of(self.type_).value

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            user_order = cls.__new__(cls)
            user_order._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return user_order
        d = dict(src_dict)
        from ..models.user_order_msg import UserOrderMsg  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _type_ = d.get("type", UNSET)
        type_: UserOrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UserOrderType._value2member_map_.get(
                _raw := _type_
            ) or UserOrderType(_raw)

        sid = d.get("sid", UNSET)
        if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
            raise TypeError(f"UserOrder.sid: expected int, got {type(sid).__name__}")

        _msg = d.get("msg", UNSET)
        msg: UserOrderMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = UserOrderMsg.from_dict(lazy=lazily, src_dict=_msg)

        user_order = cls(
            type_=type_,
            sid=sid,
            msg=msg,
        )
        user_order.additional_properties = _load_additional_properties(d, False)
        return user_order

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
                raise MalformedField(f"UserOrder.{name}: {error!r}") from error
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
        return f"UserOrder({', '.join(shown)})"

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


def _load_type_(d: dict[str, Any], lazily: bool) -> UserOrderType | Unset:
    _type_ = d.get("type", UNSET)
    type_: UserOrderType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = UserOrderType._value2member_map_.get(_raw := _type_) or UserOrderType(
            _raw
        )

    return type_


def _load_sid(d: dict[str, Any], lazily: bool) -> int | Unset:
    sid = d.get("sid", UNSET)
    if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
        raise TypeError(f"UserOrder.sid: expected int, got {type(sid).__name__}")

    return sid


def _load_msg(d: dict[str, Any], lazily: bool) -> UserOrderMsg | Unset:
    from ..models.user_order_msg import UserOrderMsg  # noqa: PLC0415

    _msg = d.get("msg", UNSET)
    msg: UserOrderMsg | Unset
    if isinstance(_msg, Unset):
        msg = UNSET
    else:
        msg = UserOrderMsg.from_dict(lazy=lazily, src_dict=_msg)

    return msg


_FIELDS = frozenset(
    {
        "type",
        "sid",
        "msg",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "type_": _load_type_,
    "sid": _load_sid,
    "msg": _load_msg,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "type_",
    "sid",
    "msg",
    "additional_properties",
)
