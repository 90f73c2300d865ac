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

T = TypeVar("T", bound="AssociatedEvent")


@_attrs_define
class AssociatedEvent:
    """
    Attributes:
        ticker (str | Unset):
        is_yes_only (bool | Unset):
        size_max (int | None | Unset):
        size_min (int | None | Unset):
        active_quoters (list[str] | None | Unset):
    """

    ticker: str | Unset = UNSET
    is_yes_only: bool | Unset = UNSET
    size_max: int | None | Unset = UNSET
    size_min: int | None | Unset = UNSET
    active_quoters: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        is_yes_only = self.is_yes_only

        size_max: int | None | Unset
        if isinstance(self.size_max, Unset):
            size_max = UNSET
        else:
            size_max = self.size_max

        size_min: int | None | Unset
        if isinstance(self.size_min, Unset):
            size_min = UNSET
        else:
            size_min = self.size_min

        active_quoters: list[str] | None | Unset
        if isinstance(self.active_quoters, Unset):
            active_quoters = UNSET
        elif isinstance(self.active_quoters, list):
            active_quoters = self.active_quoters

        else:
            active_quoters = self.active_quoters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if is_yes_only is not UNSET:
            field_dict["is_yes_only"] = is_yes_only
        if size_max is not UNSET:
            field_dict["size_max"] = size_max
        if size_min is not UNSET:
            field_dict["size_min"] = size_min
        if active_quoters is not UNSET:
            field_dict["active_quoters"] = active_quoters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)
        if not isinstance(ticker, str | Unset | None):
            raise TypeError(
                f"AssociatedEvent.ticker: expected str, got {type(ticker).__name__}"
            )

        is_yes_only = d.pop("is_yes_only", UNSET)
        if not isinstance(is_yes_only, bool | Unset | None):
            raise TypeError(
                f"AssociatedEvent.is_yes_only: expected bool, got {type(is_yes_only).__name__}"
            )

        _size_max_data = d.pop("size_max", UNSET)
        size_max: int | None | Unset
        if _size_max_data is None or isinstance(_size_max_data, Unset):
            size_max = _size_max_data
        elif not isinstance(_size_max_data, int) or isinstance(_size_max_data, bool):
            raise TypeError(
                f"size_max: expected int, got {type(_size_max_data).__name__}"
            )
        else:
            size_max = cast(int | None | Unset, _size_max_data)

        _size_min_data = d.pop("size_min", UNSET)
        size_min: int | None | Unset
        if _size_min_data is None or isinstance(_size_min_data, Unset):
            size_min = _size_min_data
        elif not isinstance(_size_min_data, int) or isinstance(_size_min_data, bool):
            raise TypeError(
                f"size_min: expected int, got {type(_size_min_data).__name__}"
            )
        else:
            size_min = cast(int | None | Unset, _size_min_data)

        _active_quoters_data = d.pop("active_quoters", UNSET)
        active_quoters: list[str] | None | Unset
        if _active_quoters_data is None or isinstance(_active_quoters_data, Unset):
            active_quoters = _active_quoters_data
        elif isinstance(_active_quoters_data, list):
            active_quoters_type_0 = cast(list[str], _active_quoters_data)

            active_quoters = active_quoters_type_0
        else:
            raise TypeError(
                f"active_quoters: unexpected JSON type {type(_active_quoters_data).__name__}"
            )

        associated_event = cls(
            ticker=ticker,
            is_yes_only=is_yes_only,
            size_max=size_max,
            size_min=size_min,
            active_quoters=active_quoters,
        )

        associated_event.additional_properties = d
        return associated_event

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("ticker", self.ticker),
            ("is_yes_only", self.is_yes_only),
            ("size_max", self.size_max),
            ("size_min", self.size_min),
            ("active_quoters", self.active_quoters),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"AssociatedEvent({shown})"

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
