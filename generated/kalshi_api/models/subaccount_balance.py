from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define
class SubaccountBalance:
    """
    Attributes:
        subaccount_number (int | Unset):
        exchange_index (int | Unset):
        balance (str | Unset):
        updated_ts (int | Unset):
    """

    subaccount_number: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    balance: str | Unset = UNSET
    updated_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        balance = self.balance

        updated_ts = self.updated_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if balance is not UNSET:
            field_dict["balance"] = balance
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

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
            subaccount_balance = cls.__new__(cls)
            subaccount_balance._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return subaccount_balance
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        subaccount_number = d.get("subaccount_number", UNSET)
        if not isinstance(subaccount_number, (int, Unset, NoneType)) or isinstance(
            subaccount_number, bool
        ):
            raise TypeError(
                f"SubaccountBalance.subaccount_number: expected int, got {type(subaccount_number).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"SubaccountBalance.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        balance = d.get("balance", UNSET)
        if not isinstance(balance, (str, Unset, NoneType)):
            raise TypeError(
                f"SubaccountBalance.balance: expected str, got {type(balance).__name__}"
            )

        updated_ts = d.get("updated_ts", UNSET)
        if not isinstance(updated_ts, (int, Unset, NoneType)) or isinstance(
            updated_ts, bool
        ):
            raise TypeError(
                f"SubaccountBalance.updated_ts: expected int, got {type(updated_ts).__name__}"
            )

        subaccount_balance = cls(
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
            balance=balance,
            updated_ts=updated_ts,
        )
        subaccount_balance.additional_properties = _load_additional_properties(d, False)
        return subaccount_balance

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
                raise MalformedField(f"SubaccountBalance.{name}: {error!r}") from error
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
        return f"SubaccountBalance({', '.join(shown)})"

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


def _load_subaccount_number(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount_number = d.get("subaccount_number", UNSET)
    if not isinstance(subaccount_number, (int, Unset, NoneType)) or isinstance(
        subaccount_number, bool
    ):
        raise TypeError(
            f"SubaccountBalance.subaccount_number: expected int, got {type(subaccount_number).__name__}"
        )

    return subaccount_number


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"SubaccountBalance.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_balance(d: dict[str, Any], lazily: bool) -> str | Unset:
    balance = d.get("balance", UNSET)
    if not isinstance(balance, (str, Unset, NoneType)):
        raise TypeError(
            f"SubaccountBalance.balance: expected str, got {type(balance).__name__}"
        )

    return balance


def _load_updated_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    updated_ts = d.get("updated_ts", UNSET)
    if not isinstance(updated_ts, (int, Unset, NoneType)) or isinstance(
        updated_ts, bool
    ):
        raise TypeError(
            f"SubaccountBalance.updated_ts: expected int, got {type(updated_ts).__name__}"
        )

    return updated_ts


_FIELDS = frozenset(
    {
        "subaccount_number",
        "exchange_index",
        "balance",
        "updated_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "subaccount_number": _load_subaccount_number,
    "exchange_index": _load_exchange_index,
    "balance": _load_balance,
    "updated_ts": _load_updated_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "subaccount_number",
    "exchange_index",
    "balance",
    "updated_ts",
    "additional_properties",
)
