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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define
class CreateOrderGroupRequest:
    """
    Attributes:
        subaccount (int | Unset):
        contracts_limit (int | Unset):
        contracts_limit_fp (None | str | Unset):
        exchange_index (int | Unset):  Default: 0.
    """

    subaccount: int | Unset = UNSET
    contracts_limit: int | Unset = UNSET
    contracts_limit_fp: None | str | Unset = UNSET
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        contracts_limit = self.contracts_limit

        contracts_limit_fp: None | str | Unset
        if isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = UNSET
        else:
            contracts_limit_fp = self.contracts_limit_fp

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
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
            create_order_group_request = cls.__new__(cls)
            create_order_group_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_order_group_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateOrderGroupRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        contracts_limit = d.get("contracts_limit", UNSET)
        if not isinstance(contracts_limit, (int, Unset, NoneType)) or isinstance(
            contracts_limit, bool
        ):
            raise TypeError(
                f"CreateOrderGroupRequest.contracts_limit: expected int, got {type(contracts_limit).__name__}"
            )

        _contracts_limit_fp_data = d.get("contracts_limit_fp", UNSET)
        contracts_limit_fp: None | str | Unset
        if _contracts_limit_fp_data is None or isinstance(
            _contracts_limit_fp_data, Unset
        ):
            contracts_limit_fp = _contracts_limit_fp_data
        elif not isinstance(_contracts_limit_fp_data, (str,)):
            raise TypeError(
                f"contracts_limit_fp: expected str, got {type(_contracts_limit_fp_data).__name__}"
            )
        else:
            contracts_limit_fp = cast(None | str | Unset, _contracts_limit_fp_data)

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"CreateOrderGroupRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        create_order_group_request = cls(
            subaccount=subaccount,
            contracts_limit=contracts_limit,
            contracts_limit_fp=contracts_limit_fp,
            exchange_index=exchange_index,
        )
        create_order_group_request.additional_properties = _load_additional_properties(
            d, False
        )
        return create_order_group_request

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
                    f"CreateOrderGroupRequest.{name}: {error!r}"
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
        return f"CreateOrderGroupRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_limit_fp": 1,
    }

    def decimal(self, name: Literal["contracts_limit_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"CreateOrderGroupRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"CreateOrderGroupRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"CreateOrderGroupRequest.{name} is {value!r}, not a finite number"
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


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"CreateOrderGroupRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_contracts_limit(d: dict[str, Any], lazily: bool) -> int | Unset:
    contracts_limit = d.get("contracts_limit", UNSET)
    if not isinstance(contracts_limit, (int, Unset, NoneType)) or isinstance(
        contracts_limit, bool
    ):
        raise TypeError(
            f"CreateOrderGroupRequest.contracts_limit: expected int, got {type(contracts_limit).__name__}"
        )

    return contracts_limit


def _load_contracts_limit_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _contracts_limit_fp_data = d.get("contracts_limit_fp", UNSET)
    contracts_limit_fp: None | str | Unset
    if _contracts_limit_fp_data is None or isinstance(_contracts_limit_fp_data, Unset):
        contracts_limit_fp = _contracts_limit_fp_data
    elif not isinstance(_contracts_limit_fp_data, (str,)):
        raise TypeError(
            f"contracts_limit_fp: expected str, got {type(_contracts_limit_fp_data).__name__}"
        )
    else:
        contracts_limit_fp = cast(None | str | Unset, _contracts_limit_fp_data)

    return contracts_limit_fp


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"CreateOrderGroupRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "subaccount",
        "contracts_limit",
        "contracts_limit_fp",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "subaccount": _load_subaccount,
    "contracts_limit": _load_contracts_limit,
    "contracts_limit_fp": _load_contracts_limit_fp,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "subaccount",
    "contracts_limit",
    "contracts_limit_fp",
    "exchange_index",
    "additional_properties",
)
