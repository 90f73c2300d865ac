from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderbookCountFp")


@_attrs_define
class OrderbookCountFp:
    """
    Attributes:
        yes_dollars (list[list[str] | None] | None | Unset):
        no_dollars (list[list[str] | None] | None | Unset):
    """

    yes_dollars: list[list[str] | None] | None | Unset = UNSET
    no_dollars: list[list[str] | None] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yes_dollars: list[list[str] | None] | None | Unset
        if isinstance(self.yes_dollars, Unset):
            yes_dollars = UNSET
        elif isinstance(self.yes_dollars, list):
            yes_dollars = []
            for yes_dollars_type_0_item_data in self.yes_dollars:
                yes_dollars_type_0_item: list[str] | None
                if isinstance(yes_dollars_type_0_item_data, list):
                    yes_dollars_type_0_item = yes_dollars_type_0_item_data

                else:
                    yes_dollars_type_0_item = yes_dollars_type_0_item_data
                yes_dollars.append(yes_dollars_type_0_item)

        else:
            yes_dollars = self.yes_dollars

        no_dollars: list[list[str] | None] | None | Unset
        if isinstance(self.no_dollars, Unset):
            no_dollars = UNSET
        elif isinstance(self.no_dollars, list):
            no_dollars = []
            for no_dollars_type_0_item_data in self.no_dollars:
                no_dollars_type_0_item: list[str] | None
                if isinstance(no_dollars_type_0_item_data, list):
                    no_dollars_type_0_item = no_dollars_type_0_item_data

                else:
                    no_dollars_type_0_item = no_dollars_type_0_item_data
                no_dollars.append(no_dollars_type_0_item)

        else:
            no_dollars = self.no_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if yes_dollars is not UNSET:
            field_dict["yes_dollars"] = yes_dollars
        if no_dollars is not UNSET:
            field_dict["no_dollars"] = no_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _yes_dollars_data = d.pop("yes_dollars", UNSET)
        yes_dollars: list[list[str] | None] | None | Unset
        if _yes_dollars_data is None or isinstance(_yes_dollars_data, Unset):
            yes_dollars = _yes_dollars_data
        elif isinstance(_yes_dollars_data, list):
            yes_dollars_type_0 = []
            _yes_dollars_type_0 = _yes_dollars_data
            for yes_dollars_type_0_item_data in _yes_dollars_type_0:
                _yes_dollars_type_0_item_data = yes_dollars_type_0_item_data
                yes_dollars_type_0_item: list[str] | None
                if _yes_dollars_type_0_item_data is None:
                    yes_dollars_type_0_item = _yes_dollars_type_0_item_data
                elif isinstance(_yes_dollars_type_0_item_data, list):
                    componentsschemas_price_level_dollars_count_fp_type_0 = cast(
                        list[str], _yes_dollars_type_0_item_data
                    )

                    yes_dollars_type_0_item = (
                        componentsschemas_price_level_dollars_count_fp_type_0
                    )
                else:
                    raise TypeError(
                        f"yes_dollars_type_0_item: unexpected JSON type {type(_yes_dollars_type_0_item_data).__name__}"
                    )

                yes_dollars_type_0.append(yes_dollars_type_0_item)

            yes_dollars = yes_dollars_type_0
        else:
            raise TypeError(
                f"yes_dollars: unexpected JSON type {type(_yes_dollars_data).__name__}"
            )

        _no_dollars_data = d.pop("no_dollars", UNSET)
        no_dollars: list[list[str] | None] | None | Unset
        if _no_dollars_data is None or isinstance(_no_dollars_data, Unset):
            no_dollars = _no_dollars_data
        elif isinstance(_no_dollars_data, list):
            no_dollars_type_0 = []
            _no_dollars_type_0 = _no_dollars_data
            for no_dollars_type_0_item_data in _no_dollars_type_0:
                _no_dollars_type_0_item_data = no_dollars_type_0_item_data
                no_dollars_type_0_item: list[str] | None
                if _no_dollars_type_0_item_data is None:
                    no_dollars_type_0_item = _no_dollars_type_0_item_data
                elif isinstance(_no_dollars_type_0_item_data, list):
                    componentsschemas_price_level_dollars_count_fp_type_0 = cast(
                        list[str], _no_dollars_type_0_item_data
                    )

                    no_dollars_type_0_item = (
                        componentsschemas_price_level_dollars_count_fp_type_0
                    )
                else:
                    raise TypeError(
                        f"no_dollars_type_0_item: unexpected JSON type {type(_no_dollars_type_0_item_data).__name__}"
                    )

                no_dollars_type_0.append(no_dollars_type_0_item)

            no_dollars = no_dollars_type_0
        else:
            raise TypeError(
                f"no_dollars: unexpected JSON type {type(_no_dollars_data).__name__}"
            )

        orderbook_count_fp = cls(
            yes_dollars=yes_dollars,
            no_dollars=no_dollars,
        )

        orderbook_count_fp.additional_properties = d
        return orderbook_count_fp

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("yes_dollars", self.yes_dollars),
            ("no_dollars", self.no_dollars),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OrderbookCountFp({shown})"

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
