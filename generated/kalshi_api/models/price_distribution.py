from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
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

T = TypeVar("T", bound="PriceDistribution")


@_attrs_define
class PriceDistribution:
    """
    Attributes:
        open_dollars (None | str | Unset):
        low_dollars (None | str | Unset):
        high_dollars (None | str | Unset):
        close_dollars (None | str | Unset):
        mean_dollars (None | str | Unset):
        previous_dollars (None | str | Unset):
        min_dollars (None | str | Unset):
        max_dollars (None | str | Unset):
    """

    open_dollars: None | str | Unset = UNSET
    low_dollars: None | str | Unset = UNSET
    high_dollars: None | str | Unset = UNSET
    close_dollars: None | str | Unset = UNSET
    mean_dollars: None | str | Unset = UNSET
    previous_dollars: None | str | Unset = UNSET
    min_dollars: None | str | Unset = UNSET
    max_dollars: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        open_dollars: None | str | Unset
        if isinstance(self.open_dollars, Unset):
            open_dollars = UNSET
        else:
            open_dollars = self.open_dollars

        low_dollars: None | str | Unset
        if isinstance(self.low_dollars, Unset):
            low_dollars = UNSET
        else:
            low_dollars = self.low_dollars

        high_dollars: None | str | Unset
        if isinstance(self.high_dollars, Unset):
            high_dollars = UNSET
        else:
            high_dollars = self.high_dollars

        close_dollars: None | str | Unset
        if isinstance(self.close_dollars, Unset):
            close_dollars = UNSET
        else:
            close_dollars = self.close_dollars

        mean_dollars: None | str | Unset
        if isinstance(self.mean_dollars, Unset):
            mean_dollars = UNSET
        else:
            mean_dollars = self.mean_dollars

        previous_dollars: None | str | Unset
        if isinstance(self.previous_dollars, Unset):
            previous_dollars = UNSET
        else:
            previous_dollars = self.previous_dollars

        min_dollars: None | str | Unset
        if isinstance(self.min_dollars, Unset):
            min_dollars = UNSET
        else:
            min_dollars = self.min_dollars

        max_dollars: None | str | Unset
        if isinstance(self.max_dollars, Unset):
            max_dollars = UNSET
        else:
            max_dollars = self.max_dollars

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
        if mean_dollars is not UNSET:
            field_dict["mean_dollars"] = mean_dollars
        if previous_dollars is not UNSET:
            field_dict["previous_dollars"] = previous_dollars
        if min_dollars is not UNSET:
            field_dict["min_dollars"] = min_dollars
        if max_dollars is not UNSET:
            field_dict["max_dollars"] = max_dollars

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
            price_distribution = cls.__new__(cls)
            price_distribution._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return price_distribution
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _open_dollars_data = d.get("open_dollars", UNSET)
        open_dollars: None | str | Unset
        if _open_dollars_data is None or isinstance(_open_dollars_data, Unset):
            open_dollars = _open_dollars_data
        elif not isinstance(_open_dollars_data, (str,)):
            raise TypeError(
                f"open_dollars: expected str, got {type(_open_dollars_data).__name__}"
            )
        else:
            open_dollars = cast(None | str | Unset, _open_dollars_data)

        _low_dollars_data = d.get("low_dollars", UNSET)
        low_dollars: None | str | Unset
        if _low_dollars_data is None or isinstance(_low_dollars_data, Unset):
            low_dollars = _low_dollars_data
        elif not isinstance(_low_dollars_data, (str,)):
            raise TypeError(
                f"low_dollars: expected str, got {type(_low_dollars_data).__name__}"
            )
        else:
            low_dollars = cast(None | str | Unset, _low_dollars_data)

        _high_dollars_data = d.get("high_dollars", UNSET)
        high_dollars: None | str | Unset
        if _high_dollars_data is None or isinstance(_high_dollars_data, Unset):
            high_dollars = _high_dollars_data
        elif not isinstance(_high_dollars_data, (str,)):
            raise TypeError(
                f"high_dollars: expected str, got {type(_high_dollars_data).__name__}"
            )
        else:
            high_dollars = cast(None | str | Unset, _high_dollars_data)

        _close_dollars_data = d.get("close_dollars", UNSET)
        close_dollars: None | str | Unset
        if _close_dollars_data is None or isinstance(_close_dollars_data, Unset):
            close_dollars = _close_dollars_data
        elif not isinstance(_close_dollars_data, (str,)):
            raise TypeError(
                f"close_dollars: expected str, got {type(_close_dollars_data).__name__}"
            )
        else:
            close_dollars = cast(None | str | Unset, _close_dollars_data)

        _mean_dollars_data = d.get("mean_dollars", UNSET)
        mean_dollars: None | str | Unset
        if _mean_dollars_data is None or isinstance(_mean_dollars_data, Unset):
            mean_dollars = _mean_dollars_data
        elif not isinstance(_mean_dollars_data, (str,)):
            raise TypeError(
                f"mean_dollars: expected str, got {type(_mean_dollars_data).__name__}"
            )
        else:
            mean_dollars = cast(None | str | Unset, _mean_dollars_data)

        _previous_dollars_data = d.get("previous_dollars", UNSET)
        previous_dollars: None | str | Unset
        if _previous_dollars_data is None or isinstance(_previous_dollars_data, Unset):
            previous_dollars = _previous_dollars_data
        elif not isinstance(_previous_dollars_data, (str,)):
            raise TypeError(
                f"previous_dollars: expected str, got {type(_previous_dollars_data).__name__}"
            )
        else:
            previous_dollars = cast(None | str | Unset, _previous_dollars_data)

        _min_dollars_data = d.get("min_dollars", UNSET)
        min_dollars: None | str | Unset
        if _min_dollars_data is None or isinstance(_min_dollars_data, Unset):
            min_dollars = _min_dollars_data
        elif not isinstance(_min_dollars_data, (str,)):
            raise TypeError(
                f"min_dollars: expected str, got {type(_min_dollars_data).__name__}"
            )
        else:
            min_dollars = cast(None | str | Unset, _min_dollars_data)

        _max_dollars_data = d.get("max_dollars", UNSET)
        max_dollars: None | str | Unset
        if _max_dollars_data is None or isinstance(_max_dollars_data, Unset):
            max_dollars = _max_dollars_data
        elif not isinstance(_max_dollars_data, (str,)):
            raise TypeError(
                f"max_dollars: expected str, got {type(_max_dollars_data).__name__}"
            )
        else:
            max_dollars = cast(None | str | Unset, _max_dollars_data)

        price_distribution = cls(
            open_dollars=open_dollars,
            low_dollars=low_dollars,
            high_dollars=high_dollars,
            close_dollars=close_dollars,
            mean_dollars=mean_dollars,
            previous_dollars=previous_dollars,
            min_dollars=min_dollars,
            max_dollars=max_dollars,
        )
        price_distribution.additional_properties = _load_additional_properties(d, False)
        return price_distribution

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
                raise MalformedField(f"PriceDistribution.{name}: {error!r}") from error
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
        return f"PriceDistribution({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "close_dollars": 1,
        "high_dollars": 1,
        "low_dollars": 1,
        "max_dollars": 1,
        "mean_dollars": 1,
        "min_dollars": 1,
        "open_dollars": 1,
        "previous_dollars": 1,
    }

    def decimal(
        self,
        name: Literal[
            "close_dollars",
            "high_dollars",
            "low_dollars",
            "max_dollars",
            "mean_dollars",
            "min_dollars",
            "open_dollars",
            "previous_dollars",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"PriceDistribution.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"PriceDistribution.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"PriceDistribution.{name} is {value!r}, not a finite number"
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


def _load_open_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _open_dollars_data = d.get("open_dollars", UNSET)
    open_dollars: None | str | Unset
    if _open_dollars_data is None or isinstance(_open_dollars_data, Unset):
        open_dollars = _open_dollars_data
    elif not isinstance(_open_dollars_data, (str,)):
        raise TypeError(
            f"open_dollars: expected str, got {type(_open_dollars_data).__name__}"
        )
    else:
        open_dollars = cast(None | str | Unset, _open_dollars_data)

    return open_dollars


def _load_low_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _low_dollars_data = d.get("low_dollars", UNSET)
    low_dollars: None | str | Unset
    if _low_dollars_data is None or isinstance(_low_dollars_data, Unset):
        low_dollars = _low_dollars_data
    elif not isinstance(_low_dollars_data, (str,)):
        raise TypeError(
            f"low_dollars: expected str, got {type(_low_dollars_data).__name__}"
        )
    else:
        low_dollars = cast(None | str | Unset, _low_dollars_data)

    return low_dollars


def _load_high_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _high_dollars_data = d.get("high_dollars", UNSET)
    high_dollars: None | str | Unset
    if _high_dollars_data is None or isinstance(_high_dollars_data, Unset):
        high_dollars = _high_dollars_data
    elif not isinstance(_high_dollars_data, (str,)):
        raise TypeError(
            f"high_dollars: expected str, got {type(_high_dollars_data).__name__}"
        )
    else:
        high_dollars = cast(None | str | Unset, _high_dollars_data)

    return high_dollars


def _load_close_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _close_dollars_data = d.get("close_dollars", UNSET)
    close_dollars: None | str | Unset
    if _close_dollars_data is None or isinstance(_close_dollars_data, Unset):
        close_dollars = _close_dollars_data
    elif not isinstance(_close_dollars_data, (str,)):
        raise TypeError(
            f"close_dollars: expected str, got {type(_close_dollars_data).__name__}"
        )
    else:
        close_dollars = cast(None | str | Unset, _close_dollars_data)

    return close_dollars


def _load_mean_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _mean_dollars_data = d.get("mean_dollars", UNSET)
    mean_dollars: None | str | Unset
    if _mean_dollars_data is None or isinstance(_mean_dollars_data, Unset):
        mean_dollars = _mean_dollars_data
    elif not isinstance(_mean_dollars_data, (str,)):
        raise TypeError(
            f"mean_dollars: expected str, got {type(_mean_dollars_data).__name__}"
        )
    else:
        mean_dollars = cast(None | str | Unset, _mean_dollars_data)

    return mean_dollars


def _load_previous_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _previous_dollars_data = d.get("previous_dollars", UNSET)
    previous_dollars: None | str | Unset
    if _previous_dollars_data is None or isinstance(_previous_dollars_data, Unset):
        previous_dollars = _previous_dollars_data
    elif not isinstance(_previous_dollars_data, (str,)):
        raise TypeError(
            f"previous_dollars: expected str, got {type(_previous_dollars_data).__name__}"
        )
    else:
        previous_dollars = cast(None | str | Unset, _previous_dollars_data)

    return previous_dollars


def _load_min_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _min_dollars_data = d.get("min_dollars", UNSET)
    min_dollars: None | str | Unset
    if _min_dollars_data is None or isinstance(_min_dollars_data, Unset):
        min_dollars = _min_dollars_data
    elif not isinstance(_min_dollars_data, (str,)):
        raise TypeError(
            f"min_dollars: expected str, got {type(_min_dollars_data).__name__}"
        )
    else:
        min_dollars = cast(None | str | Unset, _min_dollars_data)

    return min_dollars


def _load_max_dollars(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _max_dollars_data = d.get("max_dollars", UNSET)
    max_dollars: None | str | Unset
    if _max_dollars_data is None or isinstance(_max_dollars_data, Unset):
        max_dollars = _max_dollars_data
    elif not isinstance(_max_dollars_data, (str,)):
        raise TypeError(
            f"max_dollars: expected str, got {type(_max_dollars_data).__name__}"
        )
    else:
        max_dollars = cast(None | str | Unset, _max_dollars_data)

    return max_dollars


_FIELDS = frozenset(
    {
        "open_dollars",
        "low_dollars",
        "high_dollars",
        "close_dollars",
        "mean_dollars",
        "previous_dollars",
        "min_dollars",
        "max_dollars",
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
    "mean_dollars": _load_mean_dollars,
    "previous_dollars": _load_previous_dollars,
    "min_dollars": _load_min_dollars,
    "max_dollars": _load_max_dollars,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "open_dollars",
    "low_dollars",
    "high_dollars",
    "close_dollars",
    "mean_dollars",
    "previous_dollars",
    "min_dollars",
    "max_dollars",
    "additional_properties",
)
