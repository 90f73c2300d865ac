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
    from ..models.play_by_play_periods_item import PlayByPlayPeriodsItem


T = TypeVar("T", bound="PlayByPlay")


@_attrs_define
class PlayByPlay:
    """
    Attributes:
        periods (list[PlayByPlayPeriodsItem] | None | Unset):
    """

    periods: list[PlayByPlayPeriodsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.periods, Unset):
            periods = UNSET
        elif isinstance(self.periods, list):
            periods = []
            for periods_type_0_item_data in self.periods:
                periods_type_0_item = periods_type_0_item_data.to_dict()
                periods.append(periods_type_0_item)

        else:
            periods = self.periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if periods is not UNSET:
            field_dict["periods"] = periods

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
            play_by_play = cls.__new__(cls)
            play_by_play._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return play_by_play
        d = dict(src_dict)
        from ..models.play_by_play_periods_item import PlayByPlayPeriodsItem  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _periods_data = d.get("periods", UNSET)
        periods: list[PlayByPlayPeriodsItem] | None | Unset
        if _periods_data is None or isinstance(_periods_data, Unset):
            periods = _periods_data
        elif isinstance(_periods_data, list):
            periods_type_0 = []
            _periods_type_0 = _periods_data
            for periods_type_0_item_data in _periods_type_0:
                periods_type_0_item = PlayByPlayPeriodsItem.from_dict(
                    lazy=lazily, src_dict=periods_type_0_item_data
                )

                periods_type_0.append(periods_type_0_item)

            periods = periods_type_0
        else:
            raise TypeError(
                f"periods: unexpected JSON type {type(_periods_data).__name__}"
            )

        play_by_play = cls(
            periods=periods,
        )
        play_by_play.additional_properties = _load_additional_properties(d, False)
        return play_by_play

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
                raise MalformedField(f"PlayByPlay.{name}: {error!r}") from error
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
        return f"PlayByPlay({', '.join(shown)})"

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


def _load_periods(
    d: dict[str, Any], lazily: bool
) -> list[PlayByPlayPeriodsItem] | None | Unset:
    from ..models.play_by_play_periods_item import PlayByPlayPeriodsItem  # noqa: PLC0415

    _periods_data = d.get("periods", UNSET)
    periods: list[PlayByPlayPeriodsItem] | None | Unset
    if _periods_data is None or isinstance(_periods_data, Unset):
        periods = _periods_data
    elif isinstance(_periods_data, list):
        periods_type_0 = []
        _periods_type_0 = _periods_data
        for periods_type_0_item_data in _periods_type_0:
            periods_type_0_item = PlayByPlayPeriodsItem.from_dict(
                lazy=lazily, src_dict=periods_type_0_item_data
            )

            periods_type_0.append(periods_type_0_item)

        periods = periods_type_0
    else:
        raise TypeError(f"periods: unexpected JSON type {type(_periods_data).__name__}")

    return periods


_FIELDS = frozenset(
    {
        "periods",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "periods": _load_periods,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "periods",
    "additional_properties",
)
