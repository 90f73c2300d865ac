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

T = TypeVar("T", bound="PythValueMsg")


@_attrs_define
class PythValueMsg:
    """
    Attributes:
        underlying_ticker (str | Unset):
        value_usd (str | Unset):
        source_ts_ms (int | Unset):
        received_at (int | Unset):
    """

    underlying_ticker: str | Unset = UNSET
    value_usd: str | Unset = UNSET
    source_ts_ms: int | Unset = UNSET
    received_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        underlying_ticker = self.underlying_ticker

        value_usd = self.value_usd

        source_ts_ms = self.source_ts_ms

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if underlying_ticker is not UNSET:
            field_dict["underlying_ticker"] = underlying_ticker
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd
        if source_ts_ms is not UNSET:
            field_dict["source_ts_ms"] = source_ts_ms
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

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
            pyth_value_msg = cls.__new__(cls)
            pyth_value_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return pyth_value_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        underlying_ticker = d.get("underlying_ticker", UNSET)
        if not isinstance(underlying_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"PythValueMsg.underlying_ticker: expected str, got {type(underlying_ticker).__name__}"
            )

        value_usd = d.get("value_usd", UNSET)
        if not isinstance(value_usd, (str, Unset, NoneType)):
            raise TypeError(
                f"PythValueMsg.value_usd: expected str, got {type(value_usd).__name__}"
            )

        source_ts_ms = d.get("source_ts_ms", UNSET)
        if not isinstance(source_ts_ms, (int, Unset, NoneType)) or isinstance(
            source_ts_ms, bool
        ):
            raise TypeError(
                f"PythValueMsg.source_ts_ms: expected int, got {type(source_ts_ms).__name__}"
            )

        received_at = d.get("received_at", UNSET)
        if not isinstance(received_at, (int, Unset, NoneType)) or isinstance(
            received_at, bool
        ):
            raise TypeError(
                f"PythValueMsg.received_at: expected int, got {type(received_at).__name__}"
            )

        pyth_value_msg = cls(
            underlying_ticker=underlying_ticker,
            value_usd=value_usd,
            source_ts_ms=source_ts_ms,
            received_at=received_at,
        )
        pyth_value_msg.additional_properties = _load_additional_properties(d, False)
        return pyth_value_msg

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
                raise MalformedField(f"PythValueMsg.{name}: {error!r}") from error
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
        return f"PythValueMsg({', '.join(shown)})"

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


def _load_underlying_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    underlying_ticker = d.get("underlying_ticker", UNSET)
    if not isinstance(underlying_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"PythValueMsg.underlying_ticker: expected str, got {type(underlying_ticker).__name__}"
        )

    return underlying_ticker


def _load_value_usd(d: dict[str, Any], lazily: bool) -> str | Unset:
    value_usd = d.get("value_usd", UNSET)
    if not isinstance(value_usd, (str, Unset, NoneType)):
        raise TypeError(
            f"PythValueMsg.value_usd: expected str, got {type(value_usd).__name__}"
        )

    return value_usd


def _load_source_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    source_ts_ms = d.get("source_ts_ms", UNSET)
    if not isinstance(source_ts_ms, (int, Unset, NoneType)) or isinstance(
        source_ts_ms, bool
    ):
        raise TypeError(
            f"PythValueMsg.source_ts_ms: expected int, got {type(source_ts_ms).__name__}"
        )

    return source_ts_ms


def _load_received_at(d: dict[str, Any], lazily: bool) -> int | Unset:
    received_at = d.get("received_at", UNSET)
    if not isinstance(received_at, (int, Unset, NoneType)) or isinstance(
        received_at, bool
    ):
        raise TypeError(
            f"PythValueMsg.received_at: expected int, got {type(received_at).__name__}"
        )

    return received_at


_FIELDS = frozenset(
    {
        "underlying_ticker",
        "value_usd",
        "source_ts_ms",
        "received_at",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "underlying_ticker": _load_underlying_ticker,
    "value_usd": _load_value_usd,
    "source_ts_ms": _load_source_ts_ms,
    "received_at": _load_received_at,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "underlying_ticker",
    "value_usd",
    "source_ts_ms",
    "received_at",
    "additional_properties",
)
