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
    from ..models.order import Order


T = TypeVar("T", bound="CancelOrderResponse")


@_attrs_define
class CancelOrderResponse:
    """
    Attributes:
        order (Order | Unset):
        reduced_by_fp (str | Unset):
    """

    order: Order | Unset = UNSET
    reduced_by_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        reduced_by_fp = self.reduced_by_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if reduced_by_fp is not UNSET:
            field_dict["reduced_by_fp"] = reduced_by_fp

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
            cancel_order_response = cls.__new__(cls)
            cancel_order_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return cancel_order_response
        d = dict(src_dict)
        from ..models.order import Order  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _order = d.get("order", UNSET)
        order: Order | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = Order.from_dict(lazy=lazily, src_dict=_order)

        reduced_by_fp = d.get("reduced_by_fp", UNSET)
        if not isinstance(reduced_by_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"CancelOrderResponse.reduced_by_fp: expected str, got {type(reduced_by_fp).__name__}"
            )

        cancel_order_response = cls(
            order=order,
            reduced_by_fp=reduced_by_fp,
        )
        cancel_order_response.additional_properties = _load_additional_properties(
            d, False
        )
        return cancel_order_response

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
                    f"CancelOrderResponse.{name}: {error!r}"
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
        return f"CancelOrderResponse({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "reduced_by_fp": 1,
    }

    def decimal(self, name: Literal["reduced_by_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"CancelOrderResponse.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"CancelOrderResponse.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"CancelOrderResponse.{name} is {value!r}, not a finite number"
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


def _load_order(d: dict[str, Any], lazily: bool) -> Order | Unset:
    from ..models.order import Order  # noqa: PLC0415

    _order = d.get("order", UNSET)
    order: Order | Unset
    if isinstance(_order, Unset):
        order = UNSET
    else:
        order = Order.from_dict(lazy=lazily, src_dict=_order)

    return order


def _load_reduced_by_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    reduced_by_fp = d.get("reduced_by_fp", UNSET)
    if not isinstance(reduced_by_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"CancelOrderResponse.reduced_by_fp: expected str, got {type(reduced_by_fp).__name__}"
        )

    return reduced_by_fp


_FIELDS = frozenset(
    {
        "order",
        "reduced_by_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "order": _load_order,
    "reduced_by_fp": _load_reduced_by_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order",
    "reduced_by_fp",
    "additional_properties",
)
