from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExchangeIndexStatus")


@_attrs_define
class ExchangeIndexStatus:
    """
    Attributes:
        exchange_index (int | Unset):
        description (str | Unset):
        exchange_active (bool | Unset):
        trading_active (bool | Unset):
        intra_exchange_transfers_active (bool | Unset):
    """

    exchange_index: int | Unset = UNSET
    description: str | Unset = UNSET
    exchange_active: bool | Unset = UNSET
    trading_active: bool | Unset = UNSET
    intra_exchange_transfers_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_index = self.exchange_index

        description = self.description

        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if description is not UNSET:
            field_dict["description"] = description
        if exchange_active is not UNSET:
            field_dict["exchange_active"] = exchange_active
        if trading_active is not UNSET:
            field_dict["trading_active"] = trading_active
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"ExchangeIndexStatus.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        description = d.pop("description", UNSET)
        if not isinstance(description, str | Unset | None):
            raise TypeError(
                f"ExchangeIndexStatus.description: expected str, got {type(description).__name__}"
            )

        exchange_active = d.pop("exchange_active", UNSET)
        if not isinstance(exchange_active, bool | Unset | None):
            raise TypeError(
                f"ExchangeIndexStatus.exchange_active: expected bool, got {type(exchange_active).__name__}"
            )

        trading_active = d.pop("trading_active", UNSET)
        if not isinstance(trading_active, bool | Unset | None):
            raise TypeError(
                f"ExchangeIndexStatus.trading_active: expected bool, got {type(trading_active).__name__}"
            )

        intra_exchange_transfers_active = d.pop(
            "intra_exchange_transfers_active", UNSET
        )
        if not isinstance(intra_exchange_transfers_active, bool | Unset | None):
            raise TypeError(
                f"ExchangeIndexStatus.intra_exchange_transfers_active: expected bool, got {type(intra_exchange_transfers_active).__name__}"
            )

        exchange_index_status = cls(
            exchange_index=exchange_index,
            description=description,
            exchange_active=exchange_active,
            trading_active=trading_active,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
        )

        exchange_index_status.additional_properties = d
        return exchange_index_status

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("exchange_index", self.exchange_index),
            ("description", self.description),
            ("exchange_active", self.exchange_active),
            ("trading_active", self.trading_active),
            ("intra_exchange_transfers_active", self.intra_exchange_transfers_active),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ExchangeIndexStatus({shown})"

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
