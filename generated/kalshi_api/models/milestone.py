from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            milestone = cls.__new__(cls)
            milestone._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return milestone
        d = dict(src_dict)
        from ..models.milestone_details import MilestoneDetails  # noqa: PLC0415
        from ..models.milestone_source_ids import MilestoneSourceIds  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(f"Milestone.id: expected str, got {type(id).__name__}")

        category = d.get("category", UNSET)
        if not isinstance(category, (str, Unset, NoneType)):
            raise TypeError(
                f"Milestone.category: expected str, got {type(category).__name__}"
            )

        type_ = d.get("type", UNSET)
        if not isinstance(type_, (str, Unset, NoneType)):
            raise TypeError(
                f"Milestone.type_: expected str, got {type(type_).__name__}"
            )

        _start_date = d.get("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date_data = d.get("end_date", UNSET)
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

        _related_event_tickers_data = d.get("related_event_tickers", UNSET)
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

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(
                f"Milestone.title: expected str, got {type(title).__name__}"
            )

        notification_message = d.get("notification_message", UNSET)
        if not isinstance(notification_message, (str, Unset, NoneType)):
            raise TypeError(
                f"Milestone.notification_message: expected str, got {type(notification_message).__name__}"
            )

        _source_id_data = d.get("source_id", UNSET)
        source_id: None | str | Unset
        if _source_id_data is None or isinstance(_source_id_data, Unset):
            source_id = _source_id_data
        elif not isinstance(_source_id_data, (str,)):
            raise TypeError(
                f"source_id: expected str, got {type(_source_id_data).__name__}"
            )
        else:
            source_id = cast(None | str | Unset, _source_id_data)

        _source_ids = d.get("source_ids", UNSET)
        source_ids: MilestoneSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = MilestoneSourceIds.from_dict(lazy=lazily, src_dict=_source_ids)

        _details = d.get("details", UNSET)
        details: MilestoneDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = MilestoneDetails.from_dict(lazy=lazily, src_dict=_details)

        _primary_event_tickers_data = d.get("primary_event_tickers", UNSET)
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

        _last_updated_ts = d.get("last_updated_ts", UNSET)
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
        milestone.additional_properties = _load_additional_properties(d, False)
        return milestone

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(f"Milestone.{name}: {error!r}") from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"Milestone({', '.join(shown)})"

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


def _load_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (str, Unset, NoneType)):
        raise TypeError(f"Milestone.id: expected str, got {type(id).__name__}")

    return id


def _load_category(d: dict[str, Any], lazily: bool) -> str | Unset:
    category = d.get("category", UNSET)
    if not isinstance(category, (str, Unset, NoneType)):
        raise TypeError(
            f"Milestone.category: expected str, got {type(category).__name__}"
        )

    return category


def _load_type_(d: dict[str, Any], lazily: bool) -> str | Unset:
    type_ = d.get("type", UNSET)
    if not isinstance(type_, (str, Unset, NoneType)):
        raise TypeError(f"Milestone.type_: expected str, got {type(type_).__name__}")

    return type_


def _load_start_date(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _start_date = d.get("start_date", UNSET)
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = datetime.datetime.fromisoformat(_start_date)

    return start_date


def _load_end_date(d: dict[str, Any], lazily: bool) -> datetime.datetime | None | Unset:
    _end_date_data = d.get("end_date", UNSET)
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

    return end_date


def _load_related_event_tickers(
    d: dict[str, Any], lazily: bool
) -> list[str] | None | Unset:
    _related_event_tickers_data = d.get("related_event_tickers", UNSET)
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

    return related_event_tickers


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(f"Milestone.title: expected str, got {type(title).__name__}")

    return title


def _load_notification_message(d: dict[str, Any], lazily: bool) -> str | Unset:
    notification_message = d.get("notification_message", UNSET)
    if not isinstance(notification_message, (str, Unset, NoneType)):
        raise TypeError(
            f"Milestone.notification_message: expected str, got {type(notification_message).__name__}"
        )

    return notification_message


def _load_source_id(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _source_id_data = d.get("source_id", UNSET)
    source_id: None | str | Unset
    if _source_id_data is None or isinstance(_source_id_data, Unset):
        source_id = _source_id_data
    elif not isinstance(_source_id_data, (str,)):
        raise TypeError(
            f"source_id: expected str, got {type(_source_id_data).__name__}"
        )
    else:
        source_id = cast(None | str | Unset, _source_id_data)

    return source_id


def _load_source_ids(d: dict[str, Any], lazily: bool) -> MilestoneSourceIds | Unset:
    from ..models.milestone_source_ids import MilestoneSourceIds  # noqa: PLC0415

    _source_ids = d.get("source_ids", UNSET)
    source_ids: MilestoneSourceIds | Unset
    if isinstance(_source_ids, Unset):
        source_ids = UNSET
    else:
        source_ids = MilestoneSourceIds.from_dict(lazy=lazily, src_dict=_source_ids)

    return source_ids


def _load_details(d: dict[str, Any], lazily: bool) -> MilestoneDetails | Unset:
    from ..models.milestone_details import MilestoneDetails  # noqa: PLC0415

    _details = d.get("details", UNSET)
    details: MilestoneDetails | Unset
    if isinstance(_details, Unset):
        details = UNSET
    else:
        details = MilestoneDetails.from_dict(lazy=lazily, src_dict=_details)

    return details


def _load_primary_event_tickers(
    d: dict[str, Any], lazily: bool
) -> list[str] | None | Unset:
    _primary_event_tickers_data = d.get("primary_event_tickers", UNSET)
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

    return primary_event_tickers


def _load_last_updated_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _last_updated_ts = d.get("last_updated_ts", UNSET)
    last_updated_ts: datetime.datetime | Unset
    if isinstance(_last_updated_ts, Unset):
        last_updated_ts = UNSET
    else:
        last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

    return last_updated_ts


_FIELDS = frozenset(
    {
        "id",
        "category",
        "type",
        "start_date",
        "end_date",
        "related_event_tickers",
        "title",
        "notification_message",
        "source_id",
        "source_ids",
        "details",
        "primary_event_tickers",
        "last_updated_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "category": _load_category,
    "type_": _load_type_,
    "start_date": _load_start_date,
    "end_date": _load_end_date,
    "related_event_tickers": _load_related_event_tickers,
    "title": _load_title,
    "notification_message": _load_notification_message,
    "source_id": _load_source_id,
    "source_ids": _load_source_ids,
    "details": _load_details,
    "primary_event_tickers": _load_primary_event_tickers,
    "last_updated_ts": _load_last_updated_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "category",
    "type_",
    "start_date",
    "end_date",
    "related_event_tickers",
    "title",
    "notification_message",
    "source_id",
    "source_ids",
    "details",
    "primary_event_tickers",
    "last_updated_ts",
    "additional_properties",
)
