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

T = TypeVar("T", bound="BidAskDistributionHistorical")


@_attrs_define
class BidAskDistributionHistorical:
    """
    Attributes:
        open_ (str | Unset):
        low (str | Unset):
        high (str | Unset):
        close (str | Unset):
    """

    open_: str | Unset = UNSET
    low: str | Unset = UNSET
    high: str | Unset = UNSET
    close: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        low = self.low

        high = self.high

        close = self.close

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if low is not UNSET:
            field_dict["low"] = low
        if high is not UNSET:
            field_dict["high"] = high
        if close is not UNSET:
            field_dict["close"] = close

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
            bid_ask_distribution_historical = cls.__new__(cls)
            bid_ask_distribution_historical._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return bid_ask_distribution_historical
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        open_ = d.get("open", UNSET)
        if not isinstance(open_, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistributionHistorical.open_: expected str, got {type(open_).__name__}"
            )

        low = d.get("low", UNSET)
        if not isinstance(low, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistributionHistorical.low: expected str, got {type(low).__name__}"
            )

        high = d.get("high", UNSET)
        if not isinstance(high, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistributionHistorical.high: expected str, got {type(high).__name__}"
            )

        close = d.get("close", UNSET)
        if not isinstance(close, (str, Unset, NoneType)):
            raise TypeError(
                f"BidAskDistributionHistorical.close: expected str, got {type(close).__name__}"
            )

        bid_ask_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
        )
        bid_ask_distribution_historical.additional_properties = (
            _load_additional_properties(d, False)
        )
        return bid_ask_distribution_historical

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
                    f"BidAskDistributionHistorical.{name}: {error!r}"
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
        return f"BidAskDistributionHistorical({', '.join(shown)})"

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


def _load_open_(d: dict[str, Any], lazily: bool) -> str | Unset:
    open_ = d.get("open", UNSET)
    if not isinstance(open_, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistributionHistorical.open_: expected str, got {type(open_).__name__}"
        )

    return open_


def _load_low(d: dict[str, Any], lazily: bool) -> str | Unset:
    low = d.get("low", UNSET)
    if not isinstance(low, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistributionHistorical.low: expected str, got {type(low).__name__}"
        )

    return low


def _load_high(d: dict[str, Any], lazily: bool) -> str | Unset:
    high = d.get("high", UNSET)
    if not isinstance(high, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistributionHistorical.high: expected str, got {type(high).__name__}"
        )

    return high


def _load_close(d: dict[str, Any], lazily: bool) -> str | Unset:
    close = d.get("close", UNSET)
    if not isinstance(close, (str, Unset, NoneType)):
        raise TypeError(
            f"BidAskDistributionHistorical.close: expected str, got {type(close).__name__}"
        )

    return close


_FIELDS = frozenset(
    {
        "open",
        "low",
        "high",
        "close",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "open_": _load_open_,
    "low": _load_low,
    "high": _load_high,
    "close": _load_close,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "open_",
    "low",
    "high",
    "close",
    "additional_properties",
)
