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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sport_filter_details_competitions import (
        SportFilterDetailsCompetitions,
    )


T = TypeVar("T", bound="SportFilterDetails")


@_attrs_define
class SportFilterDetails:
    """
    Attributes:
        scopes (list[str] | None | Unset):
        competitions (SportFilterDetailsCompetitions | Unset):
    """

    scopes: list[str] | None | Unset = UNSET
    competitions: SportFilterDetailsCompetitions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        competitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competitions, Unset):
            competitions = self.competitions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if competitions is not UNSET:
            field_dict["competitions"] = competitions

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
            sport_filter_details = cls.__new__(cls)
            sport_filter_details._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return sport_filter_details
        d = dict(src_dict)
        from ..models.sport_filter_details_competitions import (
            SportFilterDetailsCompetitions,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _scopes_data = d.get("scopes", UNSET)
        scopes: list[str] | None | Unset
        if _scopes_data is None or isinstance(_scopes_data, Unset):
            scopes = _scopes_data
        elif isinstance(_scopes_data, list):
            scopes_type_0 = cast(list[str], _scopes_data)

            scopes = scopes_type_0
        else:
            raise TypeError(
                f"scopes: unexpected JSON type {type(_scopes_data).__name__}"
            )

        _competitions = d.get("competitions", UNSET)
        competitions: SportFilterDetailsCompetitions | Unset
        if isinstance(_competitions, Unset):
            competitions = UNSET
        else:
            competitions = SportFilterDetailsCompetitions.from_dict(
                lazy=lazily, src_dict=_competitions
            )

        sport_filter_details = cls(
            scopes=scopes,
            competitions=competitions,
        )
        sport_filter_details.additional_properties = _load_additional_properties(
            d, False
        )
        return sport_filter_details

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
                raise MalformedField(f"SportFilterDetails.{name}: {error!r}") from error
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
        return f"SportFilterDetails({', '.join(shown)})"

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


def _load_scopes(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _scopes_data = d.get("scopes", UNSET)
    scopes: list[str] | None | Unset
    if _scopes_data is None or isinstance(_scopes_data, Unset):
        scopes = _scopes_data
    elif isinstance(_scopes_data, list):
        scopes_type_0 = cast(list[str], _scopes_data)

        scopes = scopes_type_0
    else:
        raise TypeError(f"scopes: unexpected JSON type {type(_scopes_data).__name__}")

    return scopes


def _load_competitions(
    d: dict[str, Any], lazily: bool
) -> SportFilterDetailsCompetitions | Unset:
    from ..models.sport_filter_details_competitions import (
        SportFilterDetailsCompetitions,  # noqa: PLC0415
    )

    _competitions = d.get("competitions", UNSET)
    competitions: SportFilterDetailsCompetitions | Unset
    if isinstance(_competitions, Unset):
        competitions = UNSET
    else:
        competitions = SportFilterDetailsCompetitions.from_dict(
            lazy=lazily, src_dict=_competitions
        )

    return competitions


_FIELDS = frozenset(
    {
        "scopes",
        "competitions",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "scopes": _load_scopes,
    "competitions": _load_competitions,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "scopes",
    "competitions",
    "additional_properties",
)
