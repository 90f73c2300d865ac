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
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            apply_subaccount_transfer_request = cls.__new__(cls)
            apply_subaccount_transfer_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return apply_subaccount_transfer_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        client_transfer_id = UUID(d["client_transfer_id"])

        from_subaccount = d["from_subaccount"]
        if not isinstance(from_subaccount, (int, NoneType)) or isinstance(
            from_subaccount, bool
        ):
            raise TypeError(
                f"ApplySubaccountTransferRequest.from_subaccount: expected int, got {type(from_subaccount).__name__}"
            )

        to_subaccount = d["to_subaccount"]
        if not isinstance(to_subaccount, (int, NoneType)) or isinstance(
            to_subaccount, bool
        ):
            raise TypeError(
                f"ApplySubaccountTransferRequest.to_subaccount: expected int, got {type(to_subaccount).__name__}"
            )

        amount_cents = d["amount_cents"]
        if not isinstance(amount_cents, (int, NoneType)) or isinstance(
            amount_cents, bool
        ):
            raise TypeError(
                f"ApplySubaccountTransferRequest.amount_cents: expected int, got {type(amount_cents).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
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
        apply_subaccount_transfer_request.additional_properties = (
            _load_additional_properties(d, False)
        )
        return apply_subaccount_transfer_request

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
                    f"ApplySubaccountTransferRequest.{name}: {error!r}"
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
        return f"ApplySubaccountTransferRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "amount_cents": 100,
    }

    def decimal(self, name: Literal["amount_cents"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_client_transfer_id(d: dict[str, Any], lazily: bool) -> UUID:
    client_transfer_id = UUID(d["client_transfer_id"])

    return client_transfer_id


def _load_from_subaccount(d: dict[str, Any], lazily: bool) -> int:
    from_subaccount = d["from_subaccount"]
    if not isinstance(from_subaccount, (int, NoneType)) or isinstance(
        from_subaccount, bool
    ):
        raise TypeError(
            f"ApplySubaccountTransferRequest.from_subaccount: expected int, got {type(from_subaccount).__name__}"
        )

    return from_subaccount


def _load_to_subaccount(d: dict[str, Any], lazily: bool) -> int:
    to_subaccount = d["to_subaccount"]
    if not isinstance(to_subaccount, (int, NoneType)) or isinstance(
        to_subaccount, bool
    ):
        raise TypeError(
            f"ApplySubaccountTransferRequest.to_subaccount: expected int, got {type(to_subaccount).__name__}"
        )

    return to_subaccount


def _load_amount_cents(d: dict[str, Any], lazily: bool) -> int:
    amount_cents = d["amount_cents"]
    if not isinstance(amount_cents, (int, NoneType)) or isinstance(amount_cents, bool):
        raise TypeError(
            f"ApplySubaccountTransferRequest.amount_cents: expected int, got {type(amount_cents).__name__}"
        )

    return amount_cents


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"ApplySubaccountTransferRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "client_transfer_id",
        "from_subaccount",
        "to_subaccount",
        "amount_cents",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "client_transfer_id": _load_client_transfer_id,
    "from_subaccount": _load_from_subaccount,
    "to_subaccount": _load_to_subaccount,
    "amount_cents": _load_amount_cents,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "client_transfer_id",
    "from_subaccount",
    "to_subaccount",
    "amount_cents",
    "exchange_index",
    "additional_properties",
)
