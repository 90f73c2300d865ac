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
    from ..models.event_live_data_details import EventLiveDataDetails


T = TypeVar("T", bound="EventLiveData")


@_attrs_define
class EventLiveData:
    """
    Attributes:
        type_ (str | Unset):
        details (EventLiveDataDetails | Unset):
        is_historical (bool | Unset):
        default_range (str | Unset):
        range_options (list[str] | None | Unset):
    """

    type_: str | Unset = UNSET
    details: EventLiveDataDetails | Unset = UNSET
    is_historical: bool | Unset = UNSET
    default_range: str | Unset = UNSET
    range_options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        is_historical = self.is_historical

        default_range = self.default_range

        range_options: list[str] | None | Unset
        if isinstance(self.range_options, Unset):
            range_options = UNSET
        elif isinstance(self.range_options, list):
            range_options = self.range_options

        else:
            range_options = self.range_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if is_historical is not UNSET:
            field_dict["is_historical"] = is_historical
        if default_range is not UNSET:
            field_dict["default_range"] = default_range
        if range_options is not UNSET:
            field_dict["range_options"] = range_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_live_data_details import EventLiveDataDetails  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str | Unset | None):
            raise TypeError(
                f"EventLiveData.type_: expected str, got {type(type_).__name__}"
            )

        _details = d.pop("details", UNSET)
        details: EventLiveDataDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = EventLiveDataDetails.from_dict(_details)

        is_historical = d.pop("is_historical", UNSET)
        if not isinstance(is_historical, bool | Unset | None):
            raise TypeError(
                f"EventLiveData.is_historical: expected bool, got {type(is_historical).__name__}"
            )

        default_range = d.pop("default_range", UNSET)
        if not isinstance(default_range, str | Unset | None):
            raise TypeError(
                f"EventLiveData.default_range: expected str, got {type(default_range).__name__}"
            )

        _range_options_data = d.pop("range_options", UNSET)
        range_options: list[str] | None | Unset
        if _range_options_data is None or isinstance(_range_options_data, Unset):
            range_options = _range_options_data
        elif isinstance(_range_options_data, list):
            range_options_type_0 = cast(list[str], _range_options_data)

            range_options = range_options_type_0
        else:
            raise TypeError(
                f"range_options: unexpected JSON type {type(_range_options_data).__name__}"
            )

        event_live_data = cls(
            type_=type_,
            details=details,
            is_historical=is_historical,
            default_range=default_range,
            range_options=range_options,
        )

        event_live_data.additional_properties = d
        return event_live_data

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("details", self.details),
            ("is_historical", self.is_historical),
            ("default_range", self.default_range),
            ("range_options", self.range_options),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"EventLiveData({shown})"

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
