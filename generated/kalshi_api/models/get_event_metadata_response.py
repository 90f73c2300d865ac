from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_metadata import MarketMetadata  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)
        if not isinstance(image_url, str | Unset | None):
            raise TypeError(
                f"GetEventMetadataResponse.image_url: expected str, got {type(image_url).__name__}"
            )

        featured_image_url = d.pop("featured_image_url", UNSET)
        if not isinstance(featured_image_url, str | Unset | None):
            raise TypeError(
                f"GetEventMetadataResponse.featured_image_url: expected str, got {type(featured_image_url).__name__}"
            )

        _market_details_data = d.pop("market_details", UNSET)
        market_details: list[MarketMetadata] | None | Unset
        if _market_details_data is None or isinstance(_market_details_data, Unset):
            market_details = _market_details_data
        elif isinstance(_market_details_data, list):
            market_details_type_0 = []
            _market_details_type_0 = _market_details_data
            for market_details_type_0_item_data in _market_details_type_0:
                market_details_type_0_item = MarketMetadata.from_dict(
                    market_details_type_0_item_data
                )

                market_details_type_0.append(market_details_type_0_item)

            market_details = market_details_type_0
        else:
            raise TypeError(
                f"market_details: unexpected JSON type {type(_market_details_data).__name__}"
            )

        _settlement_sources_data = d.pop("settlement_sources", UNSET)
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
                    settlement_sources_type_0_item_data
                )

                settlement_sources_type_0.append(settlement_sources_type_0_item)

            settlement_sources = settlement_sources_type_0
        else:
            raise TypeError(
                f"settlement_sources: unexpected JSON type {type(_settlement_sources_data).__name__}"
            )

        _competition_data = d.pop("competition", UNSET)
        competition: None | str | Unset
        if _competition_data is None or isinstance(_competition_data, Unset):
            competition = _competition_data
        elif not isinstance(_competition_data, str):
            raise TypeError(
                f"competition: expected str, got {type(_competition_data).__name__}"
            )
        else:
            competition = cast(None | str | Unset, _competition_data)

        _competition_scope_data = d.pop("competition_scope", UNSET)
        competition_scope: None | str | Unset
        if _competition_scope_data is None or isinstance(
            _competition_scope_data, Unset
        ):
            competition_scope = _competition_scope_data
        elif not isinstance(_competition_scope_data, str):
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

        get_event_metadata_response.additional_properties = d
        return get_event_metadata_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("image_url", self.image_url),
            ("featured_image_url", self.featured_image_url),
            ("market_details", self.market_details),
            ("settlement_sources", self.settlement_sources),
            ("competition", self.competition),
            ("competition_scope", self.competition_scope),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetEventMetadataResponse({shown})"

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
