from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CfbenchmarksValue5HzMsg")


@_attrs_define
class CfbenchmarksValue5HzMsg:
    """
    Attributes:
        index_id (str | Unset):
        value_usd (str | Unset):
        source_ts_ms (int | Unset):
        received_at (int | Unset):
        data (str | Unset):
    """

    index_id: str | Unset = UNSET
    value_usd: str | Unset = UNSET
    source_ts_ms: int | Unset = UNSET
    received_at: int | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        value_usd = self.value_usd

        source_ts_ms = self.source_ts_ms

        received_at = self.received_at

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd
        if source_ts_ms is not UNSET:
            field_dict["source_ts_ms"] = source_ts_ms
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index_id = d.pop("index_id", UNSET)
        if not isinstance(index_id, str | Unset | None):
            raise TypeError(
                f"CfbenchmarksValue5HzMsg.index_id: expected str, got {type(index_id).__name__}"
            )

        value_usd = d.pop("value_usd", UNSET)
        if not isinstance(value_usd, str | Unset | None):
            raise TypeError(
                f"CfbenchmarksValue5HzMsg.value_usd: expected str, got {type(value_usd).__name__}"
            )

        source_ts_ms = d.pop("source_ts_ms", UNSET)
        if not isinstance(source_ts_ms, int | Unset | None) or isinstance(
            source_ts_ms, bool
        ):
            raise TypeError(
                f"CfbenchmarksValue5HzMsg.source_ts_ms: expected int, got {type(source_ts_ms).__name__}"
            )

        received_at = d.pop("received_at", UNSET)
        if not isinstance(received_at, int | Unset | None) or isinstance(
            received_at, bool
        ):
            raise TypeError(
                f"CfbenchmarksValue5HzMsg.received_at: expected int, got {type(received_at).__name__}"
            )

        data = d.pop("data", UNSET)
        if not isinstance(data, str | Unset | None):
            raise TypeError(
                f"CfbenchmarksValue5HzMsg.data: expected str, got {type(data).__name__}"
            )

        cfbenchmarks_value_5_hz_msg = cls(
            index_id=index_id,
            value_usd=value_usd,
            source_ts_ms=source_ts_ms,
            received_at=received_at,
            data=data,
        )

        cfbenchmarks_value_5_hz_msg.additional_properties = d
        return cfbenchmarks_value_5_hz_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("index_id", self.index_id),
            ("value_usd", self.value_usd),
            ("source_ts_ms", self.source_ts_ms),
            ("received_at", self.received_at),
            ("data", self.data),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CfbenchmarksValue5HzMsg({shown})"

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
