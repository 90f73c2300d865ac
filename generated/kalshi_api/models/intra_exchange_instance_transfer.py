from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import (
    IntraExchangeInstanceTransferStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define
class IntraExchangeInstanceTransfer:
    """
    Attributes:
        transfer_id (str | Unset):
        source (ExchangeInstance | Unset):
        destination (ExchangeInstance | Unset):
        source_exchange_shard (int | Unset):
        destination_exchange_shard (int | Unset):
        amount (str | Unset):
        status (IntraExchangeInstanceTransferStatus | Unset):
        created_ts (int | Unset):
    """

    transfer_id: str | Unset = UNSET
    source: ExchangeInstance | Literal["event_contract", "margined"] | Unset = UNSET
    destination: ExchangeInstance | Literal["event_contract", "margined"] | Unset = (
        UNSET
    )
    source_exchange_shard: int | Unset = UNSET
    destination_exchange_shard: int | Unset = UNSET
    amount: str | Unset = UNSET
    status: (
        IntraExchangeInstanceTransferStatus | Literal["pending", "complete"] | Unset
    ) = UNSET
    created_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = ExchangeInstance.of(self.source).value

        destination: str | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = ExchangeInstance.of(self.destination).value

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        amount = self.amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = IntraExchangeInstanceTransferStatus.of(self.status).value

        created_ts = self.created_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transfer_id"] = transfer_id
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts

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
                f"IntraExchangeInstanceTransfer.transfer_id: expected str, got {type(transfer_id).__name__}"
            )

        _source = d.pop("source", UNSET)
        source: ExchangeInstance | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ExchangeInstance._value2member_map_.get(
                _raw := _source
            ) or ExchangeInstance(_raw)

        _destination = d.pop("destination", UNSET)
        destination: ExchangeInstance | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = ExchangeInstance._value2member_map_.get(
                _raw := _destination
            ) or ExchangeInstance(_raw)

        source_exchange_shard = d.pop("source_exchange_shard", UNSET)
        if not isinstance(source_exchange_shard, int | Unset | None) or isinstance(
            source_exchange_shard, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.source_exchange_shard: expected int, got {type(source_exchange_shard).__name__}"
            )

        destination_exchange_shard = d.pop("destination_exchange_shard", UNSET)
        if not isinstance(destination_exchange_shard, int | Unset | None) or isinstance(
            destination_exchange_shard, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.destination_exchange_shard: expected int, got {type(destination_exchange_shard).__name__}"
            )

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, str | Unset | None):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.amount: expected str, got {type(amount).__name__}"
            )

        _status = d.pop("status", UNSET)
        status: IntraExchangeInstanceTransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IntraExchangeInstanceTransferStatus._value2member_map_.get(
                _raw := _status
            ) or IntraExchangeInstanceTransferStatus(_raw)

        created_ts = d.pop("created_ts", UNSET)
        if not isinstance(created_ts, int | Unset | None) or isinstance(
            created_ts, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.created_ts: expected int, got {type(created_ts).__name__}"
            )

        intra_exchange_instance_transfer = cls(
            transfer_id=transfer_id,
            source=source,
            destination=destination,
            source_exchange_shard=source_exchange_shard,
            destination_exchange_shard=destination_exchange_shard,
            amount=amount,
            status=status,
            created_ts=created_ts,
        )

        intra_exchange_instance_transfer.additional_properties = d
        return intra_exchange_instance_transfer

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("transfer_id", self.transfer_id),
            ("source", self.source),
            ("destination", self.destination),
            ("source_exchange_shard", self.source_exchange_shard),
            ("destination_exchange_shard", self.destination_exchange_shard),
            ("amount", self.amount),
            ("status", self.status),
            ("created_ts", self.created_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"IntraExchangeInstanceTransfer({shown})"

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
