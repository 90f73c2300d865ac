from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.ticker_pair_side import TickerPairSide
from ..types import UNSET

T = TypeVar("T", bound="TickerPair")


@_attrs_define
class TickerPair:
    """
    Attributes:
        market_ticker (str):
        event_ticker (str):
        side (TickerPairSide):
    """

    market_ticker: str
    event_ticker: str
    side: TickerPairSide | Literal["yes", "no"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        side = TickerPairSide.of(self.side).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "event_ticker": event_ticker,
                "side": side,
            }
        )

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
            ticker_pair = cls.__new__(cls)
            ticker_pair._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return ticker_pair
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d["market_ticker"]
        if not isinstance(market_ticker, (str, NoneType)):
            raise TypeError(
                f"TickerPair.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        event_ticker = d["event_ticker"]
        if not isinstance(event_ticker, (str, NoneType)):
            raise TypeError(
                f"TickerPair.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        side = TickerPairSide._value2member_map_.get(
            _raw := d["side"]
        ) or TickerPairSide(_raw)

        ticker_pair = cls(
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            side=side,
        )
        ticker_pair.additional_properties = _load_additional_properties(d, False)
        return ticker_pair

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
                raise MalformedField(f"TickerPair.{name}: {error!r}") from error
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
        return f"TickerPair({', '.join(shown)})"

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


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str:
    market_ticker = d["market_ticker"]
    if not isinstance(market_ticker, (str, NoneType)):
        raise TypeError(
            f"TickerPair.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str:
    event_ticker = d["event_ticker"]
    if not isinstance(event_ticker, (str, NoneType)):
        raise TypeError(
            f"TickerPair.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_side(d: dict[str, Any], lazily: bool) -> TickerPairSide:
    side = TickerPairSide._value2member_map_.get(_raw := d["side"]) or TickerPairSide(
        _raw
    )

    return side


_FIELDS = frozenset(
    {
        "market_ticker",
        "event_ticker",
        "side",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "event_ticker": _load_event_ticker,
    "side": _load_side,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "event_ticker",
    "side",
    "additional_properties",
)
