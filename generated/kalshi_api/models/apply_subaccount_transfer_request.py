from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplySubaccountTransferRequest")


@_attrs_define
class ApplySubaccountTransferRequest:
    """
    Attributes:
        client_transfer_id (UUID):
        from_subaccount (int):
        to_subaccount (int):
        amount_cents (int): Unit: cents.
        exchange_index (int | Unset):
    """

    client_transfer_id: UUID
    from_subaccount: int
    to_subaccount: int
    amount_cents: int
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_transfer_id = str(self.client_transfer_id)

        from_subaccount = self.from_subaccount

        to_subaccount = self.to_subaccount

        amount_cents = self.amount_cents

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_transfer_id": client_transfer_id,
                "from_subaccount": from_subaccount,
                "to_subaccount": to_subaccount,
                "amount_cents": amount_cents,
            }
        )
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
        client_transfer_id = UUID(d.pop("client_transfer_id"))

        from_subaccount = d.pop("from_subaccount")
        if not isinstance(from_subaccount, int | None) or isinstance(
            from_subaccount, bool
        ):
            raise TypeError(
                f"ApplySubaccountTransferRequest.from_subaccount: expected int, got {type(from_subaccount).__name__}"
            )

        to_subaccount = d.pop("to_subaccount")
        if not isinstance(to_subaccount, int | None) or isinstance(to_subaccount, bool):
            raise TypeError(
                f"ApplySubaccountTransferRequest.to_subaccount: expected int, got {type(to_subaccount).__name__}"
            )

        amount_cents = d.pop("amount_cents")
        if not isinstance(amount_cents, int | None) or isinstance(amount_cents, bool):
            raise TypeError(
                f"ApplySubaccountTransferRequest.amount_cents: expected int, got {type(amount_cents).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"ApplySubaccountTransferRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        apply_subaccount_transfer_request = cls(
            client_transfer_id=client_transfer_id,
            from_subaccount=from_subaccount,
            to_subaccount=to_subaccount,
            amount_cents=amount_cents,
            exchange_index=exchange_index,
        )

        apply_subaccount_transfer_request.additional_properties = d
        return apply_subaccount_transfer_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("client_transfer_id", self.client_transfer_id),
            ("from_subaccount", self.from_subaccount),
            ("to_subaccount", self.to_subaccount),
            ("amount_cents", self.amount_cents),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ApplySubaccountTransferRequest({shown})"

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
            raise InvalidValue(
                f"ApplySubaccountTransferRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"ApplySubaccountTransferRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"ApplySubaccountTransferRequest.{name} is {value!r}, not a finite number"
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
