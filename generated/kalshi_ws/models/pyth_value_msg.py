from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PythValueMsg")


@_attrs_define
class PythValueMsg:
    """
    Attributes:
        underlying_ticker (str | Unset):
        value_usd (str | Unset):
        source_ts_ms (int | Unset):
        received_at (int | Unset):
    """

    underlying_ticker: str | Unset = UNSET
    value_usd: str | Unset = UNSET
    source_ts_ms: int | Unset = UNSET
    received_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_ticker = self.underlying_ticker

        value_usd = self.value_usd

        source_ts_ms = self.source_ts_ms

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if underlying_ticker is not UNSET:
            field_dict["underlying_ticker"] = underlying_ticker
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd
        if source_ts_ms is not UNSET:
            field_dict["source_ts_ms"] = source_ts_ms
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        underlying_ticker = d.pop("underlying_ticker", UNSET)
        if not isinstance(underlying_ticker, str | Unset | None):
            raise TypeError(
                f"PythValueMsg.underlying_ticker: expected str, got {type(underlying_ticker).__name__}"
            )

        value_usd = d.pop("value_usd", UNSET)
        if not isinstance(value_usd, str | Unset | None):
            raise TypeError(
                f"PythValueMsg.value_usd: expected str, got {type(value_usd).__name__}"
            )

        source_ts_ms = d.pop("source_ts_ms", UNSET)
        if not isinstance(source_ts_ms, int | Unset | None) or isinstance(
            source_ts_ms, bool
        ):
            raise TypeError(
                f"PythValueMsg.source_ts_ms: expected int, got {type(source_ts_ms).__name__}"
            )

        received_at = d.pop("received_at", UNSET)
        if not isinstance(received_at, int | Unset | None) or isinstance(
            received_at, bool
        ):
            raise TypeError(
                f"PythValueMsg.received_at: expected int, got {type(received_at).__name__}"
            )

        pyth_value_msg = cls(
            underlying_ticker=underlying_ticker,
            value_usd=value_usd,
            source_ts_ms=source_ts_ms,
            received_at=received_at,
        )

        pyth_value_msg.additional_properties = d
        return pyth_value_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("underlying_ticker", self.underlying_ticker),
            ("value_usd", self.value_usd),
            ("source_ts_ms", self.source_ts_ms),
            ("received_at", self.received_at),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PythValueMsg({shown})"

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
