from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketMetadata")


@_attrs_define
class MarketMetadata:
    """
    Attributes:
        market_ticker (str | Unset):
        image_url (str | Unset):
        color_code (str | Unset):
    """

    market_ticker: str | Unset = UNSET
    image_url: str | Unset = UNSET
    color_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        image_url = self.image_url

        color_code = self.color_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if color_code is not UNSET:
            field_dict["color_code"] = color_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"MarketMetadata.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        image_url = d.pop("image_url", UNSET)
        if not isinstance(image_url, str | Unset | None):
            raise TypeError(
                f"MarketMetadata.image_url: expected str, got {type(image_url).__name__}"
            )

        color_code = d.pop("color_code", UNSET)
        if not isinstance(color_code, str | Unset | None):
            raise TypeError(
                f"MarketMetadata.color_code: expected str, got {type(color_code).__name__}"
            )

        market_metadata = cls(
            market_ticker=market_ticker,
            image_url=image_url,
            color_code=color_code,
        )

        market_metadata.additional_properties = d
        return market_metadata

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("image_url", self.image_url),
            ("color_code", self.color_code),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MarketMetadata({shown})"

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
