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

T = TypeVar("T", bound="DecreaseOrderRequest")


@_attrs_define
class DecreaseOrderRequest:
    """
    Attributes:
        subaccount (int | Unset):  Default: 0.
        reduce_by (int | Unset):
        reduce_by_fp (None | str | Unset):
        reduce_to (int | Unset):
        reduce_to_fp (None | str | Unset):
    """

    subaccount: int | Unset = 0
    reduce_by: int | Unset = UNSET
    reduce_by_fp: None | str | Unset = UNSET
    reduce_to: int | Unset = UNSET
    reduce_to_fp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        reduce_by = self.reduce_by

        reduce_by_fp: None | str | Unset
        if isinstance(self.reduce_by_fp, Unset):
            reduce_by_fp = UNSET
        else:
            reduce_by_fp = self.reduce_by_fp

        reduce_to = self.reduce_to

        reduce_to_fp: None | str | Unset
        if isinstance(self.reduce_to_fp, Unset):
            reduce_to_fp = UNSET
        else:
            reduce_to_fp = self.reduce_to_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_by_fp is not UNSET:
            field_dict["reduce_by_fp"] = reduce_by_fp
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if reduce_to_fp is not UNSET:
            field_dict["reduce_to_fp"] = reduce_to_fp

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
            decrease_order_request = cls.__new__(cls)
            decrease_order_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return decrease_order_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"DecreaseOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        reduce_by = d.get("reduce_by", UNSET)
        if not isinstance(reduce_by, (int, Unset, NoneType)) or isinstance(
            reduce_by, bool
        ):
            raise TypeError(
                f"DecreaseOrderRequest.reduce_by: expected int, got {type(reduce_by).__name__}"
            )

        _reduce_by_fp_data = d.get("reduce_by_fp", UNSET)
        reduce_by_fp: None | str | Unset
        if _reduce_by_fp_data is None or isinstance(_reduce_by_fp_data, Unset):
            reduce_by_fp = _reduce_by_fp_data
        elif not isinstance(_reduce_by_fp_data, (str,)):
            raise TypeError(
                f"reduce_by_fp: expected str, got {type(_reduce_by_fp_data).__name__}"
            )
        else:
            reduce_by_fp = cast(None | str | Unset, _reduce_by_fp_data)

        reduce_to = d.get("reduce_to", UNSET)
        if not isinstance(reduce_to, (int, Unset, NoneType)) or isinstance(
            reduce_to, bool
        ):
            raise TypeError(
                f"DecreaseOrderRequest.reduce_to: expected int, got {type(reduce_to).__name__}"
            )

        _reduce_to_fp_data = d.get("reduce_to_fp", UNSET)
        reduce_to_fp: None | str | Unset
        if _reduce_to_fp_data is None or isinstance(_reduce_to_fp_data, Unset):
            reduce_to_fp = _reduce_to_fp_data
        elif not isinstance(_reduce_to_fp_data, (str,)):
            raise TypeError(
                f"reduce_to_fp: expected str, got {type(_reduce_to_fp_data).__name__}"
            )
        else:
            reduce_to_fp = cast(None | str | Unset, _reduce_to_fp_data)

        decrease_order_request = cls(
            subaccount=subaccount,
            reduce_by=reduce_by,
            reduce_by_fp=reduce_by_fp,
            reduce_to=reduce_to,
            reduce_to_fp=reduce_to_fp,
        )
        decrease_order_request.additional_properties = _load_additional_properties(
            d, False
        )
        return decrease_order_request

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
                    f"DecreaseOrderRequest.{name}: {error!r}"
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
        return f"DecreaseOrderRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "reduce_by_fp": 1,
        "reduce_to_fp": 1,
    }

    def decimal(self, name: Literal["reduce_by_fp", "reduce_to_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"DecreaseOrderRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"DecreaseOrderRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"DecreaseOrderRequest.{name} is {value!r}, not a finite number"
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
            f"DecreaseOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_reduce_by(d: dict[str, Any], lazily: bool) -> int | Unset:
    reduce_by = d.get("reduce_by", UNSET)
    if not isinstance(reduce_by, (int, Unset, NoneType)) or isinstance(reduce_by, bool):
        raise TypeError(
            f"DecreaseOrderRequest.reduce_by: expected int, got {type(reduce_by).__name__}"
        )

    return reduce_by


def _load_reduce_by_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _reduce_by_fp_data = d.get("reduce_by_fp", UNSET)
    reduce_by_fp: None | str | Unset
    if _reduce_by_fp_data is None or isinstance(_reduce_by_fp_data, Unset):
        reduce_by_fp = _reduce_by_fp_data
    elif not isinstance(_reduce_by_fp_data, (str,)):
        raise TypeError(
            f"reduce_by_fp: expected str, got {type(_reduce_by_fp_data).__name__}"
        )
    else:
        reduce_by_fp = cast(None | str | Unset, _reduce_by_fp_data)

    return reduce_by_fp


def _load_reduce_to(d: dict[str, Any], lazily: bool) -> int | Unset:
    reduce_to = d.get("reduce_to", UNSET)
    if not isinstance(reduce_to, (int, Unset, NoneType)) or isinstance(reduce_to, bool):
        raise TypeError(
            f"DecreaseOrderRequest.reduce_to: expected int, got {type(reduce_to).__name__}"
        )

    return reduce_to


def _load_reduce_to_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _reduce_to_fp_data = d.get("reduce_to_fp", UNSET)
    reduce_to_fp: None | str | Unset
    if _reduce_to_fp_data is None or isinstance(_reduce_to_fp_data, Unset):
        reduce_to_fp = _reduce_to_fp_data
    elif not isinstance(_reduce_to_fp_data, (str,)):
        raise TypeError(
            f"reduce_to_fp: expected str, got {type(_reduce_to_fp_data).__name__}"
        )
    else:
        reduce_to_fp = cast(None | str | Unset, _reduce_to_fp_data)

    return reduce_to_fp


_FIELDS = frozenset(
    {
        "subaccount",
        "reduce_by",
        "reduce_by_fp",
        "reduce_to",
        "reduce_to_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "subaccount": _load_subaccount,
    "reduce_by": _load_reduce_by,
    "reduce_by_fp": _load_reduce_by_fp,
    "reduce_to": _load_reduce_to,
    "reduce_to_fp": _load_reduce_to_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "subaccount",
    "reduce_by",
    "reduce_by_fp",
    "reduce_to",
    "reduce_to_fp",
    "additional_properties",
)
