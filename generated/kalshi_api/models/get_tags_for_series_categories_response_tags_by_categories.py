from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET

T = TypeVar("T", bound="GetTagsForSeriesCategoriesResponseTagsByCategories")


@_attrs_define
class GetTagsForSeriesCategoriesResponseTagsByCategories:
    additional_properties: dict[str, list[str] | None] = _attrs_field(
        init=False, factory=dict
    )
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

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
            get_tags_for_series_categories_response_tags_by_categories = cls.__new__(
                cls
            )
            get_tags_for_series_categories_response_tags_by_categories._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_tags_for_series_categories_response_tags_by_categories
        d = dict(src_dict)
        get_tags_for_series_categories_response_tags_by_categories = cls()
        get_tags_for_series_categories_response_tags_by_categories.additional_properties = _load_additional_properties(
            d, False
        )
        return get_tags_for_series_categories_response_tags_by_categories

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
                    f"GetTagsForSeriesCategoriesResponseTagsByCategories.{name}: {error!r}"
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
        return f"GetTagsForSeriesCategoriesResponseTagsByCategories({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS = frozenset({})


def _load_additional_properties(
    d: dict[str, Any], lazily: bool
) -> dict[str, list[str] | None]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name not in extra:
            continue
        _additional_property_data = prop_dict
        additional_property: list[str] | None
        if _additional_property_data is None:
            additional_property = _additional_property_data
        elif isinstance(_additional_property_data, list):
            additional_property_type_0 = cast(list[str], _additional_property_data)

            additional_property = additional_property_type_0
        else:
            raise TypeError(
                f"additional_property: unexpected JSON type {type(_additional_property_data).__name__}"
            )

        additional_properties[prop_name] = additional_property
    return additional_properties


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = ("additional_properties",)
