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

T = TypeVar("T", bound="CfbenchmarksAvgData")


@_attrs_define
class CfbenchmarksAvgData:
    """
    Attributes:
        value (str | Unset):
        window_size (int | Unset):
        window_start_ts_ms (int | Unset):
        window_end_ts_exclusive (int | Unset):
    """

    value: str | Unset = UNSET
    window_size: int | Unset = UNSET
    window_start_ts_ms: int | Unset = UNSET
    window_end_ts_exclusive: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        window_size = self.window_size

        window_start_ts_ms = self.window_start_ts_ms

        window_end_ts_exclusive = self.window_end_ts_exclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if window_size is not UNSET:
            field_dict["window_size"] = window_size
        if window_start_ts_ms is not UNSET:
            field_dict["window_start_ts_ms"] = window_start_ts_ms
        if window_end_ts_exclusive is not UNSET:
            field_dict["window_end_ts_exclusive"] = window_end_ts_exclusive

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
            cfbenchmarks_avg_data = cls.__new__(cls)
            cfbenchmarks_avg_data._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return cfbenchmarks_avg_data
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        value = d.get("value", UNSET)
        if not isinstance(value, (str, Unset, NoneType)):
            raise TypeError(
                f"CfbenchmarksAvgData.value: expected str, got {type(value).__name__}"
            )

        window_size = d.get("window_size", UNSET)
        if not isinstance(window_size, (int, Unset, NoneType)) or isinstance(
            window_size, bool
        ):
            raise TypeError(
                f"CfbenchmarksAvgData.window_size: expected int, got {type(window_size).__name__}"
            )

        window_start_ts_ms = d.get("window_start_ts_ms", UNSET)
        if not isinstance(window_start_ts_ms, (int, Unset, NoneType)) or isinstance(
            window_start_ts_ms, bool
        ):
            raise TypeError(
                f"CfbenchmarksAvgData.window_start_ts_ms: expected int, got {type(window_start_ts_ms).__name__}"
            )

        window_end_ts_exclusive = d.get("window_end_ts_exclusive", UNSET)
        if not isinstance(
            window_end_ts_exclusive, (int, Unset, NoneType)
        ) or isinstance(window_end_ts_exclusive, bool):
            raise TypeError(
                f"CfbenchmarksAvgData.window_end_ts_exclusive: expected int, got {type(window_end_ts_exclusive).__name__}"
            )

        cfbenchmarks_avg_data = cls(
            value=value,
            window_size=window_size,
            window_start_ts_ms=window_start_ts_ms,
            window_end_ts_exclusive=window_end_ts_exclusive,
        )
        cfbenchmarks_avg_data.additional_properties = _load_additional_properties(
            d, False
        )
        return cfbenchmarks_avg_data

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
                raise MalformedField(
                    f"CfbenchmarksAvgData.{name}: {error!r}"
                ) from error
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
        return f"CfbenchmarksAvgData({', '.join(shown)})"

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


def _load_value(d: dict[str, Any], lazily: bool) -> str | Unset:
    value = d.get("value", UNSET)
    if not isinstance(value, (str, Unset, NoneType)):
        raise TypeError(
            f"CfbenchmarksAvgData.value: expected str, got {type(value).__name__}"
        )

    return value


def _load_window_size(d: dict[str, Any], lazily: bool) -> int | Unset:
    window_size = d.get("window_size", UNSET)
    if not isinstance(window_size, (int, Unset, NoneType)) or isinstance(
        window_size, bool
    ):
        raise TypeError(
            f"CfbenchmarksAvgData.window_size: expected int, got {type(window_size).__name__}"
        )

    return window_size


def _load_window_start_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    window_start_ts_ms = d.get("window_start_ts_ms", UNSET)
    if not isinstance(window_start_ts_ms, (int, Unset, NoneType)) or isinstance(
        window_start_ts_ms, bool
    ):
        raise TypeError(
            f"CfbenchmarksAvgData.window_start_ts_ms: expected int, got {type(window_start_ts_ms).__name__}"
        )

    return window_start_ts_ms


def _load_window_end_ts_exclusive(d: dict[str, Any], lazily: bool) -> int | Unset:
    window_end_ts_exclusive = d.get("window_end_ts_exclusive", UNSET)
    if not isinstance(window_end_ts_exclusive, (int, Unset, NoneType)) or isinstance(
        window_end_ts_exclusive, bool
    ):
        raise TypeError(
            f"CfbenchmarksAvgData.window_end_ts_exclusive: expected int, got {type(window_end_ts_exclusive).__name__}"
        )

    return window_end_ts_exclusive


_FIELDS = frozenset(
    {
        "value",
        "window_size",
        "window_start_ts_ms",
        "window_end_ts_exclusive",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "value": _load_value,
    "window_size": _load_window_size,
    "window_start_ts_ms": _load_window_start_ts_ms,
    "window_end_ts_exclusive": _load_window_end_ts_exclusive,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "value",
    "window_size",
    "window_start_ts_ms",
    "window_end_ts_exclusive",
    "additional_properties",
)
