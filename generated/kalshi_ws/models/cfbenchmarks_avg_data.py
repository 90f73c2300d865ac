from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not isinstance(value, str | Unset | None):
            raise TypeError(
                f"CfbenchmarksAvgData.value: expected str, got {type(value).__name__}"
            )

        window_size = d.pop("window_size", UNSET)
        if not isinstance(window_size, int | Unset | None) or isinstance(
            window_size, bool
        ):
            raise TypeError(
                f"CfbenchmarksAvgData.window_size: expected int, got {type(window_size).__name__}"
            )

        window_start_ts_ms = d.pop("window_start_ts_ms", UNSET)
        if not isinstance(window_start_ts_ms, int | Unset | None) or isinstance(
            window_start_ts_ms, bool
        ):
            raise TypeError(
                f"CfbenchmarksAvgData.window_start_ts_ms: expected int, got {type(window_start_ts_ms).__name__}"
            )

        window_end_ts_exclusive = d.pop("window_end_ts_exclusive", UNSET)
        if not isinstance(window_end_ts_exclusive, int | Unset | None) or isinstance(
            window_end_ts_exclusive, bool
        ):
            raise TypeError(
                f"CfbenchmarksAvgData.window_end_ts_exclusive: expected int, got {type(window_end_ts_exclusive).__name__}"
            )

        cfbenchmarks_avg_data = cls(
            value=value,
            window_size=window_size,
            window_start_ts_ms=window_start_ts_ms,
            window_end_ts_exclusive=window_end_ts_exclusive,
        )

        cfbenchmarks_avg_data.additional_properties = d
        return cfbenchmarks_avg_data

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("value", self.value),
            ("window_size", self.window_size),
            ("window_start_ts_ms", self.window_start_ts_ms),
            ("window_end_ts_exclusive", self.window_end_ts_exclusive),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CfbenchmarksAvgData({shown})"

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
