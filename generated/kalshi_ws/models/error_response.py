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
from ..models.error_response_type import ErrorResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_msg import ErrorResponseMsg


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        type_ (ErrorResponseType | Unset):
        id (int | Unset):
        sid (int | Unset):
        seq (int | Unset):
        msg (ErrorResponseMsg | Unset):
    """

    type_: ErrorResponseType | Literal["error"] | Unset = UNSET
    id: int | Unset = UNSET
    sid: int | Unset = UNSET
    seq: int | Unset = UNSET
    msg: ErrorResponseMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = ErrorResponseType.of(self.type_).value

        id = self.id

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
        if id is not UNSET:
            field_dict["id"] = id
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
            error_response = cls.__new__(cls)
            error_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return error_response
        d = dict(src_dict)
        from ..models.error_response_msg import ErrorResponseMsg  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _type_ = d.get("type", UNSET)
        type_: ErrorResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ErrorResponseType._value2member_map_.get(
                _raw := _type_
            ) or ErrorResponseType(_raw)

        id = d.get("id", UNSET)
        if not isinstance(id, (int, Unset, NoneType)) or isinstance(id, bool):
            raise TypeError(f"ErrorResponse.id: expected int, got {type(id).__name__}")

        sid = d.get("sid", UNSET)
        if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
            raise TypeError(
                f"ErrorResponse.sid: expected int, got {type(sid).__name__}"
            )

        seq = d.get("seq", UNSET)
        if not isinstance(seq, (int, Unset, NoneType)) or isinstance(seq, bool):
            raise TypeError(
                f"ErrorResponse.seq: expected int, got {type(seq).__name__}"
            )

        _msg = d.get("msg", UNSET)
        msg: ErrorResponseMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = ErrorResponseMsg.from_dict(lazy=lazily, src_dict=_msg)

        error_response = cls(
            type_=type_,
            id=id,
            sid=sid,
            seq=seq,
            msg=msg,
        )
        error_response.additional_properties = _load_additional_properties(d, False)
        return error_response

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
                raise MalformedField(f"ErrorResponse.{name}: {error!r}") from error
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
        return f"ErrorResponse({', '.join(shown)})"

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


def _load_type_(d: dict[str, Any], lazily: bool) -> ErrorResponseType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ErrorResponseType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = ErrorResponseType._value2member_map_.get(
            _raw := _type_
        ) or ErrorResponseType(_raw)

    return type_


def _load_id(d: dict[str, Any], lazily: bool) -> int | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (int, Unset, NoneType)) or isinstance(id, bool):
        raise TypeError(f"ErrorResponse.id: expected int, got {type(id).__name__}")

    return id


def _load_sid(d: dict[str, Any], lazily: bool) -> int | Unset:
    sid = d.get("sid", UNSET)
    if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
        raise TypeError(f"ErrorResponse.sid: expected int, got {type(sid).__name__}")

    return sid


def _load_seq(d: dict[str, Any], lazily: bool) -> int | Unset:
    seq = d.get("seq", UNSET)
    if not isinstance(seq, (int, Unset, NoneType)) or isinstance(seq, bool):
        raise TypeError(f"ErrorResponse.seq: expected int, got {type(seq).__name__}")

    return seq


def _load_msg(d: dict[str, Any], lazily: bool) -> ErrorResponseMsg | Unset:
    from ..models.error_response_msg import ErrorResponseMsg  # noqa: PLC0415

    _msg = d.get("msg", UNSET)
    msg: ErrorResponseMsg | Unset
    if isinstance(_msg, Unset):
        msg = UNSET
    else:
        msg = ErrorResponseMsg.from_dict(lazy=lazily, src_dict=_msg)

    return msg


_FIELDS = frozenset(
    {
        "type",
        "id",
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
    "id": _load_id,
    "sid": _load_sid,
    "seq": _load_seq,
    "msg": _load_msg,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "type_",
    "id",
    "sid",
    "seq",
    "msg",
    "additional_properties",
)
