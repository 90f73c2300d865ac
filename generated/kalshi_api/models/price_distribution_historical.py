from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define
class PriceDistributionHistorical:
    """
    Attributes:
        open_ (None | str | Unset):
        low (None | str | Unset):
        high (None | str | Unset):
        close (None | str | Unset):
        mean (None | str | Unset):
        previous (None | str | Unset):
    """

    open_: None | str | Unset = UNSET
    low: None | str | Unset = UNSET
    high: None | str | Unset = UNSET
    close: None | str | Unset = UNSET
    mean: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        open_: None | str | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        low: None | str | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        high: None | str | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        close: None | str | Unset
        if isinstance(self.close, Unset):
            close = UNSET
        else:
            close = self.close

        mean: None | str | Unset
        if isinstance(self.mean, Unset):
            mean = UNSET
        else:
            mean = self.mean

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

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
        if mean is not UNSET:
            field_dict["mean"] = mean
        if previous is not UNSET:
            field_dict["previous"] = previous

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
            price_distribution_historical = cls.__new__(cls)
            price_distribution_historical._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return price_distribution_historical
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _open__data = d.get("open", UNSET)
        open_: None | str | Unset
        if _open__data is None or isinstance(_open__data, Unset):
            open_ = _open__data
        elif not isinstance(_open__data, (str,)):
            raise TypeError(f"open_: expected str, got {type(_open__data).__name__}")
        else:
            open_ = cast(None | str | Unset, _open__data)

        _low_data = d.get("low", UNSET)
        low: None | str | Unset
        if _low_data is None or isinstance(_low_data, Unset):
            low = _low_data
        elif not isinstance(_low_data, (str,)):
            raise TypeError(f"low: expected str, got {type(_low_data).__name__}")
        else:
            low = cast(None | str | Unset, _low_data)

        _high_data = d.get("high", UNSET)
        high: None | str | Unset
        if _high_data is None or isinstance(_high_data, Unset):
            high = _high_data
        elif not isinstance(_high_data, (str,)):
            raise TypeError(f"high: expected str, got {type(_high_data).__name__}")
        else:
            high = cast(None | str | Unset, _high_data)

        _close_data = d.get("close", UNSET)
        close: None | str | Unset
        if _close_data is None or isinstance(_close_data, Unset):
            close = _close_data
        elif not isinstance(_close_data, (str,)):
            raise TypeError(f"close: expected str, got {type(_close_data).__name__}")
        else:
            close = cast(None | str | Unset, _close_data)

        _mean_data = d.get("mean", UNSET)
        mean: None | str | Unset
        if _mean_data is None or isinstance(_mean_data, Unset):
            mean = _mean_data
        elif not isinstance(_mean_data, (str,)):
            raise TypeError(f"mean: expected str, got {type(_mean_data).__name__}")
        else:
            mean = cast(None | str | Unset, _mean_data)

        _previous_data = d.get("previous", UNSET)
        previous: None | str | Unset
        if _previous_data is None or isinstance(_previous_data, Unset):
            previous = _previous_data
        elif not isinstance(_previous_data, (str,)):
            raise TypeError(
                f"previous: expected str, got {type(_previous_data).__name__}"
            )
        else:
            previous = cast(None | str | Unset, _previous_data)

        price_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
            mean=mean,
            previous=previous,
        )
        price_distribution_historical.additional_properties = (
            _load_additional_properties(d, False)
        )
        return price_distribution_historical

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
                    f"PriceDistributionHistorical.{name}: {error!r}"
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
        return f"PriceDistributionHistorical({', '.join(shown)})"

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


def _load_open_(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _open__data = d.get("open", UNSET)
    open_: None | str | Unset
    if _open__data is None or isinstance(_open__data, Unset):
        open_ = _open__data
    elif not isinstance(_open__data, (str,)):
        raise TypeError(f"open_: expected str, got {type(_open__data).__name__}")
    else:
        open_ = cast(None | str | Unset, _open__data)

    return open_


def _load_low(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _low_data = d.get("low", UNSET)
    low: None | str | Unset
    if _low_data is None or isinstance(_low_data, Unset):
        low = _low_data
    elif not isinstance(_low_data, (str,)):
        raise TypeError(f"low: expected str, got {type(_low_data).__name__}")
    else:
        low = cast(None | str | Unset, _low_data)

    return low


def _load_high(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _high_data = d.get("high", UNSET)
    high: None | str | Unset
    if _high_data is None or isinstance(_high_data, Unset):
        high = _high_data
    elif not isinstance(_high_data, (str,)):
        raise TypeError(f"high: expected str, got {type(_high_data).__name__}")
    else:
        high = cast(None | str | Unset, _high_data)

    return high


def _load_close(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _close_data = d.get("close", UNSET)
    close: None | str | Unset
    if _close_data is None or isinstance(_close_data, Unset):
        close = _close_data
    elif not isinstance(_close_data, (str,)):
        raise TypeError(f"close: expected str, got {type(_close_data).__name__}")
    else:
        close = cast(None | str | Unset, _close_data)

    return close


def _load_mean(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _mean_data = d.get("mean", UNSET)
    mean: None | str | Unset
    if _mean_data is None or isinstance(_mean_data, Unset):
        mean = _mean_data
    elif not isinstance(_mean_data, (str,)):
        raise TypeError(f"mean: expected str, got {type(_mean_data).__name__}")
    else:
        mean = cast(None | str | Unset, _mean_data)

    return mean


def _load_previous(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _previous_data = d.get("previous", UNSET)
    previous: None | str | Unset
    if _previous_data is None or isinstance(_previous_data, Unset):
        previous = _previous_data
    elif not isinstance(_previous_data, (str,)):
        raise TypeError(f"previous: expected str, got {type(_previous_data).__name__}")
    else:
        previous = cast(None | str | Unset, _previous_data)

    return previous


_FIELDS = frozenset(
    {
        "open",
        "low",
        "high",
        "close",
        "mean",
        "previous",
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
    "mean": _load_mean,
    "previous": _load_previous,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "open_",
    "low",
    "high",
    "close",
    "mean",
    "previous",
    "additional_properties",
)
