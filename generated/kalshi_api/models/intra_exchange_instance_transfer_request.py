from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            intra_exchange_instance_transfer_request = cls.__new__(cls)
            intra_exchange_instance_transfer_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return intra_exchange_instance_transfer_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        source = ExchangeInstance._value2member_map_.get(
            _raw := d["source"]
        ) or ExchangeInstance(_raw)

        destination = ExchangeInstance._value2member_map_.get(
            _raw := d["destination"]
        ) or ExchangeInstance(_raw)

        amount = d["amount"]
        if not isinstance(amount, (int, NoneType)) or isinstance(amount, bool):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.amount: expected int, got {type(amount).__name__}"
            )

        source_exchange_shard = d.get("source_exchange_shard", UNSET)
        if not isinstance(source_exchange_shard, (int, Unset, NoneType)) or isinstance(
            source_exchange_shard, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.source_exchange_shard: expected int, got {type(source_exchange_shard).__name__}"
            )

        destination_exchange_shard = d.get("destination_exchange_shard", UNSET)
        if not isinstance(
            destination_exchange_shard, (int, Unset, NoneType)
        ) or isinstance(destination_exchange_shard, bool):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.destination_exchange_shard: expected int, got {type(destination_exchange_shard).__name__}"
            )

        source_subaccount = d.get("source_subaccount", UNSET)
        if not isinstance(source_subaccount, (int, Unset, NoneType)) or isinstance(
            source_subaccount, bool
        ):
            raise TypeError(
                f"IntraExchangeInstanceTransferRequest.source_subaccount: expected int, got {type(source_subaccount).__name__}"
            )

        destination_subaccount = d.get("destination_subaccount", UNSET)
        if not isinstance(destination_subaccount, (int, Unset, NoneType)) or isinstance(
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
        intra_exchange_instance_transfer_request.additional_properties = (
            _load_additional_properties(d, False)
        )
        return intra_exchange_instance_transfer_request

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
                    f"IntraExchangeInstanceTransferRequest.{name}: {error!r}"
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
        return f"IntraExchangeInstanceTransferRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "amount": 10000,
    }

    def decimal(self, name: Literal["amount"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_source(d: dict[str, Any], lazily: bool) -> ExchangeInstance:
    source = ExchangeInstance._value2member_map_.get(
        _raw := d["source"]
    ) or ExchangeInstance(_raw)

    return source


def _load_destination(d: dict[str, Any], lazily: bool) -> ExchangeInstance:
    destination = ExchangeInstance._value2member_map_.get(
        _raw := d["destination"]
    ) or ExchangeInstance(_raw)

    return destination


def _load_amount(d: dict[str, Any], lazily: bool) -> int:
    amount = d["amount"]
    if not isinstance(amount, (int, NoneType)) or isinstance(amount, bool):
        raise TypeError(
            f"IntraExchangeInstanceTransferRequest.amount: expected int, got {type(amount).__name__}"
        )

    return amount


def _load_source_exchange_shard(d: dict[str, Any], lazily: bool) -> int | Unset:
    source_exchange_shard = d.get("source_exchange_shard", UNSET)
    if not isinstance(source_exchange_shard, (int, Unset, NoneType)) or isinstance(
        source_exchange_shard, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransferRequest.source_exchange_shard: expected int, got {type(source_exchange_shard).__name__}"
        )

    return source_exchange_shard


def _load_destination_exchange_shard(d: dict[str, Any], lazily: bool) -> int | Unset:
    destination_exchange_shard = d.get("destination_exchange_shard", UNSET)
    if not isinstance(destination_exchange_shard, (int, Unset, NoneType)) or isinstance(
        destination_exchange_shard, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransferRequest.destination_exchange_shard: expected int, got {type(destination_exchange_shard).__name__}"
        )

    return destination_exchange_shard


def _load_source_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    source_subaccount = d.get("source_subaccount", UNSET)
    if not isinstance(source_subaccount, (int, Unset, NoneType)) or isinstance(
        source_subaccount, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransferRequest.source_subaccount: expected int, got {type(source_subaccount).__name__}"
        )

    return source_subaccount


def _load_destination_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    destination_subaccount = d.get("destination_subaccount", UNSET)
    if not isinstance(destination_subaccount, (int, Unset, NoneType)) or isinstance(
        destination_subaccount, bool
    ):
        raise TypeError(
            f"IntraExchangeInstanceTransferRequest.destination_subaccount: expected int, got {type(destination_subaccount).__name__}"
        )

    return destination_subaccount


_FIELDS = frozenset(
    {
        "source",
        "destination",
        "amount",
        "source_exchange_shard",
        "destination_exchange_shard",
        "source_subaccount",
        "destination_subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "source": _load_source,
    "destination": _load_destination,
    "amount": _load_amount,
    "source_exchange_shard": _load_source_exchange_shard,
    "destination_exchange_shard": _load_destination_exchange_shard,
    "source_subaccount": _load_source_subaccount,
    "destination_subaccount": _load_destination_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "source",
    "destination",
    "amount",
    "source_exchange_shard",
    "destination_exchange_shard",
    "source_subaccount",
    "destination_subaccount",
    "additional_properties",
)
