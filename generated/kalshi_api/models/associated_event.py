from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
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

T = TypeVar("T", bound="AssociatedEvent")


@_attrs_define
class AssociatedEvent:
    """
    Attributes:
        ticker (str | Unset):
        is_yes_only (bool | Unset):
        size_max (int | None | Unset):
        size_min (int | None | Unset):
        active_quoters (list[str] | None | Unset):
    """

    ticker: str | Unset = UNSET
    is_yes_only: bool | Unset = UNSET
    size_max: int | None | Unset = UNSET
    size_min: int | None | Unset = UNSET
    active_quoters: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        is_yes_only = self.is_yes_only

        size_max: int | None | Unset
        if isinstance(self.size_max, Unset):
            size_max = UNSET
        else:
            size_max = self.size_max

        size_min: int | None | Unset
        if isinstance(self.size_min, Unset):
            size_min = UNSET
        else:
            size_min = self.size_min

        active_quoters: list[str] | None | Unset
        if isinstance(self.active_quoters, Unset):
            active_quoters = UNSET
        elif isinstance(self.active_quoters, list):
            active_quoters = self.active_quoters

        else:
            active_quoters = self.active_quoters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if is_yes_only is not UNSET:
            field_dict["is_yes_only"] = is_yes_only
        if size_max is not UNSET:
            field_dict["size_max"] = size_max
        if size_min is not UNSET:
            field_dict["size_min"] = size_min
        if active_quoters is not UNSET:
            field_dict["active_quoters"] = active_quoters

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
            associated_event = cls.__new__(cls)
            associated_event._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return associated_event
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"AssociatedEvent.ticker: expected str, got {type(ticker).__name__}"
            )

        is_yes_only = d.get("is_yes_only", UNSET)
        if not isinstance(is_yes_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"AssociatedEvent.is_yes_only: expected bool, got {type(is_yes_only).__name__}"
            )

        _size_max_data = d.get("size_max", UNSET)
        size_max: int | None | Unset
        if _size_max_data is None or isinstance(_size_max_data, Unset):
            size_max = _size_max_data
        elif not isinstance(_size_max_data, (int,)) or isinstance(_size_max_data, bool):
            raise TypeError(
                f"size_max: expected int, got {type(_size_max_data).__name__}"
            )
        else:
            size_max = cast(int | None | Unset, _size_max_data)

        _size_min_data = d.get("size_min", UNSET)
        size_min: int | None | Unset
        if _size_min_data is None or isinstance(_size_min_data, Unset):
            size_min = _size_min_data
        elif not isinstance(_size_min_data, (int,)) or isinstance(_size_min_data, bool):
            raise TypeError(
                f"size_min: expected int, got {type(_size_min_data).__name__}"
            )
        else:
            size_min = cast(int | None | Unset, _size_min_data)

        _active_quoters_data = d.get("active_quoters", UNSET)
        active_quoters: list[str] | None | Unset
        if _active_quoters_data is None or isinstance(_active_quoters_data, Unset):
            active_quoters = _active_quoters_data
        elif isinstance(_active_quoters_data, list):
            active_quoters_type_0 = cast(list[str], _active_quoters_data)

            active_quoters = active_quoters_type_0
        else:
            raise TypeError(
                f"active_quoters: unexpected JSON type {type(_active_quoters_data).__name__}"
            )

        associated_event = cls(
            ticker=ticker,
            is_yes_only=is_yes_only,
            size_max=size_max,
            size_min=size_min,
            active_quoters=active_quoters,
        )
        associated_event.additional_properties = _load_additional_properties(d, False)
        return associated_event

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
                raise MalformedField(f"AssociatedEvent.{name}: {error!r}") from error
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
        return f"AssociatedEvent({', '.join(shown)})"

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


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"AssociatedEvent.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_is_yes_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_yes_only = d.get("is_yes_only", UNSET)
    if not isinstance(is_yes_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"AssociatedEvent.is_yes_only: expected bool, got {type(is_yes_only).__name__}"
        )

    return is_yes_only


def _load_size_max(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _size_max_data = d.get("size_max", UNSET)
    size_max: int | None | Unset
    if _size_max_data is None or isinstance(_size_max_data, Unset):
        size_max = _size_max_data
    elif not isinstance(_size_max_data, (int,)) or isinstance(_size_max_data, bool):
        raise TypeError(f"size_max: expected int, got {type(_size_max_data).__name__}")
    else:
        size_max = cast(int | None | Unset, _size_max_data)

    return size_max


def _load_size_min(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _size_min_data = d.get("size_min", UNSET)
    size_min: int | None | Unset
    if _size_min_data is None or isinstance(_size_min_data, Unset):
        size_min = _size_min_data
    elif not isinstance(_size_min_data, (int,)) or isinstance(_size_min_data, bool):
        raise TypeError(f"size_min: expected int, got {type(_size_min_data).__name__}")
    else:
        size_min = cast(int | None | Unset, _size_min_data)

    return size_min


def _load_active_quoters(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _active_quoters_data = d.get("active_quoters", UNSET)
    active_quoters: list[str] | None | Unset
    if _active_quoters_data is None or isinstance(_active_quoters_data, Unset):
        active_quoters = _active_quoters_data
    elif isinstance(_active_quoters_data, list):
        active_quoters_type_0 = cast(list[str], _active_quoters_data)

        active_quoters = active_quoters_type_0
    else:
        raise TypeError(
            f"active_quoters: unexpected JSON type {type(_active_quoters_data).__name__}"
        )

    return active_quoters


_FIELDS = frozenset(
    {
        "ticker",
        "is_yes_only",
        "size_max",
        "size_min",
        "active_quoters",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "ticker": _load_ticker,
    "is_yes_only": _load_is_yes_only,
    "size_max": _load_size_max,
    "size_min": _load_size_min,
    "active_quoters": _load_active_quoters,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "is_yes_only",
    "size_max",
    "size_min",
    "active_quoters",
    "additional_properties",
)
