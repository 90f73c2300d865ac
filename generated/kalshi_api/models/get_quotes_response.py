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
    from ..models.quote import Quote


T = TypeVar("T", bound="GetQuotesResponse")


@_attrs_define
class GetQuotesResponse:
    """
    Attributes:
        quotes (list[Quote] | None | Unset):
        cursor (str | Unset):
    """

    quotes: list[Quote] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotes: list[dict[str, Any]] | None | Unset
        if isinstance(self.quotes, Unset):
            quotes = UNSET
        elif isinstance(self.quotes, list):
            quotes = []
            for quotes_type_0_item_data in self.quotes:
                quotes_type_0_item = quotes_type_0_item_data.to_dict()
                quotes.append(quotes_type_0_item)

        else:
            quotes = self.quotes

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote import Quote  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _quotes_data = d.pop("quotes", UNSET)
        quotes: list[Quote] | None | Unset
        if _quotes_data is None or isinstance(_quotes_data, Unset):
            quotes = _quotes_data
        elif isinstance(_quotes_data, list):
            quotes_type_0 = []
            _quotes_type_0 = _quotes_data
            for quotes_type_0_item_data in _quotes_type_0:
                quotes_type_0_item = Quote.from_dict(quotes_type_0_item_data)

                quotes_type_0.append(quotes_type_0_item)

            quotes = quotes_type_0
        else:
            raise TypeError(
                f"quotes: unexpected JSON type {type(_quotes_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetQuotesResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_quotes_response = cls(
            quotes=quotes,
            cursor=cursor,
        )

        get_quotes_response.additional_properties = d
        return get_quotes_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("quotes", self.quotes),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetQuotesResponse({shown})"

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
