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
    from ..models.market import Market


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionResponse")


@_attrs_define
class CreateMarketInMultivariateEventCollectionResponse:
    """
    Attributes:
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        market (Market | Unset):
    """

    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    market: Market | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        market: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market, Unset):
            market = self.market.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market is not UNSET:
            field_dict["market"] = market

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
            create_market_in_multivariate_event_collection_response = cls.__new__(cls)
            create_market_in_multivariate_event_collection_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_market_in_multivariate_event_collection_response
        d = dict(src_dict)
        from ..models.market import Market  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateMarketInMultivariateEventCollectionResponse.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateMarketInMultivariateEventCollectionResponse.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _market = d.get("market", UNSET)
        market: Market | Unset
        if isinstance(_market, Unset):
            market = UNSET
        else:
            market = Market.from_dict(lazy=lazily, src_dict=_market)

        create_market_in_multivariate_event_collection_response = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            market=market,
        )
        create_market_in_multivariate_event_collection_response.additional_properties = _load_additional_properties(
            d, False
        )
        return create_market_in_multivariate_event_collection_response

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
                    f"CreateMarketInMultivariateEventCollectionResponse.{name}: {error!r}"
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
        return f"CreateMarketInMultivariateEventCollectionResponse({', '.join(shown)})"

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


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateMarketInMultivariateEventCollectionResponse.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateMarketInMultivariateEventCollectionResponse.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_market(d: dict[str, Any], lazily: bool) -> Market | Unset:
    from ..models.market import Market  # noqa: PLC0415

    _market = d.get("market", UNSET)
    market: Market | Unset
    if isinstance(_market, Unset):
        market = UNSET
    else:
        market = Market.from_dict(lazy=lazily, src_dict=_market)

    return market


_FIELDS = frozenset(
    {
        "event_ticker",
        "market_ticker",
        "market",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_ticker": _load_event_ticker,
    "market_ticker": _load_market_ticker,
    "market": _load_market,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_ticker",
    "market_ticker",
    "market",
    "additional_properties",
)
