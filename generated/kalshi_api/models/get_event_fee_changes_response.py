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
    from ..models.event_fee_change import EventFeeChange


T = TypeVar("T", bound="GetEventFeeChangesResponse")


@_attrs_define
class GetEventFeeChangesResponse:
    """
    Attributes:
        event_fee_changes (list[EventFeeChange] | None | Unset):
        cursor (str | Unset):
    """

    event_fee_changes: list[EventFeeChange] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_fee_changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.event_fee_changes, Unset):
            event_fee_changes = UNSET
        elif isinstance(self.event_fee_changes, list):
            event_fee_changes = []
            for event_fee_changes_type_0_item_data in self.event_fee_changes:
                event_fee_changes_type_0_item = (
                    event_fee_changes_type_0_item_data.to_dict()
                )
                event_fee_changes.append(event_fee_changes_type_0_item)

        else:
            event_fee_changes = self.event_fee_changes

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_fee_changes is not UNSET:
            field_dict["event_fee_changes"] = event_fee_changes
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_fee_change import EventFeeChange  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _event_fee_changes_data = d.pop("event_fee_changes", UNSET)
        event_fee_changes: list[EventFeeChange] | None | Unset
        if _event_fee_changes_data is None or isinstance(
            _event_fee_changes_data, Unset
        ):
            event_fee_changes = _event_fee_changes_data
        elif isinstance(_event_fee_changes_data, list):
            event_fee_changes_type_0 = []
            _event_fee_changes_type_0 = _event_fee_changes_data
            for event_fee_changes_type_0_item_data in _event_fee_changes_type_0:
                event_fee_changes_type_0_item = EventFeeChange.from_dict(
                    event_fee_changes_type_0_item_data
                )

                event_fee_changes_type_0.append(event_fee_changes_type_0_item)

            event_fee_changes = event_fee_changes_type_0
        else:
            raise TypeError(
                f"event_fee_changes: unexpected JSON type {type(_event_fee_changes_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetEventFeeChangesResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_event_fee_changes_response = cls(
            event_fee_changes=event_fee_changes,
            cursor=cursor,
        )

        get_event_fee_changes_response.additional_properties = d
        return get_event_fee_changes_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_fee_changes", self.event_fee_changes),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetEventFeeChangesResponse({shown})"

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
