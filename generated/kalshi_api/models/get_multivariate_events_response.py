from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData


T = TypeVar("T", bound="GetMultivariateEventsResponse")


@_attrs_define
class GetMultivariateEventsResponse:
    """
    Attributes:
        events (list[EventData] | None | Unset):
        cursor (str | Unset):
    """

    events: list[EventData] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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
            get_multivariate_events_response = cls.__new__(cls)
            get_multivariate_events_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_multivariate_events_response
        d = dict(src_dict)
        from ..models.event_data import EventData  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _events_data = d.get("events", UNSET)
        events: list[EventData] | None | Unset
        if _events_data is None or isinstance(_events_data, Unset):
            events = _events_data
        elif isinstance(_events_data, list):
            events_type_0 = []
            _events_type_0 = _events_data
            for events_type_0_item_data in _events_type_0:
                events_type_0_item = EventData.from_dict(
                    lazy=lazily, src_dict=events_type_0_item_data
                )

                events_type_0.append(events_type_0_item)

            events = events_type_0
        else:
            raise TypeError(
                f"events: unexpected JSON type {type(_events_data).__name__}"
            )

        cursor = d.get("cursor", UNSET)
        if not isinstance(cursor, (str, Unset, NoneType)):
            raise TypeError(
                f"GetMultivariateEventsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_multivariate_events_response = cls(
            events=events,
            cursor=cursor,
        )
        get_multivariate_events_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_multivariate_events_response

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
                raise MalformedField(
                    f"GetMultivariateEventsResponse.{name}: {error!r}"
                ) from error
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
        return f"GetMultivariateEventsResponse({', '.join(shown)})"

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


def _load_events(d: dict[str, Any], lazily: bool) -> list[EventData] | None | Unset:
    from ..models.event_data import EventData  # noqa: PLC0415

    _events_data = d.get("events", UNSET)
    events: list[EventData] | None | Unset
    if _events_data is None or isinstance(_events_data, Unset):
        events = _events_data
    elif isinstance(_events_data, list):
        events_type_0 = []
        _events_type_0 = _events_data
        for events_type_0_item_data in _events_type_0:
            events_type_0_item = EventData.from_dict(
                lazy=lazily, src_dict=events_type_0_item_data
            )

            events_type_0.append(events_type_0_item)

        events = events_type_0
    else:
        raise TypeError(f"events: unexpected JSON type {type(_events_data).__name__}")

    return events


def _load_cursor(d: dict[str, Any], lazily: bool) -> str | Unset:
    cursor = d.get("cursor", UNSET)
    if not isinstance(cursor, (str, Unset, NoneType)):
        raise TypeError(
            f"GetMultivariateEventsResponse.cursor: expected str, got {type(cursor).__name__}"
        )

    return cursor


_FIELDS = frozenset(
    {
        "events",
        "cursor",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "events": _load_events,
    "cursor": _load_cursor,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "events",
    "cursor",
    "additional_properties",
)
