from __future__ import annotations

import datetime
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
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """
    Attributes:
        id (str | Unset):
        category (str | Unset):
        type_ (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | None | Unset):
        related_event_tickers (list[str] | None | Unset):
        title (str | Unset):
        notification_message (str | Unset):
        source_id (None | str | Unset):
        source_ids (MilestoneSourceIds | Unset):
        details (MilestoneDetails | Unset):
        primary_event_tickers (list[str] | None | Unset):
        last_updated_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    category: str | Unset = UNSET
    type_: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    related_event_tickers: list[str] | None | Unset = UNSET
    title: str | Unset = UNSET
    notification_message: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_ids: MilestoneSourceIds | Unset = UNSET
    details: MilestoneDetails | Unset = UNSET
    primary_event_tickers: list[str] | None | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        type_ = self.type_

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        related_event_tickers: list[str] | None | Unset
        if isinstance(self.related_event_tickers, Unset):
            related_event_tickers = UNSET
        elif isinstance(self.related_event_tickers, list):
            related_event_tickers = self.related_event_tickers

        else:
            related_event_tickers = self.related_event_tickers

        title = self.title

        notification_message = self.notification_message

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        primary_event_tickers: list[str] | None | Unset
        if isinstance(self.primary_event_tickers, Unset):
            primary_event_tickers = UNSET
        elif isinstance(self.primary_event_tickers, list):
            primary_event_tickers = self.primary_event_tickers

        else:
            primary_event_tickers = self.primary_event_tickers

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if related_event_tickers is not UNSET:
            field_dict["related_event_tickers"] = related_event_tickers
        if title is not UNSET:
            field_dict["title"] = title
        if notification_message is not UNSET:
            field_dict["notification_message"] = notification_message
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if details is not UNSET:
            field_dict["details"] = details
        if primary_event_tickers is not UNSET:
            field_dict["primary_event_tickers"] = primary_event_tickers
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_details import MilestoneDetails  # noqa: PLC0415
        from ..models.milestone_source_ids import MilestoneSourceIds  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str | Unset | None):
            raise TypeError(f"Milestone.id: expected str, got {type(id).__name__}")

        category = d.pop("category", UNSET)
        if not isinstance(category, str | Unset | None):
            raise TypeError(
                f"Milestone.category: expected str, got {type(category).__name__}"
            )

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str | Unset | None):
            raise TypeError(
                f"Milestone.type_: expected str, got {type(type_).__name__}"
            )

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date_data = d.pop("end_date", UNSET)
        end_date: datetime.datetime | None | Unset
        if _end_date_data is None or isinstance(_end_date_data, Unset):
            end_date = _end_date_data
        elif isinstance(_end_date_data, str):
            end_date_type_0 = datetime.datetime.fromisoformat(_end_date_data)

            end_date = end_date_type_0
        else:
            raise TypeError(
                f"end_date: unexpected JSON type {type(_end_date_data).__name__}"
            )

        _related_event_tickers_data = d.pop("related_event_tickers", UNSET)
        related_event_tickers: list[str] | None | Unset
        if _related_event_tickers_data is None or isinstance(
            _related_event_tickers_data, Unset
        ):
            related_event_tickers = _related_event_tickers_data
        elif isinstance(_related_event_tickers_data, list):
            related_event_tickers_type_0 = cast(list[str], _related_event_tickers_data)

            related_event_tickers = related_event_tickers_type_0
        else:
            raise TypeError(
                f"related_event_tickers: unexpected JSON type {type(_related_event_tickers_data).__name__}"
            )

        title = d.pop("title", UNSET)
        if not isinstance(title, str | Unset | None):
            raise TypeError(
                f"Milestone.title: expected str, got {type(title).__name__}"
            )

        notification_message = d.pop("notification_message", UNSET)
        if not isinstance(notification_message, str | Unset | None):
            raise TypeError(
                f"Milestone.notification_message: expected str, got {type(notification_message).__name__}"
            )

        _source_id_data = d.pop("source_id", UNSET)
        source_id: None | str | Unset
        if _source_id_data is None or isinstance(_source_id_data, Unset):
            source_id = _source_id_data
        elif not isinstance(_source_id_data, str):
            raise TypeError(
                f"source_id: expected str, got {type(_source_id_data).__name__}"
            )
        else:
            source_id = cast(None | str | Unset, _source_id_data)

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: MilestoneSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = MilestoneSourceIds.from_dict(_source_ids)

        _details = d.pop("details", UNSET)
        details: MilestoneDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = MilestoneDetails.from_dict(_details)

        _primary_event_tickers_data = d.pop("primary_event_tickers", UNSET)
        primary_event_tickers: list[str] | None | Unset
        if _primary_event_tickers_data is None or isinstance(
            _primary_event_tickers_data, Unset
        ):
            primary_event_tickers = _primary_event_tickers_data
        elif isinstance(_primary_event_tickers_data, list):
            primary_event_tickers_type_0 = cast(list[str], _primary_event_tickers_data)

            primary_event_tickers = primary_event_tickers_type_0
        else:
            raise TypeError(
                f"primary_event_tickers: unexpected JSON type {type(_primary_event_tickers_data).__name__}"
            )

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        milestone = cls(
            id=id,
            category=category,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            related_event_tickers=related_event_tickers,
            title=title,
            notification_message=notification_message,
            source_id=source_id,
            source_ids=source_ids,
            details=details,
            primary_event_tickers=primary_event_tickers,
            last_updated_ts=last_updated_ts,
        )

        milestone.additional_properties = d
        return milestone

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("category", self.category),
            ("type_", self.type_),
            ("start_date", self.start_date),
            ("end_date", self.end_date),
            ("related_event_tickers", self.related_event_tickers),
            ("title", self.title),
            ("notification_message", self.notification_message),
            ("source_id", self.source_id),
            ("source_ids", self.source_ids),
            ("details", self.details),
            ("primary_event_tickers", self.primary_event_tickers),
            ("last_updated_ts", self.last_updated_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Milestone({shown})"

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
