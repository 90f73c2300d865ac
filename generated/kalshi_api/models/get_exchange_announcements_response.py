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
    from ..models.announcement import Announcement


T = TypeVar("T", bound="GetExchangeAnnouncementsResponse")


@_attrs_define
class GetExchangeAnnouncementsResponse:
    """
    Attributes:
        announcements (list[Announcement] | None | Unset):
    """

    announcements: list[Announcement] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        announcements: list[dict[str, Any]] | None | Unset
        if isinstance(self.announcements, Unset):
            announcements = UNSET
        elif isinstance(self.announcements, list):
            announcements = []
            for announcements_type_0_item_data in self.announcements:
                announcements_type_0_item = announcements_type_0_item_data.to_dict()
                announcements.append(announcements_type_0_item)

        else:
            announcements = self.announcements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if announcements is not UNSET:
            field_dict["announcements"] = announcements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.announcement import Announcement  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _announcements_data = d.pop("announcements", UNSET)
        announcements: list[Announcement] | None | Unset
        if _announcements_data is None or isinstance(_announcements_data, Unset):
            announcements = _announcements_data
        elif isinstance(_announcements_data, list):
            announcements_type_0 = []
            _announcements_type_0 = _announcements_data
            for announcements_type_0_item_data in _announcements_type_0:
                announcements_type_0_item = Announcement.from_dict(
                    announcements_type_0_item_data
                )

                announcements_type_0.append(announcements_type_0_item)

            announcements = announcements_type_0
        else:
            raise TypeError(
                f"announcements: unexpected JSON type {type(_announcements_data).__name__}"
            )

        get_exchange_announcements_response = cls(
            announcements=announcements,
        )

        get_exchange_announcements_response.additional_properties = d
        return get_exchange_announcements_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("announcements", self.announcements),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetExchangeAnnouncementsResponse({shown})"

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
