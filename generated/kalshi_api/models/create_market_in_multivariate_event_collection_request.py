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
    from ..models.ticker_pair import TickerPair


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionRequest")


@_attrs_define
class CreateMarketInMultivariateEventCollectionRequest:
    """
    Attributes:
        selected_markets (list[TickerPair]):
        with_market_payload (bool | Unset):
    """

    selected_markets: list[TickerPair]
    with_market_payload: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        selected_markets = []
        for selected_markets_item_data in self.selected_markets:
            selected_markets_item = selected_markets_item_data.to_dict()
            selected_markets.append(selected_markets_item)

        with_market_payload = self.with_market_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_markets": selected_markets,
            }
        )
        if with_market_payload is not UNSET:
            field_dict["with_market_payload"] = with_market_payload

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
            create_market_in_multivariate_event_collection_request = cls.__new__(cls)
            create_market_in_multivariate_event_collection_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_market_in_multivariate_event_collection_request
        d = dict(src_dict)
        from ..models.ticker_pair import TickerPair  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        selected_markets = []
        _selected_markets = d["selected_markets"]
        for selected_markets_item_data in _selected_markets:
            selected_markets_item = TickerPair.from_dict(
                lazy=lazily, src_dict=selected_markets_item_data
            )

            selected_markets.append(selected_markets_item)

        with_market_payload = d.get("with_market_payload", UNSET)
        if not isinstance(with_market_payload, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateMarketInMultivariateEventCollectionRequest.with_market_payload: expected bool, got {type(with_market_payload).__name__}"
            )

        create_market_in_multivariate_event_collection_request = cls(
            selected_markets=selected_markets,
            with_market_payload=with_market_payload,
        )
        create_market_in_multivariate_event_collection_request.additional_properties = (
            _load_additional_properties(d, False)
        )
        return create_market_in_multivariate_event_collection_request

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
                    f"CreateMarketInMultivariateEventCollectionRequest.{name}: {error!r}"
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
        return f"CreateMarketInMultivariateEventCollectionRequest({', '.join(shown)})"

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


def _load_selected_markets(d: dict[str, Any], lazily: bool) -> list[TickerPair]:
    from ..models.ticker_pair import TickerPair  # noqa: PLC0415

    selected_markets = []
    _selected_markets = d["selected_markets"]
    for selected_markets_item_data in _selected_markets:
        selected_markets_item = TickerPair.from_dict(
            lazy=lazily, src_dict=selected_markets_item_data
        )

        selected_markets.append(selected_markets_item)

    return selected_markets


def _load_with_market_payload(d: dict[str, Any], lazily: bool) -> bool | Unset:
    with_market_payload = d.get("with_market_payload", UNSET)
    if not isinstance(with_market_payload, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateMarketInMultivariateEventCollectionRequest.with_market_payload: expected bool, got {type(with_market_payload).__name__}"
        )

    return with_market_payload


_FIELDS = frozenset(
    {
        "selected_markets",
        "with_market_payload",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "selected_markets": _load_selected_markets,
    "with_market_payload": _load_with_market_payload,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "selected_markets",
    "with_market_payload",
    "additional_properties",
)
