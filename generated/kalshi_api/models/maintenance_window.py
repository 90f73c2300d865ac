from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaintenanceWindow")


@_attrs_define
class MaintenanceWindow:
    """
    Attributes:
        start_datetime (datetime.datetime | Unset):
        end_datetime (datetime.datetime | Unset):
    """

    start_datetime: datetime.datetime | Unset = UNSET
    end_datetime: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        start_datetime: str | Unset = UNSET
        if not isinstance(self.start_datetime, Unset):
            start_datetime = self.start_datetime.isoformat()

        end_datetime: str | Unset = UNSET
        if not isinstance(self.end_datetime, Unset):
            end_datetime = self.end_datetime.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_datetime is not UNSET:
            field_dict["start_datetime"] = start_datetime
        if end_datetime is not UNSET:
            field_dict["end_datetime"] = end_datetime

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
            maintenance_window = cls.__new__(cls)
            maintenance_window._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return maintenance_window
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _start_datetime = d.get("start_datetime", UNSET)
        start_datetime: datetime.datetime | Unset
        if isinstance(_start_datetime, Unset):
            start_datetime = UNSET
        else:
            start_datetime = datetime.datetime.fromisoformat(_start_datetime)

        _end_datetime = d.get("end_datetime", UNSET)
        end_datetime: datetime.datetime | Unset
        if isinstance(_end_datetime, Unset):
            end_datetime = UNSET
        else:
            end_datetime = datetime.datetime.fromisoformat(_end_datetime)

        maintenance_window = cls(
            start_datetime=start_datetime,
            end_datetime=end_datetime,
        )
        maintenance_window.additional_properties = _load_additional_properties(d, False)
        return maintenance_window

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
                raise MalformedField(f"MaintenanceWindow.{name}: {error!r}") from error
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
        return f"MaintenanceWindow({', '.join(shown)})"

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


def _load_start_datetime(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _start_datetime = d.get("start_datetime", UNSET)
    start_datetime: datetime.datetime | Unset
    if isinstance(_start_datetime, Unset):
        start_datetime = UNSET
    else:
        start_datetime = datetime.datetime.fromisoformat(_start_datetime)

    return start_datetime


def _load_end_datetime(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _end_datetime = d.get("end_datetime", UNSET)
    end_datetime: datetime.datetime | Unset
    if isinstance(_end_datetime, Unset):
        end_datetime = UNSET
    else:
        end_datetime = datetime.datetime.fromisoformat(_end_datetime)

    return end_datetime


_FIELDS = frozenset(
    {
        "start_datetime",
        "end_datetime",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "start_datetime": _load_start_datetime,
    "end_datetime": _load_end_datetime,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "start_datetime",
    "end_datetime",
    "additional_properties",
)
