from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define
class ApiUsageLevelGrant:
    """
    Attributes:
        exchange_instance (ExchangeInstance | Unset):
        level (str | Unset):
        expires_ts (int | None | Unset):
        source (str | Unset):
    """

    exchange_instance: (
        ExchangeInstance | Literal["event_contract", "margined"] | Unset
    ) = UNSET
    level: str | Unset = UNSET
    expires_ts: int | None | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_instance: str | Unset = UNSET
        if not isinstance(self.exchange_instance, Unset):
            exchange_instance = ExchangeInstance.of(self.exchange_instance).value

        level = self.level

        expires_ts: int | None | Unset
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_instance is not UNSET:
            field_dict["exchange_instance"] = exchange_instance
        if level is not UNSET:
            field_dict["level"] = level
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _exchange_instance = d.pop("exchange_instance", UNSET)
        exchange_instance: ExchangeInstance | Unset
        if isinstance(_exchange_instance, Unset):
            exchange_instance = UNSET
        else:
            exchange_instance = ExchangeInstance._value2member_map_.get(
                _raw := _exchange_instance
            ) or ExchangeInstance(_raw)

        level = d.pop("level", UNSET)
        if not isinstance(level, str | Unset | None):
            raise TypeError(
                f"ApiUsageLevelGrant.level: expected str, got {type(level).__name__}"
            )

        _expires_ts_data = d.pop("expires_ts", UNSET)
        expires_ts: int | None | Unset
        if _expires_ts_data is None or isinstance(_expires_ts_data, Unset):
            expires_ts = _expires_ts_data
        elif not isinstance(_expires_ts_data, int) or isinstance(
            _expires_ts_data, bool
        ):
            raise TypeError(
                f"expires_ts: expected int, got {type(_expires_ts_data).__name__}"
            )
        else:
            expires_ts = cast(int | None | Unset, _expires_ts_data)

        source = d.pop("source", UNSET)
        if not isinstance(source, str | Unset | None):
            raise TypeError(
                f"ApiUsageLevelGrant.source: expected str, got {type(source).__name__}"
            )

        api_usage_level_grant = cls(
            exchange_instance=exchange_instance,
            level=level,
            expires_ts=expires_ts,
            source=source,
        )

        api_usage_level_grant.additional_properties = d
        return api_usage_level_grant

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("exchange_instance", self.exchange_instance),
            ("level", self.level),
            ("expires_ts", self.expires_ts),
            ("source", self.source),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ApiUsageLevelGrant({shown})"

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
