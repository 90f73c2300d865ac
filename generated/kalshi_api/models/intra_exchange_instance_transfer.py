from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            intra_exchange_instance_transfer = cls.__new__(cls)
            intra_exchange_instance_transfer._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return intra_exchange_instance_transfer
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        transfer_id = d.get("transfer_id", UNSET)
        if not isinstance(transfer_id, (str, Unset, NoneType)):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.transfer_id: expected str, got {type(transfer_id).__name__}"
            )

        _source = d.get("source", UNSET)
        source: ExchangeInstance | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ExchangeInstance._value2member_map_.get(
                _raw := _source
            ) or ExchangeInstance(_raw)

        _destination = d.get("destination", UNSET)
        destination: ExchangeInstance | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = ExchangeInstance._value2member_map_.get(
                _raw := _destination
            ) or ExchangeInstance(_raw)

        source_exchange_shard = d.get("source_exchange_shard", UNSET)
        if not isinstance(source_exchange_shard, (int, Unset, NoneType)) or isinstance(
            source_exchange_shard, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.source_exchange_shard: expected int, got {type(source_exchange_shard).__name__}"
            )

        destination_exchange_shard = d.get("destination_exchange_shard", UNSET)
        if not isinstance(
            destination_exchange_shard, (int, Unset, NoneType)
        ) or isinstance(destination_exchange_shard, bool):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.destination_exchange_shard: expected int, got {type(destination_exchange_shard).__name__}"
            )

        amount = d.get("amount", UNSET)
        if not isinstance(amount, (str, Unset, NoneType)):
            raise TypeError(
                f"IntraExchangeInstanceTransfer.amount: expected str, got {type(amount).__name__}"
            )

        _status = d.get("status", UNSET)
        status: IntraExchangeInstanceTransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IntraExchangeInstanceTransferStatus._value2member_map_.get(
                _raw := _status
            ) or IntraExchangeInstanceTransferStatus(_raw)

        created_ts = d.get("created_ts", UNSET)
        if not isinstance(created_ts, (int, Unset, NoneType)) or isinstance(
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
        intra_exchange_instance_transfer.additional_properties = (
            _load_additional_properties(d, False)
        )
        return intra_exchange_instance_transfer

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(
                    f"IntraExchangeInstanceTransfer.{name}: {error!r}"
                ) from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"IntraExchangeInstanceTransfer({', '.join(shown)})"

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


def _load_transfer_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    transfer_id = d.get("transfer_id", UNSET)
    if not isinstance(transfer_id, (str, Unset, NoneType)):
        raise TypeError(
            f"IntraExchangeInstanceTransfer.transfer_id: expected str, got {type(transfer_id).__name__}"
        )

    return transfer_id


def _load_source(d: dict[str, Any], lazily: bool) -> ExchangeInstance | Unset:
    _source = d.get("source", UNSET)
    source: ExchangeInstance | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = ExchangeInstance._value2member_map_.get(
            _raw := _source
        ) or ExchangeInstance(_raw)

    return source


def _load_destination(d: dict[str, Any], lazily: bool) -> ExchangeInstance | Unset:
    _destination = d.get("destination", UNSET)
    destination: ExchangeInstance | Unset
    if isinstance(_destination, Unset):
        destination = UNSET
    else:
        destination = ExchangeInstance._value2member_map_.get(
            _raw := _destination
        ) or ExchangeInstance(_raw)

    return destination


def _load_source_exchange_shard(d: dict[str, Any], lazily: bool) -> int | Unset:
    source_exchange_shard = d.get("source_exchange_shard", UNSET)
    if not isinstance(source_exchange_shard, (int, Unset, NoneType)) or isinstance(
        source_exchange_shard, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransfer.source_exchange_shard: expected int, got {type(source_exchange_shard).__name__}"
        )

    return source_exchange_shard


def _load_destination_exchange_shard(d: dict[str, Any], lazily: bool) -> int | Unset:
    destination_exchange_shard = d.get("destination_exchange_shard", UNSET)
    if not isinstance(destination_exchange_shard, (int, Unset, NoneType)) or isinstance(
        destination_exchange_shard, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransfer.destination_exchange_shard: expected int, got {type(destination_exchange_shard).__name__}"
        )

    return destination_exchange_shard


def _load_amount(d: dict[str, Any], lazily: bool) -> str | Unset:
    amount = d.get("amount", UNSET)
    if not isinstance(amount, (str, Unset, NoneType)):
        raise TypeError(
            f"IntraExchangeInstanceTransfer.amount: expected str, got {type(amount).__name__}"
        )

    return amount


def _load_status(
    d: dict[str, Any], lazily: bool
) -> IntraExchangeInstanceTransferStatus | Unset:
    _status = d.get("status", UNSET)
    status: IntraExchangeInstanceTransferStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = IntraExchangeInstanceTransferStatus._value2member_map_.get(
            _raw := _status
        ) or IntraExchangeInstanceTransferStatus(_raw)

    return status


def _load_created_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    created_ts = d.get("created_ts", UNSET)
    if not isinstance(created_ts, (int, Unset, NoneType)) or isinstance(
        created_ts, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransfer.created_ts: expected int, got {type(created_ts).__name__}"
        )

    return created_ts


_FIELDS = frozenset(
    {
        "transfer_id",
        "source",
        "destination",
        "source_exchange_shard",
        "destination_exchange_shard",
        "amount",
        "status",
        "created_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "transfer_id": _load_transfer_id,
    "source": _load_source,
    "destination": _load_destination,
    "source_exchange_shard": _load_source_exchange_shard,
    "destination_exchange_shard": _load_destination_exchange_shard,
    "amount": _load_amount,
    "status": _load_status,
    "created_ts": _load_created_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "transfer_id",
    "source",
    "destination",
    "source_exchange_shard",
    "destination_exchange_shard",
    "amount",
    "status",
    "created_ts",
    "additional_properties",
)
