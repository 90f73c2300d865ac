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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.withdrawal_status import WithdrawalStatus
from ..models.withdrawal_type import WithdrawalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Withdrawal")


@_attrs_define
class Withdrawal:
    """
    Attributes:
        id (str | Unset):
        status (WithdrawalStatus | Unset):
        type_ (WithdrawalType | Unset):
        amount_cents (int | Unset): Unit: cents.
        fee_cents (int | Unset): Unit: cents.
        created_ts (int | Unset):
        finalized_ts (int | None | Unset):
    """

    id: str | Unset = UNSET
    status: (
        WithdrawalStatus | Literal["pending", "applied", "failed", "returned"] | Unset
    ) = UNSET
    type_: WithdrawalType | Literal["ach", "wire", "crypto", "debit", "apm"] | Unset = (
        UNSET
    )
    amount_cents: int | Unset = UNSET
    fee_cents: int | Unset = UNSET
    created_ts: int | Unset = UNSET
    finalized_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = WithdrawalStatus.of(self.status).value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = WithdrawalType.of(self.type_).value

        amount_cents = self.amount_cents

        fee_cents = self.fee_cents

        created_ts = self.created_ts

        finalized_ts: int | None | Unset
        if isinstance(self.finalized_ts, Unset):
            finalized_ts = UNSET
        else:
            finalized_ts = self.finalized_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if fee_cents is not UNSET:
            field_dict["fee_cents"] = fee_cents
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if finalized_ts is not UNSET:
            field_dict["finalized_ts"] = finalized_ts

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
            withdrawal = cls.__new__(cls)
            withdrawal._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return withdrawal
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(f"Withdrawal.id: expected str, got {type(id).__name__}")

        _status = d.get("status", UNSET)
        status: WithdrawalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WithdrawalStatus._value2member_map_.get(
                _raw := _status
            ) or WithdrawalStatus(_raw)

        _type_ = d.get("type", UNSET)
        type_: WithdrawalType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WithdrawalType._value2member_map_.get(
                _raw := _type_
            ) or WithdrawalType(_raw)

        amount_cents = d.get("amount_cents", UNSET)
        if not isinstance(amount_cents, (int, Unset, NoneType)) or isinstance(
            amount_cents, bool
        ):
            raise TypeError(
                f"Withdrawal.amount_cents: expected int, got {type(amount_cents).__name__}"
            )

        fee_cents = d.get("fee_cents", UNSET)
        if not isinstance(fee_cents, (int, Unset, NoneType)) or isinstance(
            fee_cents, bool
        ):
            raise TypeError(
                f"Withdrawal.fee_cents: expected int, got {type(fee_cents).__name__}"
            )

        created_ts = d.get("created_ts", UNSET)
        if not isinstance(created_ts, (int, Unset, NoneType)) or isinstance(
            created_ts, bool
        ):
            raise TypeError(
                f"Withdrawal.created_ts: expected int, got {type(created_ts).__name__}"
            )

        _finalized_ts_data = d.get("finalized_ts", UNSET)
        finalized_ts: int | None | Unset
        if _finalized_ts_data is None or isinstance(_finalized_ts_data, Unset):
            finalized_ts = _finalized_ts_data
        elif not isinstance(_finalized_ts_data, (int,)) or isinstance(
            _finalized_ts_data, bool
        ):
            raise TypeError(
                f"finalized_ts: expected int, got {type(_finalized_ts_data).__name__}"
            )
        else:
            finalized_ts = cast(int | None | Unset, _finalized_ts_data)

        withdrawal = cls(
            id=id,
            status=status,
            type_=type_,
            amount_cents=amount_cents,
            fee_cents=fee_cents,
            created_ts=created_ts,
            finalized_ts=finalized_ts,
        )
        withdrawal.additional_properties = _load_additional_properties(d, False)
        return withdrawal

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
                raise MalformedField(f"Withdrawal.{name}: {error!r}") from error
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
        return f"Withdrawal({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "amount_cents": 100,
        "fee_cents": 100,
    }

    def decimal(self, name: Literal["amount_cents", "fee_cents"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"Withdrawal.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"Withdrawal.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(f"Withdrawal.{name} is {value!r}, not a finite number")
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


def _load_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (str, Unset, NoneType)):
        raise TypeError(f"Withdrawal.id: expected str, got {type(id).__name__}")

    return id


def _load_status(d: dict[str, Any], lazily: bool) -> WithdrawalStatus | Unset:
    _status = d.get("status", UNSET)
    status: WithdrawalStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = WithdrawalStatus._value2member_map_.get(
            _raw := _status
        ) or WithdrawalStatus(_raw)

    return status


def _load_type_(d: dict[str, Any], lazily: bool) -> WithdrawalType | Unset:
    _type_ = d.get("type", UNSET)
    type_: WithdrawalType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = WithdrawalType._value2member_map_.get(_raw := _type_) or WithdrawalType(
            _raw
        )

    return type_


def _load_amount_cents(d: dict[str, Any], lazily: bool) -> int | Unset:
    amount_cents = d.get("amount_cents", UNSET)
    if not isinstance(amount_cents, (int, Unset, NoneType)) or isinstance(
        amount_cents, bool
    ):
        raise TypeError(
            f"Withdrawal.amount_cents: expected int, got {type(amount_cents).__name__}"
        )

    return amount_cents


def _load_fee_cents(d: dict[str, Any], lazily: bool) -> int | Unset:
    fee_cents = d.get("fee_cents", UNSET)
    if not isinstance(fee_cents, (int, Unset, NoneType)) or isinstance(fee_cents, bool):
        raise TypeError(
            f"Withdrawal.fee_cents: expected int, got {type(fee_cents).__name__}"
        )

    return fee_cents


def _load_created_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    created_ts = d.get("created_ts", UNSET)
    if not isinstance(created_ts, (int, Unset, NoneType)) or isinstance(
        created_ts, bool
    ):
        raise TypeError(
            f"Withdrawal.created_ts: expected int, got {type(created_ts).__name__}"
        )

    return created_ts


def _load_finalized_ts(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _finalized_ts_data = d.get("finalized_ts", UNSET)
    finalized_ts: int | None | Unset
    if _finalized_ts_data is None or isinstance(_finalized_ts_data, Unset):
        finalized_ts = _finalized_ts_data
    elif not isinstance(_finalized_ts_data, (int,)) or isinstance(
        _finalized_ts_data, bool
    ):
        raise TypeError(
            f"finalized_ts: expected int, got {type(_finalized_ts_data).__name__}"
        )
    else:
        finalized_ts = cast(int | None | Unset, _finalized_ts_data)

    return finalized_ts


_FIELDS = frozenset(
    {
        "id",
        "status",
        "type",
        "amount_cents",
        "fee_cents",
        "created_ts",
        "finalized_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "status": _load_status,
    "type_": _load_type_,
    "amount_cents": _load_amount_cents,
    "fee_cents": _load_fee_cents,
    "created_ts": _load_created_ts,
    "finalized_ts": _load_finalized_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "status",
    "type_",
    "amount_cents",
    "fee_cents",
    "created_ts",
    "finalized_ts",
    "additional_properties",
)
