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

T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define
class BidAskDistribution:
    """
    Attributes:
        open_dollars (str | Unset):
        low_dollars (str | Unset):
        high_dollars (str | Unset):
        close_dollars (str | Unset):
    """

    open_dollars: str | Unset = UNSET
    low_dollars: str | Unset = UNSET
    high_dollars: str | Unset = UNSET
    close_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        open_dollars = self.open_dollars

        low_dollars = self.low_dollars

        high_dollars = self.high_dollars

        close_dollars = self.close_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_dollars is not UNSET:
            field_dict["open_dollars"] = open_dollars
        if low_dollars is not UNSET:
            field_dict["low_dollars"] = low_dollars
        if high_dollars is not UNSET:
            field_dict["high_dollars"] = high_dollars
        if close_dollars is not UNSET:
            field_dict["close_dollars"] = close_dollars

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
            bid_ask_distribution = cls.__new__(cls)
            bid_ask_distribution._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return bid_ask_distribution
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        open_dollars = d.get("open_dollars", UNSET)
        if not isinstance(open_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistribution.open_dollars: expected str, got {type(open_dollars).__name__}"
            )

        low_dollars = d.get("low_dollars", UNSET)
        if not isinstance(low_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistribution.low_dollars: expected str, got {type(low_dollars).__name__}"
            )

        high_dollars = d.get("high_dollars", UNSET)
        if not isinstance(high_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistribution.high_dollars: expected str, got {type(high_dollars).__name__}"
            )

        close_dollars = d.get("close_dollars", UNSET)
        if not isinstance(close_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistribution.close_dollars: expected str, got {type(close_dollars).__name__}"
            )

        bid_ask_distribution = cls(
            open_dollars=open_dollars,
            low_dollars=low_dollars,
            high_dollars=high_dollars,
            close_dollars=close_dollars,
        )
        bid_ask_distribution.additional_properties = _load_additional_properties(
            d, False
        )
        return bid_ask_distribution

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
                raise MalformedField(f"BidAskDistribution.{name}: {error!r}") from error
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
        return f"BidAskDistribution({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "close_dollars": 1,
        "high_dollars": 1,
        "low_dollars": 1,
        "open_dollars": 1,
    }

    def decimal(
        self,
        name: Literal["close_dollars", "high_dollars", "low_dollars", "open_dollars"],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"BidAskDistribution.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"BidAskDistribution.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"BidAskDistribution.{name} is {value!r}, not a finite number"
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


def _load_open_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    open_dollars = d.get("open_dollars", UNSET)
    if not isinstance(open_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistribution.open_dollars: expected str, got {type(open_dollars).__name__}"
        )

    return open_dollars


def _load_low_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    low_dollars = d.get("low_dollars", UNSET)
    if not isinstance(low_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistribution.low_dollars: expected str, got {type(low_dollars).__name__}"
        )

    return low_dollars


def _load_high_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    high_dollars = d.get("high_dollars", UNSET)
    if not isinstance(high_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistribution.high_dollars: expected str, got {type(high_dollars).__name__}"
        )

    return high_dollars


def _load_close_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    close_dollars = d.get("close_dollars", UNSET)
    if not isinstance(close_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistribution.close_dollars: expected str, got {type(close_dollars).__name__}"
        )

    return close_dollars


_FIELDS = frozenset(
    {
        "open_dollars",
        "low_dollars",
        "high_dollars",
        "close_dollars",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "open_dollars": _load_open_dollars,
    "low_dollars": _load_low_dollars,
    "high_dollars": _load_high_dollars,
    "close_dollars": _load_close_dollars,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "open_dollars",
    "low_dollars",
    "high_dollars",
    "close_dollars",
    "additional_properties",
)
