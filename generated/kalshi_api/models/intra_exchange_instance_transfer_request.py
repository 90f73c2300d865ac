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
from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


@_attrs_define
class IntraExchangeInstanceTransferRequest:
    """
    Attributes:
        source (ExchangeInstance):
        destination (ExchangeInstance):
        amount (int): Unit: centi-cents.
        source_exchange_shard (int | Unset):  Default: 0.
        destination_exchange_shard (int | Unset):  Default: 0.
        source_subaccount (int | Unset):  Default: 0.
        destination_subaccount (int | Unset):  Default: 0.
    """

    source: ExchangeInstance | Literal["event_contract", "margined"]
    destination: ExchangeInstance | Literal["event_contract", "margined"]
    amount: int
    source_exchange_shard: int | Unset = 0
    destination_exchange_shard: int | Unset = 0
    source_subaccount: int | Unset = 0
    destination_subaccount: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = ExchangeInstance.of(self.source).value

        destination = ExchangeInstance.of(self.destination).value

        amount = self.amount

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        source_subaccount = self.source_subaccount

        destination_subaccount = self.destination_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
                "amount": amount,
            }
        )
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        if source_subaccount is not UNSET:
            field_dict["source_subaccount"] = source_subaccount
        if destination_subaccount is not UNSET:
            field_dict["destination_subaccount"] = destination_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        source = ExchangeInstance._value2member_map_.get(
            _raw := d.pop("source")
        ) or ExchangeInstance(_raw)

        destination = ExchangeInstance._value2member_map_.get(
            _raw := d.pop("destination")
        ) or ExchangeInstance(_raw)

        amount = d.pop("amount")
        if not isinstance(amount, int | None) or isinstance(amount, bool):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.amount: expected int, got {type(amount).__name__}"
            )

        source_exchange_shard = d.pop("source_exchange_shard", UNSET)
        if not isinstance(source_exchange_shard, int | Unset | None) or isinstance(
            source_exchange_shard, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.source_exchange_shard: expected int, got {type(source_exchange_shard).__name__}"
            )

        destination_exchange_shard = d.pop("destination_exchange_shard", UNSET)
        if not isinstance(destination_exchange_shard, int | Unset | None) or isinstance(
            destination_exchange_shard, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.destination_exchange_shard: expected int, got {type(destination_exchange_shard).__name__}"
            )

        source_subaccount = d.pop("source_subaccount", UNSET)
        if not isinstance(source_subaccount, int | Unset | None) or isinstance(
            source_subaccount, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.source_subaccount: expected int, got {type(source_subaccount).__name__}"
            )

        destination_subaccount = d.pop("destination_subaccount", UNSET)
        if not isinstance(destination_subaccount, int | Unset | None) or isinstance(
            destination_subaccount, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.destination_subaccount: expected int, got {type(destination_subaccount).__name__}"
            )

        intra_exchange_instance_transfer_request = cls(
            source=source,
            destination=destination,
            amount=amount,
            source_exchange_shard=source_exchange_shard,
            destination_exchange_shard=destination_exchange_shard,
            source_subaccount=source_subaccount,
            destination_subaccount=destination_subaccount,
        )

        intra_exchange_instance_transfer_request.additional_properties = d
        return intra_exchange_instance_transfer_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("source", self.source),
            ("destination", self.destination),
            ("amount", self.amount),
            ("source_exchange_shard", self.source_exchange_shard),
            ("destination_exchange_shard", self.destination_exchange_shard),
            ("source_subaccount", self.source_subaccount),
            ("destination_subaccount", self.destination_subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"IntraExchangeInstanceTransferRequest({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "amount": 10000,
    }

    def decimal(self, name: Literal["amount"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(
                f"IntraExchangeInstanceTransferRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"IntraExchangeInstanceTransferRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"IntraExchangeInstanceTransferRequest.{name} is {value!r}, not a finite number"
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
