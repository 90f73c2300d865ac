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

if TYPE_CHECKING:
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="GetEventMetadataResponse")


@_attrs_define
class GetEventMetadataResponse:
    """
    Attributes:
        image_url (str | Unset):
        featured_image_url (str | Unset):
        market_details (list[MarketMetadata] | None | Unset):
        settlement_sources (list[SettlementSource] | None | Unset):
        competition (None | str | Unset):
        competition_scope (None | str | Unset):
    """

    image_url: str | Unset = UNSET
    featured_image_url: str | Unset = UNSET
    market_details: list[MarketMetadata] | None | Unset = UNSET
    settlement_sources: list[SettlementSource] | None | Unset = UNSET
    competition: None | str | Unset = UNSET
    competition_scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        featured_image_url = self.featured_image_url

        market_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.market_details, Unset):
            market_details = UNSET
        elif isinstance(self.market_details, list):
            market_details = []
            for market_details_type_0_item_data in self.market_details:
                market_details_type_0_item = market_details_type_0_item_data.to_dict()
                market_details.append(market_details_type_0_item)

        else:
            market_details = self.market_details

        settlement_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.settlement_sources, Unset):
            settlement_sources = UNSET
        elif isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = (
                    settlement_sources_type_0_item_data.to_dict()
                )
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        competition: None | str | Unset
        if isinstance(self.competition, Unset):
            competition = UNSET
        else:
            competition = self.competition

        competition_scope: None | str | Unset
        if isinstance(self.competition_scope, Unset):
            competition_scope = UNSET
        else:
            competition_scope = self.competition_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if featured_image_url is not UNSET:
            field_dict["featured_image_url"] = featured_image_url
        if market_details is not UNSET:
            field_dict["market_details"] = market_details
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if competition is not UNSET:
            field_dict["competition"] = competition
        if competition_scope is not UNSET:
            field_dict["competition_scope"] = competition_scope

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
            get_event_metadata_response = cls.__new__(cls)
            get_event_metadata_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_event_metadata_response
        d = dict(src_dict)
        from ..models.market_metadata import MarketMetadata  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        image_url = d.get("image_url", UNSET)
        if not isinstance(image_url, (str, Unset, NoneType)):
            raise TypeError(
                f"GetEventMetadataResponse.image_url: expected str, got {type(image_url).__name__}"
            )

        featured_image_url = d.get("featured_image_url", UNSET)
        if not isinstance(featured_image_url, (str, Unset, NoneType)):
            raise TypeError(
                f"GetEventMetadataResponse.featured_image_url: expected str, got {type(featured_image_url).__name__}"
            )

        _market_details_data = d.get("market_details", UNSET)
        market_details: list[MarketMetadata] | None | Unset
        if _market_details_data is None or isinstance(_market_details_data, Unset):
            market_details = _market_details_data
        elif isinstance(_market_details_data, list):
            market_details_type_0 = []
            _market_details_type_0 = _market_details_data
            for market_details_type_0_item_data in _market_details_type_0:
                market_details_type_0_item = MarketMetadata.from_dict(
                    lazy=lazily, src_dict=market_details_type_0_item_data
                )

                market_details_type_0.append(market_details_type_0_item)

            market_details = market_details_type_0
        else:
            raise TypeError(
                f"market_details: unexpected JSON type {type(_market_details_data).__name__}"
            )

        _settlement_sources_data = d.get("settlement_sources", UNSET)
        settlement_sources: list[SettlementSource] | None | Unset
        if _settlement_sources_data is None or isinstance(
            _settlement_sources_data, Unset
        ):
            settlement_sources = _settlement_sources_data
        elif isinstance(_settlement_sources_data, list):
            settlement_sources_type_0 = []
            _settlement_sources_type_0 = _settlement_sources_data
            for settlement_sources_type_0_item_data in _settlement_sources_type_0:
                settlement_sources_type_0_item = SettlementSource.from_dict(
                    lazy=lazily, src_dict=settlement_sources_type_0_item_data
                )

                settlement_sources_type_0.append(settlement_sources_type_0_item)

            settlement_sources = settlement_sources_type_0
        else:
            raise TypeError(
                f"settlement_sources: unexpected JSON type {type(_settlement_sources_data).__name__}"
            )

        _competition_data = d.get("competition", UNSET)
        competition: None | str | Unset
        if _competition_data is None or isinstance(_competition_data, Unset):
            competition = _competition_data
        elif not isinstance(_competition_data, (str,)):
            raise TypeError(
                f"competition: expected str, got {type(_competition_data).__name__}"
            )
        else:
            competition = cast(None | str | Unset, _competition_data)

        _competition_scope_data = d.get("competition_scope", UNSET)
        competition_scope: None | str | Unset
        if _competition_scope_data is None or isinstance(
            _competition_scope_data, Unset
        ):
            competition_scope = _competition_scope_data
        elif not isinstance(_competition_scope_data, (str,)):
            raise TypeError(
                f"competition_scope: expected str, got {type(_competition_scope_data).__name__}"
            )
        else:
            competition_scope = cast(None | str | Unset, _competition_scope_data)

        get_event_metadata_response = cls(
            image_url=image_url,
            featured_image_url=featured_image_url,
            market_details=market_details,
            settlement_sources=settlement_sources,
            competition=competition,
            competition_scope=competition_scope,
        )
        get_event_metadata_response.additional_properties = _load_additional_properties(
            d, False
        )
        return get_event_metadata_response

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
                    f"GetEventMetadataResponse.{name}: {error!r}"
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
        return f"GetEventMetadataResponse({', '.join(shown)})"

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


def _load_image_url(d: dict[str, Any], lazily: bool) -> str | Unset:
    image_url = d.get("image_url", UNSET)
    if not isinstance(image_url, (str, Unset, NoneType)):
        raise TypeError(
            f"GetEventMetadataResponse.image_url: expected str, got {type(image_url).__name__}"
        )

    return image_url


def _load_featured_image_url(d: dict[str, Any], lazily: bool) -> str | Unset:
    featured_image_url = d.get("featured_image_url", UNSET)
    if not isinstance(featured_image_url, (str, Unset, NoneType)):
        raise TypeError(
            f"GetEventMetadataResponse.featured_image_url: expected str, got {type(featured_image_url).__name__}"
        )

    return featured_image_url


def _load_market_details(
    d: dict[str, Any], lazily: bool
) -> list[MarketMetadata] | None | Unset:
    from ..models.market_metadata import MarketMetadata  # noqa: PLC0415

    _market_details_data = d.get("market_details", UNSET)
    market_details: list[MarketMetadata] | None | Unset
    if _market_details_data is None or isinstance(_market_details_data, Unset):
        market_details = _market_details_data
    elif isinstance(_market_details_data, list):
        market_details_type_0 = []
        _market_details_type_0 = _market_details_data
        for market_details_type_0_item_data in _market_details_type_0:
            market_details_type_0_item = MarketMetadata.from_dict(
                lazy=lazily, src_dict=market_details_type_0_item_data
            )

            market_details_type_0.append(market_details_type_0_item)

        market_details = market_details_type_0
    else:
        raise TypeError(
            f"market_details: unexpected JSON type {type(_market_details_data).__name__}"
        )

    return market_details


def _load_settlement_sources(
    d: dict[str, Any], lazily: bool
) -> list[SettlementSource] | None | Unset:
    from ..models.settlement_source import SettlementSource  # noqa: PLC0415

    _settlement_sources_data = d.get("settlement_sources", UNSET)
    settlement_sources: list[SettlementSource] | None | Unset
    if _settlement_sources_data is None or isinstance(_settlement_sources_data, Unset):
        settlement_sources = _settlement_sources_data
    elif isinstance(_settlement_sources_data, list):
        settlement_sources_type_0 = []
        _settlement_sources_type_0 = _settlement_sources_data
        for settlement_sources_type_0_item_data in _settlement_sources_type_0:
            settlement_sources_type_0_item = SettlementSource.from_dict(
                lazy=lazily, src_dict=settlement_sources_type_0_item_data
            )

            settlement_sources_type_0.append(settlement_sources_type_0_item)

        settlement_sources = settlement_sources_type_0
    else:
        raise TypeError(
            f"settlement_sources: unexpected JSON type {type(_settlement_sources_data).__name__}"
        )

    return settlement_sources


def _load_competition(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _competition_data = d.get("competition", UNSET)
    competition: None | str | Unset
    if _competition_data is None or isinstance(_competition_data, Unset):
        competition = _competition_data
    elif not isinstance(_competition_data, (str,)):
        raise TypeError(
            f"competition: expected str, got {type(_competition_data).__name__}"
        )
    else:
        competition = cast(None | str | Unset, _competition_data)

    return competition


def _load_competition_scope(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _competition_scope_data = d.get("competition_scope", UNSET)
    competition_scope: None | str | Unset
    if _competition_scope_data is None or isinstance(_competition_scope_data, Unset):
        competition_scope = _competition_scope_data
    elif not isinstance(_competition_scope_data, (str,)):
        raise TypeError(
            f"competition_scope: expected str, got {type(_competition_scope_data).__name__}"
        )
    else:
        competition_scope = cast(None | str | Unset, _competition_scope_data)

    return competition_scope


_FIELDS = frozenset(
    {
        "image_url",
        "featured_image_url",
        "market_details",
        "settlement_sources",
        "competition",
        "competition_scope",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "image_url": _load_image_url,
    "featured_image_url": _load_featured_image_url,
    "market_details": _load_market_details,
    "settlement_sources": _load_settlement_sources,
    "competition": _load_competition,
    "competition_scope": _load_competition_scope,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "image_url",
    "featured_image_url",
    "market_details",
    "settlement_sources",
    "competition",
    "competition_scope",
    "additional_properties",
)
