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

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="MarketCandlesticksResponse")


@_attrs_define
class MarketCandlesticksResponse:
    """
    Attributes:
        market_ticker (str | Unset):
        candlesticks (list[MarketCandlestick] | None | Unset):
    """

    market_ticker: str | Unset = UNSET
    candlesticks: list[MarketCandlestick] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        candlesticks: list[dict[str, Any]] | None | Unset
        if isinstance(self.candlesticks, Unset):
            candlesticks = UNSET
        elif isinstance(self.candlesticks, list):
            candlesticks = []
            for candlesticks_type_0_item_data in self.candlesticks:
                candlesticks_type_0_item = candlesticks_type_0_item_data.to_dict()
                candlesticks.append(candlesticks_type_0_item)

        else:
            candlesticks = self.candlesticks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if candlesticks is not UNSET:
            field_dict["candlesticks"] = candlesticks

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
            market_candlesticks_response = cls.__new__(cls)
            market_candlesticks_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_candlesticks_response
        d = dict(src_dict)
        from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketCandlesticksResponse.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _candlesticks_data = d.get("candlesticks", UNSET)
        candlesticks: list[MarketCandlestick] | None | Unset
        if _candlesticks_data is None or isinstance(_candlesticks_data, Unset):
            candlesticks = _candlesticks_data
        elif isinstance(_candlesticks_data, list):
            candlesticks_type_0 = []
            _candlesticks_type_0 = _candlesticks_data
            for candlesticks_type_0_item_data in _candlesticks_type_0:
                candlesticks_type_0_item = MarketCandlestick.from_dict(
                    lazy=lazily, src_dict=candlesticks_type_0_item_data
                )

                candlesticks_type_0.append(candlesticks_type_0_item)

            candlesticks = candlesticks_type_0
        else:
            raise TypeError(
                f"candlesticks: unexpected JSON type {type(_candlesticks_data).__name__}"
            )

        market_candlesticks_response = cls(
            market_ticker=market_ticker,
            candlesticks=candlesticks,
        )
        market_candlesticks_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return market_candlesticks_response

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
                    f"MarketCandlesticksResponse.{name}: {error!r}"
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
        return f"MarketCandlesticksResponse({', '.join(shown)})"

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


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketCandlesticksResponse.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_candlesticks(
    d: dict[str, Any], lazily: bool
) -> list[MarketCandlestick] | None | Unset:
    from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

    _candlesticks_data = d.get("candlesticks", UNSET)
    candlesticks: list[MarketCandlestick] | None | Unset
    if _candlesticks_data is None or isinstance(_candlesticks_data, Unset):
        candlesticks = _candlesticks_data
    elif isinstance(_candlesticks_data, list):
        candlesticks_type_0 = []
        _candlesticks_type_0 = _candlesticks_data
        for candlesticks_type_0_item_data in _candlesticks_type_0:
            candlesticks_type_0_item = MarketCandlestick.from_dict(
                lazy=lazily, src_dict=candlesticks_type_0_item_data
            )

            candlesticks_type_0.append(candlesticks_type_0_item)

        candlesticks = candlesticks_type_0
    else:
        raise TypeError(
            f"candlesticks: unexpected JSON type {type(_candlesticks_data).__name__}"
        )

    return candlesticks


_FIELDS = frozenset(
    {
        "market_ticker",
        "candlesticks",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "candlesticks": _load_candlesticks,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "candlesticks",
    "additional_properties",
)
