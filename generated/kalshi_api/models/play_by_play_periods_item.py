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
    from ..models.play_by_play_periods_item_events_type_0_item import (
        PlayByPlayPeriodsItemEventsType0Item,
    )


T = TypeVar("T", bound="PlayByPlayPeriodsItem")


@_attrs_define
class PlayByPlayPeriodsItem:
    """
    Attributes:
        events (list[PlayByPlayPeriodsItemEventsType0Item] | None | Unset):
    """

    events: list[PlayByPlayPeriodsItemEventsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.play_by_play_periods_item_events_type_0_item import (
            PlayByPlayPeriodsItemEventsType0Item,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _events_data = d.pop("events", UNSET)
        events: list[PlayByPlayPeriodsItemEventsType0Item] | None | Unset
        if _events_data is None or isinstance(_events_data, Unset):
            events = _events_data
        elif isinstance(_events_data, list):
            events_type_0 = []
            _events_type_0 = _events_data
            for events_type_0_item_data in _events_type_0:
                events_type_0_item = PlayByPlayPeriodsItemEventsType0Item.from_dict(
                    events_type_0_item_data
                )

                events_type_0.append(events_type_0_item)

            events = events_type_0
        else:
            raise TypeError(
                f"events: unexpected JSON type {type(_events_data).__name__}"
            )

        play_by_play_periods_item = cls(
            events=events,
        )

        play_by_play_periods_item.additional_properties = d
        return play_by_play_periods_item

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("events", self.events),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PlayByPlayPeriodsItem({shown})"

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
