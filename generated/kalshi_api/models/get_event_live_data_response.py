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
    from ..models.event_live_data import EventLiveData


T = TypeVar("T", bound="GetEventLiveDataResponse")


@_attrs_define
class GetEventLiveDataResponse:
    """
    Attributes:
        live_data (EventLiveData | Unset):
    """

    live_data: EventLiveData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_data, Unset):
            live_data = self.live_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_data is not UNSET:
            field_dict["live_data"] = live_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_live_data import EventLiveData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _live_data = d.pop("live_data", UNSET)
        live_data: EventLiveData | Unset
        if isinstance(_live_data, Unset):
            live_data = UNSET
        else:
            live_data = EventLiveData.from_dict(_live_data)

        get_event_live_data_response = cls(
            live_data=live_data,
        )

        get_event_live_data_response.additional_properties = d
        return get_event_live_data_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("live_data", self.live_data),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetEventLiveDataResponse({shown})"

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
