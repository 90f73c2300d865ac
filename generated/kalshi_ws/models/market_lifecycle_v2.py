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
from ..models.market_lifecycle_v2_type import MarketLifecycleV2Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_lifecycle_v2_msg import MarketLifecycleV2Msg


T = TypeVar("T", bound="MarketLifecycleV2")


@_attrs_define
class MarketLifecycleV2:
    """
    Attributes:
        type_ (MarketLifecycleV2Type | Unset):
        sid (int | Unset):
        seq (int | Unset):
        msg (MarketLifecycleV2Msg | Unset):
    """

    type_: MarketLifecycleV2Type | Literal["market_lifecycle_v2"] | Unset = UNSET
    sid: int | Unset = UNSET
    seq: int | Unset = UNSET
    msg: MarketLifecycleV2Msg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = MarketLifecycleV2Type.of(self.type_).value

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            market_lifecycle_v2 = cls.__new__(cls)
            market_lifecycle_v2._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_lifecycle_v2
        d = dict(src_dict)
        from ..models.market_lifecycle_v2_msg import MarketLifecycleV2Msg  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _type_ = d.get("type", UNSET)
        type_: MarketLifecycleV2Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MarketLifecycleV2Type._value2member_map_.get(
                _raw := _type_
            ) or MarketLifecycleV2Type(_raw)

        sid = d.get("sid", UNSET)
        if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
            raise TypeError(
                f"MarketLifecycleV2.sid: expected int, got {type(sid).__name__}"
            )

        seq = d.get("seq", UNSET)
        if not isinstance(seq, (int, Unset, NoneType)) or isinstance(seq, bool):
            raise TypeError(
                f"MarketLifecycleV2.seq: expected int, got {type(seq).__name__}"
            )

        _msg = d.get("msg", UNSET)
        msg: MarketLifecycleV2Msg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = MarketLifecycleV2Msg.from_dict(lazy=lazily, src_dict=_msg)

        market_lifecycle_v2 = cls(
            type_=type_,
            sid=sid,
            seq=seq,
            msg=msg,
        )
        market_lifecycle_v2.additional_properties = _load_additional_properties(
            d, False
        )
        return market_lifecycle_v2

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
                raise MalformedField(f"MarketLifecycleV2.{name}: {error!r}") from error
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
        return f"MarketLifecycleV2({', '.join(shown)})"

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


def _load_type_(d: dict[str, Any], lazily: bool) -> MarketLifecycleV2Type | Unset:
    _type_ = d.get("type", UNSET)
    type_: MarketLifecycleV2Type | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = MarketLifecycleV2Type._value2member_map_.get(
            _raw := _type_
        ) or MarketLifecycleV2Type(_raw)

    return type_


def _load_sid(d: dict[str, Any], lazily: bool) -> int | Unset:
    sid = d.get("sid", UNSET)
    if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
        raise TypeError(
            f"MarketLifecycleV2.sid: expected int, got {type(sid).__name__}"
        )

    return sid


def _load_seq(d: dict[str, Any], lazily: bool) -> int | Unset:
    seq = d.get("seq", UNSET)
    if not isinstance(seq, (int, Unset, NoneType)) or isinstance(seq, bool):
        raise TypeError(
            f"MarketLifecycleV2.seq: expected int, got {type(seq).__name__}"
        )

    return seq


def _load_msg(d: dict[str, Any], lazily: bool) -> MarketLifecycleV2Msg | Unset:
    from ..models.market_lifecycle_v2_msg import MarketLifecycleV2Msg  # noqa: PLC0415

    _msg = d.get("msg", UNSET)
    msg: MarketLifecycleV2Msg | Unset
    if isinstance(_msg, Unset):
        msg = UNSET
    else:
        msg = MarketLifecycleV2Msg.from_dict(lazy=lazily, src_dict=_msg)

    return msg


_FIELDS = frozenset(
    {
        "type",
        "sid",
        "seq",
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
    "seq": _load_seq,
    "msg": _load_msg,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "type_",
    "sid",
    "seq",
    "msg",
    "additional_properties",
)
