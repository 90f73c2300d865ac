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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetBalanceResponse")


@_attrs_define
class GetBalanceResponse:
    """
    Attributes:
        balance (int | Unset): Unit: cents.
        balance_dollars (str | Unset):
        portfolio_value (int | Unset): Unit: cents.
        updated_ts (int | Unset):
        balance_breakdown (list[IndexedBalance] | None | Unset):
    """

    balance: int | Unset = UNSET
    balance_dollars: str | Unset = UNSET
    portfolio_value: int | Unset = UNSET
    updated_ts: int | Unset = UNSET
    balance_breakdown: list[IndexedBalance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        balance_dollars = self.balance_dollars

        portfolio_value = self.portfolio_value

        updated_ts = self.updated_ts

        balance_breakdown: list[dict[str, Any]] | None | Unset
        if isinstance(self.balance_breakdown, Unset):
            balance_breakdown = UNSET
        elif isinstance(self.balance_breakdown, list):
            balance_breakdown = []
            for balance_breakdown_type_0_item_data in self.balance_breakdown:
                balance_breakdown_type_0_item = (
                    balance_breakdown_type_0_item_data.to_dict()
                )
                balance_breakdown.append(balance_breakdown_type_0_item)

        else:
            balance_breakdown = self.balance_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_dollars is not UNSET:
            field_dict["balance_dollars"] = balance_dollars
        if portfolio_value is not UNSET:
            field_dict["portfolio_value"] = portfolio_value
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if balance_breakdown is not UNSET:
            field_dict["balance_breakdown"] = balance_breakdown

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
            get_balance_response = cls.__new__(cls)
            get_balance_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_balance_response
        d = dict(src_dict)
        from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        balance = d.get("balance", UNSET)
        if not isinstance(balance, (int, Unset, NoneType)) or isinstance(balance, bool):
            raise TypeError(
                f"GetBalanceResponse.balance: expected int, got {type(balance).__name__}"
            )

        balance_dollars = d.get("balance_dollars", UNSET)
        if not isinstance(balance_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"GetBalanceResponse.balance_dollars: expected str, got {type(balance_dollars).__name__}"
            )

        portfolio_value = d.get("portfolio_value", UNSET)
        if not isinstance(portfolio_value, (int, Unset, NoneType)) or isinstance(
            portfolio_value, bool
        ):
            raise TypeError(
                f"GetBalanceResponse.portfolio_value: expected int, got {type(portfolio_value).__name__}"
            )

        updated_ts = d.get("updated_ts", UNSET)
        if not isinstance(updated_ts, (int, Unset, NoneType)) or isinstance(
            updated_ts, bool
        ):
            raise TypeError(
                f"GetBalanceResponse.updated_ts: expected int, got {type(updated_ts).__name__}"
            )

        _balance_breakdown_data = d.get("balance_breakdown", UNSET)
        balance_breakdown: list[IndexedBalance] | None | Unset
        if _balance_breakdown_data is None or isinstance(
            _balance_breakdown_data, Unset
        ):
            balance_breakdown = _balance_breakdown_data
        elif isinstance(_balance_breakdown_data, list):
            balance_breakdown_type_0 = []
            _balance_breakdown_type_0 = _balance_breakdown_data
            for balance_breakdown_type_0_item_data in _balance_breakdown_type_0:
                balance_breakdown_type_0_item = IndexedBalance.from_dict(
                    lazy=lazily, src_dict=balance_breakdown_type_0_item_data
                )

                balance_breakdown_type_0.append(balance_breakdown_type_0_item)

            balance_breakdown = balance_breakdown_type_0
        else:
            raise TypeError(
                f"balance_breakdown: unexpected JSON type {type(_balance_breakdown_data).__name__}"
            )

        get_balance_response = cls(
            balance=balance,
            balance_dollars=balance_dollars,
            portfolio_value=portfolio_value,
            updated_ts=updated_ts,
            balance_breakdown=balance_breakdown,
        )
        get_balance_response.additional_properties = _load_additional_properties(
            d, False
        )
        return get_balance_response

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
                raise MalformedField(f"GetBalanceResponse.{name}: {error!r}") from error
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
        return f"GetBalanceResponse({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "balance": 100,
        "balance_dollars": 1,
        "portfolio_value": 100,
    }

    def decimal(
        self, name: Literal["balance", "balance_dollars", "portfolio_value"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"GetBalanceResponse.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"GetBalanceResponse.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"GetBalanceResponse.{name} is {value!r}, not a finite number"
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


def _load_balance(d: dict[str, Any], lazily: bool) -> int | Unset:
    balance = d.get("balance", UNSET)
    if not isinstance(balance, (int, Unset, NoneType)) or isinstance(balance, bool):
        raise TypeError(
            f"GetBalanceResponse.balance: expected int, got {type(balance).__name__}"
        )

    return balance


def _load_balance_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    balance_dollars = d.get("balance_dollars", UNSET)
    if not isinstance(balance_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"GetBalanceResponse.balance_dollars: expected str, got {type(balance_dollars).__name__}"
        )

    return balance_dollars


def _load_portfolio_value(d: dict[str, Any], lazily: bool) -> int | Unset:
    portfolio_value = d.get("portfolio_value", UNSET)
    if not isinstance(portfolio_value, (int, Unset, NoneType)) or isinstance(
        portfolio_value, bool
    ):
        raise TypeError(
            f"GetBalanceResponse.portfolio_value: expected int, got {type(portfolio_value).__name__}"
        )

    return portfolio_value


def _load_updated_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    updated_ts = d.get("updated_ts", UNSET)
    if not isinstance(updated_ts, (int, Unset, NoneType)) or isinstance(
        updated_ts, bool
    ):
        raise TypeError(
            f"GetBalanceResponse.updated_ts: expected int, got {type(updated_ts).__name__}"
        )

    return updated_ts


def _load_balance_breakdown(
    d: dict[str, Any], lazily: bool
) -> list[IndexedBalance] | None | Unset:
    from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

    _balance_breakdown_data = d.get("balance_breakdown", UNSET)
    balance_breakdown: list[IndexedBalance] | None | Unset
    if _balance_breakdown_data is None or isinstance(_balance_breakdown_data, Unset):
        balance_breakdown = _balance_breakdown_data
    elif isinstance(_balance_breakdown_data, list):
        balance_breakdown_type_0 = []
        _balance_breakdown_type_0 = _balance_breakdown_data
        for balance_breakdown_type_0_item_data in _balance_breakdown_type_0:
            balance_breakdown_type_0_item = IndexedBalance.from_dict(
                lazy=lazily, src_dict=balance_breakdown_type_0_item_data
            )

            balance_breakdown_type_0.append(balance_breakdown_type_0_item)

        balance_breakdown = balance_breakdown_type_0
    else:
        raise TypeError(
            f"balance_breakdown: unexpected JSON type {type(_balance_breakdown_data).__name__}"
        )

    return balance_breakdown


_FIELDS = frozenset(
    {
        "balance",
        "balance_dollars",
        "portfolio_value",
        "updated_ts",
        "balance_breakdown",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "balance": _load_balance,
    "balance_dollars": _load_balance_dollars,
    "portfolio_value": _load_portfolio_value,
    "updated_ts": _load_updated_ts,
    "balance_breakdown": _load_balance_breakdown,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "balance",
    "balance_dollars",
    "portfolio_value",
    "updated_ts",
    "balance_breakdown",
    "additional_properties",
)
