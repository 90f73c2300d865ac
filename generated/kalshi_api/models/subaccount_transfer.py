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

T = TypeVar("T", bound="SubaccountTransfer")


@_attrs_define
class SubaccountTransfer:
    """
    Attributes:
        transfer_id (str | Unset):
        from_subaccount (int | Unset):
        to_subaccount (int | Unset):
        amount_cents (int | Unset): Unit: cents.
        created_ts (int | Unset):
        exchange_index (int | Unset):
    """

    transfer_id: str | Unset = UNSET
    from_subaccount: int | Unset = UNSET
    to_subaccount: int | Unset = UNSET
    amount_cents: int | Unset = UNSET
    created_ts: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        from_subaccount = self.from_subaccount

        to_subaccount = self.to_subaccount

        amount_cents = self.amount_cents

        created_ts = self.created_ts

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transfer_id"] = transfer_id
        if from_subaccount is not UNSET:
            field_dict["from_subaccount"] = from_subaccount
        if to_subaccount is not UNSET:
            field_dict["to_subaccount"] = to_subaccount
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
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
        transfer_id = d.pop("transfer_id", UNSET)
        if not isinstance(transfer_id, str | Unset | None):
            raise TypeError(
                f"SubaccountTransfer.transfer_id: expected str, got {type(transfer_id).__name__}"
            )

        from_subaccount = d.pop("from_subaccount", UNSET)
        if not isinstance(from_subaccount, int | Unset | None) or isinstance(
            from_subaccount, bool
        ):
            raise TypeError(
                f"SubaccountTransfer.from_subaccount: expected int, got {type(from_subaccount).__name__}"
            )

        to_subaccount = d.pop("to_subaccount", UNSET)
        if not isinstance(to_subaccount, int | Unset | None) or isinstance(
            to_subaccount, bool
        ):
            raise TypeError(
                f"SubaccountTransfer.to_subaccount: expected int, got {type(to_subaccount).__name__}"
            )

        amount_cents = d.pop("amount_cents", UNSET)
        if not isinstance(amount_cents, int | Unset | None) or isinstance(
            amount_cents, bool
        ):
            raise TypeError(
                f"SubaccountTransfer.amount_cents: expected int, got {type(amount_cents).__name__}"
            )

        created_ts = d.pop("created_ts", UNSET)
        if not isinstance(created_ts, int | Unset | None) or isinstance(
            created_ts, bool
        ):
            raise TypeError(
                f"SubaccountTransfer.created_ts: expected int, got {type(created_ts).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"SubaccountTransfer.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        subaccount_transfer = cls(
            transfer_id=transfer_id,
            from_subaccount=from_subaccount,
            to_subaccount=to_subaccount,
            amount_cents=amount_cents,
            created_ts=created_ts,
            exchange_index=exchange_index,
        )

        subaccount_transfer.additional_properties = d
        return subaccount_transfer

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("transfer_id", self.transfer_id),
            ("from_subaccount", self.from_subaccount),
            ("to_subaccount", self.to_subaccount),
            ("amount_cents", self.amount_cents),
            ("created_ts", self.created_ts),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubaccountTransfer({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "amount_cents": 100,
    }

    def decimal(self, name: Literal["amount_cents"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"SubaccountTransfer.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"SubaccountTransfer.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"SubaccountTransfer.{name} is {value!r}, not a finite number"
            )
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
