from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


T = TypeVar("T", bound="LiveData")


@_attrs_define
class LiveData:
    """
    Attributes:
        type_ (str | Unset):
        details (LiveDataDetails | Unset):
        milestone_id (str | Unset):
    """

    type_: str | Unset = UNSET
    details: LiveDataDetails | Unset = UNSET
    milestone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        milestone_id = self.milestone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id

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
            live_data = cls.__new__(cls)
            live_data._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return live_data
        d = dict(src_dict)
        from ..models.live_data_details import LiveDataDetails  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        type_ = d.get("type", UNSET)
        if not isinstance(type_, (str, Unset, NoneType)):
            raise TypeError(f"LiveData.type_: expected str, got {type(type_).__name__}")

        _details = d.get("details", UNSET)
        details: LiveDataDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = LiveDataDetails.from_dict(lazy=lazily, src_dict=_details)

        milestone_id = d.get("milestone_id", UNSET)
        if not isinstance(milestone_id, (str, Unset, NoneType)):
            raise TypeError(
                f"LiveData.milestone_id: expected str, got {type(milestone_id).__name__}"
            )

        live_data = cls(
            type_=type_,
            details=details,
            milestone_id=milestone_id,
        )
        live_data.additional_properties = _load_additional_properties(d, False)
        return live_data

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
                raise MalformedField(f"LiveData.{name}: {error!r}") from error
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
        return f"LiveData({', '.join(shown)})"

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


def _load_type_(d: dict[str, Any], lazily: bool) -> str | Unset:
    type_ = d.get("type", UNSET)
    if not isinstance(type_, (str, Unset, NoneType)):
        raise TypeError(f"LiveData.type_: expected str, got {type(type_).__name__}")

    return type_


def _load_details(d: dict[str, Any], lazily: bool) -> LiveDataDetails | Unset:
    from ..models.live_data_details import LiveDataDetails  # noqa: PLC0415

    _details = d.get("details", UNSET)
    details: LiveDataDetails | Unset
    if isinstance(_details, Unset):
        details = UNSET
    else:
        details = LiveDataDetails.from_dict(lazy=lazily, src_dict=_details)

    return details


def _load_milestone_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    milestone_id = d.get("milestone_id", UNSET)
    if not isinstance(milestone_id, (str, Unset, NoneType)):
        raise TypeError(
            f"LiveData.milestone_id: expected str, got {type(milestone_id).__name__}"
        )

    return milestone_id


_FIELDS = frozenset(
    {
        "type",
        "details",
        "milestone_id",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "type_": _load_type_,
    "details": _load_details,
    "milestone_id": _load_milestone_id,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "type_",
    "details",
    "milestone_id",
    "additional_properties",
)
