from __future__ import annotations

import datetime
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
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


T = TypeVar("T", bound="StructuredTarget")


@_attrs_define
class StructuredTarget:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (str | Unset):
        details (StructuredTargetDetails | Unset):
        source_id (str | Unset):
        source_ids (StructuredTargetSourceIds | Unset):
        last_updated_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    details: StructuredTargetDetails | Unset = UNSET
    source_id: str | Unset = UNSET
    source_ids: StructuredTargetSourceIds | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

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
            structured_target = cls.__new__(cls)
            structured_target._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return structured_target
        d = dict(src_dict)
        from ..models.structured_target_details import StructuredTargetDetails  # noqa: PLC0415
        from ..models.structured_target_source_ids import StructuredTargetSourceIds  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(
                f"StructuredTarget.id: expected str, got {type(id).__name__}"
            )

        name = d.get("name", UNSET)
        if not isinstance(name, (str, Unset, NoneType)):
            raise TypeError(
                f"StructuredTarget.name: expected str, got {type(name).__name__}"
            )

        type_ = d.get("type", UNSET)
        if not isinstance(type_, (str, Unset, NoneType)):
            raise TypeError(
                f"StructuredTarget.type_: expected str, got {type(type_).__name__}"
            )

        _details = d.get("details", UNSET)
        details: StructuredTargetDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StructuredTargetDetails.from_dict(lazy=lazily, src_dict=_details)

        source_id = d.get("source_id", UNSET)
        if not isinstance(source_id, (str, Unset, NoneType)):
            raise TypeError(
                f"StructuredTarget.source_id: expected str, got {type(source_id).__name__}"
            )

        _source_ids = d.get("source_ids", UNSET)
        source_ids: StructuredTargetSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = StructuredTargetSourceIds.from_dict(
                lazy=lazily, src_dict=_source_ids
            )

        _last_updated_ts = d.get("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        structured_target = cls(
            id=id,
            name=name,
            type_=type_,
            details=details,
            source_id=source_id,
            source_ids=source_ids,
            last_updated_ts=last_updated_ts,
        )
        structured_target.additional_properties = _load_additional_properties(d, False)
        return structured_target

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
                raise MalformedField(f"StructuredTarget.{name}: {error!r}") from error
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
        return f"StructuredTarget({', '.join(shown)})"

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


def _load_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (str, Unset, NoneType)):
        raise TypeError(f"StructuredTarget.id: expected str, got {type(id).__name__}")

    return id


def _load_name(d: dict[str, Any], lazily: bool) -> str | Unset:
    name = d.get("name", UNSET)
    if not isinstance(name, (str, Unset, NoneType)):
        raise TypeError(
            f"StructuredTarget.name: expected str, got {type(name).__name__}"
        )

    return name


def _load_type_(d: dict[str, Any], lazily: bool) -> str | Unset:
    type_ = d.get("type", UNSET)
    if not isinstance(type_, (str, Unset, NoneType)):
        raise TypeError(
            f"StructuredTarget.type_: expected str, got {type(type_).__name__}"
        )

    return type_


def _load_details(d: dict[str, Any], lazily: bool) -> StructuredTargetDetails | Unset:
    from ..models.structured_target_details import StructuredTargetDetails  # noqa: PLC0415

    _details = d.get("details", UNSET)
    details: StructuredTargetDetails | Unset
    if isinstance(_details, Unset):
        details = UNSET
    else:
        details = StructuredTargetDetails.from_dict(lazy=lazily, src_dict=_details)

    return details


def _load_source_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    source_id = d.get("source_id", UNSET)
    if not isinstance(source_id, (str, Unset, NoneType)):
        raise TypeError(
            f"StructuredTarget.source_id: expected str, got {type(source_id).__name__}"
        )

    return source_id


def _load_source_ids(
    d: dict[str, Any], lazily: bool
) -> StructuredTargetSourceIds | Unset:
    from ..models.structured_target_source_ids import StructuredTargetSourceIds  # noqa: PLC0415

    _source_ids = d.get("source_ids", UNSET)
    source_ids: StructuredTargetSourceIds | Unset
    if isinstance(_source_ids, Unset):
        source_ids = UNSET
    else:
        source_ids = StructuredTargetSourceIds.from_dict(
            lazy=lazily, src_dict=_source_ids
        )

    return source_ids


def _load_last_updated_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _last_updated_ts = d.get("last_updated_ts", UNSET)
    last_updated_ts: datetime.datetime | Unset
    if isinstance(_last_updated_ts, Unset):
        last_updated_ts = UNSET
    else:
        last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

    return last_updated_ts


_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
        "details",
        "source_id",
        "source_ids",
        "last_updated_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "name": _load_name,
    "type_": _load_type_,
    "details": _load_details,
    "source_id": _load_source_id,
    "source_ids": _load_source_ids,
    "last_updated_ts": _load_last_updated_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "name",
    "type_",
    "details",
    "source_id",
    "source_ids",
    "last_updated_ts",
    "additional_properties",
)
