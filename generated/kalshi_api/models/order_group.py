from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderGroup")


@_attrs_define
class OrderGroup:
    """
    Attributes:
        id (str | Unset):
        contracts_limit_fp (str | Unset):
        is_auto_cancel_enabled (bool | Unset):
        exchange_index (int | Unset):
    """

    id: str | Unset = UNSET
    contracts_limit_fp: str | Unset = UNSET
    is_auto_cancel_enabled: bool | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contracts_limit_fp = self.contracts_limit_fp

        is_auto_cancel_enabled = self.is_auto_cancel_enabled

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if is_auto_cancel_enabled is not UNSET:
            field_dict["is_auto_cancel_enabled"] = is_auto_cancel_enabled
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str | Unset | None):
            raise TypeError(f"OrderGroup.id: expected str, got {type(id).__name__}")

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)
        if not isinstance(contracts_limit_fp, str | Unset | None):
            raise TypeError(
                f"OrderGroup.contracts_limit_fp: expected str, got {type(contracts_limit_fp).__name__}"
            )

        is_auto_cancel_enabled = d.pop("is_auto_cancel_enabled", UNSET)
        if not isinstance(is_auto_cancel_enabled, bool | Unset | None):
            raise TypeError(
                f"OrderGroup.is_auto_cancel_enabled: expected bool, got {type(is_auto_cancel_enabled).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"OrderGroup.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        order_group = cls(
            id=id,
            contracts_limit_fp=contracts_limit_fp,
            is_auto_cancel_enabled=is_auto_cancel_enabled,
            exchange_index=exchange_index,
        )

        order_group.additional_properties = d
        return order_group

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("contracts_limit_fp", self.contracts_limit_fp),
            ("is_auto_cancel_enabled", self.is_auto_cancel_enabled),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OrderGroup({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_limit_fp": 1,
    }

    def decimal(self, name: Literal["contracts_limit_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"OrderGroup.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"OrderGroup.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(f"OrderGroup.{name} is {value!r}, not a finite number")
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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
