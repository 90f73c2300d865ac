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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.sport_filter_details import SportFilterDetails


T = TypeVar("T", bound="GetFiltersBySportsResponseFiltersBySports")


@_attrs_define
class GetFiltersBySportsResponseFiltersBySports:
    additional_properties: dict[str, SportFilterDetails] = _attrs_field(
        init=False, factory=dict
    )
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
            get_filters_by_sports_response_filters_by_sports = cls.__new__(cls)
            get_filters_by_sports_response_filters_by_sports._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_filters_by_sports_response_filters_by_sports
        d = dict(src_dict)
        get_filters_by_sports_response_filters_by_sports = cls()
        get_filters_by_sports_response_filters_by_sports.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_filters_by_sports_response_filters_by_sports

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
                    f"GetFiltersBySportsResponseFiltersBySports.{name}: {error!r}"
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
        return f"GetFiltersBySportsResponseFiltersBySports({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SportFilterDetails:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SportFilterDetails) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS = frozenset({})


def _load_additional_properties(
    d: dict[str, Any], lazily: bool
) -> dict[str, SportFilterDetails]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    from ..models.sport_filter_details import SportFilterDetails  # noqa: PLC0415

    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name not in extra:
            continue
        additional_property = SportFilterDetails.from_dict(
            lazy=lazily, src_dict=prop_dict
        )

        additional_properties[prop_name] = additional_property
    return additional_properties


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = ("additional_properties",)
