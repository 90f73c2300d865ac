from __future__ import annotations

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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            event_live_data = cls.__new__(cls)
            event_live_data._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return event_live_data
        d = dict(src_dict)
        from ..models.event_live_data_details import EventLiveDataDetails  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        type_ = d.get("type", UNSET)
        if not isinstance(type_, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLiveData.type_: expected str, got {type(type_).__name__}"
            )

        _details = d.get("details", UNSET)
        details: EventLiveDataDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = EventLiveDataDetails.from_dict(lazy=lazily, src_dict=_details)

        is_historical = d.get("is_historical", UNSET)
        if not isinstance(is_historical, (bool, Unset, NoneType)):
            raise TypeError(
                f"EventLiveData.is_historical: expected bool, got {type(is_historical).__name__}"
            )

        default_range = d.get("default_range", UNSET)
        if not isinstance(default_range, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLiveData.default_range: expected str, got {type(default_range).__name__}"
            )

        _range_options_data = d.get("range_options", UNSET)
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
        event_live_data.additional_properties = _load_additional_properties(d, False)
        return event_live_data

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
                raise MalformedField(f"EventLiveData.{name}: {error!r}") from error
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
        return f"EventLiveData({', '.join(shown)})"

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


def _load_type_(d: dict[str, Any], lazily: bool) -> str | Unset:
    type_ = d.get("type", UNSET)
    if not isinstance(type_, (str, Unset, NoneType)):
        raise TypeError(
            f"EventLiveData.type_: expected str, got {type(type_).__name__}"
        )

    return type_


def _load_details(d: dict[str, Any], lazily: bool) -> EventLiveDataDetails | Unset:
    from ..models.event_live_data_details import EventLiveDataDetails  # noqa: PLC0415

    _details = d.get("details", UNSET)
    details: EventLiveDataDetails | Unset
    if isinstance(_details, Unset):
        details = UNSET
    else:
        details = EventLiveDataDetails.from_dict(lazy=lazily, src_dict=_details)

    return details


def _load_is_historical(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_historical = d.get("is_historical", UNSET)
    if not isinstance(is_historical, (bool, Unset, NoneType)):
        raise TypeError(
            f"EventLiveData.is_historical: expected bool, got {type(is_historical).__name__}"
        )

    return is_historical


def _load_default_range(d: dict[str, Any], lazily: bool) -> str | Unset:
    default_range = d.get("default_range", UNSET)
    if not isinstance(default_range, (str, Unset, NoneType)):
        raise TypeError(
            f"EventLiveData.default_range: expected str, got {type(default_range).__name__}"
        )

    return default_range


def _load_range_options(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _range_options_data = d.get("range_options", UNSET)
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

    return range_options


_FIELDS = frozenset(
    {
        "type",
        "details",
        "is_historical",
        "default_range",
        "range_options",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "type_": _load_type_,
    "details": _load_details,
    "is_historical": _load_is_historical,
    "default_range": _load_default_range,
    "range_options": _load_range_options,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "type_",
    "details",
    "is_historical",
    "default_range",
    "range_options",
    "additional_properties",
)
