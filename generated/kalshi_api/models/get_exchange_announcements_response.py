from __future__ import annotations

from collections.abc import Callable, Mapping
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            get_exchange_announcements_response = cls.__new__(cls)
            get_exchange_announcements_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_exchange_announcements_response
        d = dict(src_dict)
        from ..models.announcement import Announcement  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _announcements_data = d.get("announcements", UNSET)
        announcements: list[Announcement] | None | Unset
        if _announcements_data is None or isinstance(_announcements_data, Unset):
            announcements = _announcements_data
        elif isinstance(_announcements_data, list):
            announcements_type_0 = []
            _announcements_type_0 = _announcements_data
            for announcements_type_0_item_data in _announcements_type_0:
                announcements_type_0_item = Announcement.from_dict(
                    lazy=lazily, src_dict=announcements_type_0_item_data
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
        get_exchange_announcements_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_exchange_announcements_response

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
                    f"GetExchangeAnnouncementsResponse.{name}: {error!r}"
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
        return f"GetExchangeAnnouncementsResponse({', '.join(shown)})"

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


def _load_announcements(
    d: dict[str, Any], lazily: bool
) -> list[Announcement] | None | Unset:
    from ..models.announcement import Announcement  # noqa: PLC0415

    _announcements_data = d.get("announcements", UNSET)
    announcements: list[Announcement] | None | Unset
    if _announcements_data is None or isinstance(_announcements_data, Unset):
        announcements = _announcements_data
    elif isinstance(_announcements_data, list):
        announcements_type_0 = []
        _announcements_type_0 = _announcements_data
        for announcements_type_0_item_data in _announcements_type_0:
            announcements_type_0_item = Announcement.from_dict(
                lazy=lazily, src_dict=announcements_type_0_item_data
            )

            announcements_type_0.append(announcements_type_0_item)

        announcements = announcements_type_0
    else:
        raise TypeError(
            f"announcements: unexpected JSON type {type(_announcements_data).__name__}"
        )

    return announcements


_FIELDS = frozenset(
    {
        "announcements",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "announcements": _load_announcements,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "announcements",
    "additional_properties",
)
