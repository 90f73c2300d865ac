from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market import Market  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"CreateMarketInMultivariateEventCollectionResponse.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"CreateMarketInMultivariateEventCollectionResponse.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _market = d.pop("market", UNSET)
        market: Market | Unset
        if isinstance(_market, Unset):
            market = UNSET
        else:
            market = Market.from_dict(_market)

        create_market_in_multivariate_event_collection_response = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            market=market,
        )

        create_market_in_multivariate_event_collection_response.additional_properties = d
        return create_market_in_multivariate_event_collection_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_ticker", self.event_ticker),
            ("market_ticker", self.market_ticker),
            ("market", self.market),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateMarketInMultivariateEventCollectionResponse({shown})"

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
