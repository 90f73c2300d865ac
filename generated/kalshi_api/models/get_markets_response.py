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


T = TypeVar("T", bound="GetMarketsResponse")


@_attrs_define
class GetMarketsResponse:
    """
    Attributes:
        markets (list[Market] | None | Unset):
        cursor (str | Unset):
    """

    markets: list[Market] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markets: list[dict[str, Any]] | None | Unset
        if isinstance(self.markets, Unset):
            markets = UNSET
        elif isinstance(self.markets, list):
            markets = []
            for markets_type_0_item_data in self.markets:
                markets_type_0_item = markets_type_0_item_data.to_dict()
                markets.append(markets_type_0_item)

        else:
            markets = self.markets

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if markets is not UNSET:
            field_dict["markets"] = markets
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market import Market  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _markets_data = d.pop("markets", UNSET)
        markets: list[Market] | None | Unset
        if _markets_data is None or isinstance(_markets_data, Unset):
            markets = _markets_data
        elif isinstance(_markets_data, list):
            markets_type_0 = []
            _markets_type_0 = _markets_data
            for markets_type_0_item_data in _markets_type_0:
                markets_type_0_item = Market.from_dict(markets_type_0_item_data)

                markets_type_0.append(markets_type_0_item)

            markets = markets_type_0
        else:
            raise TypeError(
                f"markets: unexpected JSON type {type(_markets_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetMarketsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_markets_response = cls(
            markets=markets,
            cursor=cursor,
        )

        get_markets_response.additional_properties = d
        return get_markets_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("markets", self.markets),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetMarketsResponse({shown})"

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
