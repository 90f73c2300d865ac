from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")


@_attrs_define
class AccountApiUsageLevelVolumeGoal:
    """
    Attributes:
        level (str | Unset):
        earn_volume_goal_fp (str | Unset):
        keep_volume_goal_fp (str | Unset):
    """

    level: str | Unset = UNSET
    earn_volume_goal_fp: str | Unset = UNSET
    keep_volume_goal_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        earn_volume_goal_fp = self.earn_volume_goal_fp

        keep_volume_goal_fp = self.keep_volume_goal_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level
        if earn_volume_goal_fp is not UNSET:
            field_dict["earn_volume_goal_fp"] = earn_volume_goal_fp
        if keep_volume_goal_fp is not UNSET:
            field_dict["keep_volume_goal_fp"] = keep_volume_goal_fp

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
            account_api_usage_level_volume_goal = cls.__new__(cls)
            account_api_usage_level_volume_goal._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return account_api_usage_level_volume_goal
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        level = d.get("level", UNSET)
        if not isinstance(level, (str, Unset, NoneType)):
            raise TypeError(
                f"AccountApiUsageLevelVolumeGoal.level: expected str, got {type(level).__name__}"
            )

        earn_volume_goal_fp = d.get("earn_volume_goal_fp", UNSET)
        if not isinstance(earn_volume_goal_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"AccountApiUsageLevelVolumeGoal.earn_volume_goal_fp: expected str, got {type(earn_volume_goal_fp).__name__}"
            )

        keep_volume_goal_fp = d.get("keep_volume_goal_fp", UNSET)
        if not isinstance(keep_volume_goal_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"AccountApiUsageLevelVolumeGoal.keep_volume_goal_fp: expected str, got {type(keep_volume_goal_fp).__name__}"
            )

        account_api_usage_level_volume_goal = cls(
            level=level,
            earn_volume_goal_fp=earn_volume_goal_fp,
            keep_volume_goal_fp=keep_volume_goal_fp,
        )
        account_api_usage_level_volume_goal.additional_properties = (
            _load_additional_properties(d, False)
        )
        return account_api_usage_level_volume_goal

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
                    f"AccountApiUsageLevelVolumeGoal.{name}: {error!r}"
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
        return f"AccountApiUsageLevelVolumeGoal({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "earn_volume_goal_fp": 1,
        "keep_volume_goal_fp": 1,
    }

    def decimal(
        self, name: Literal["earn_volume_goal_fp", "keep_volume_goal_fp"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"AccountApiUsageLevelVolumeGoal.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"AccountApiUsageLevelVolumeGoal.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"AccountApiUsageLevelVolumeGoal.{name} is {value!r}, not a finite number"
            )
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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


def _load_level(d: dict[str, Any], lazily: bool) -> str | Unset:
    level = d.get("level", UNSET)
    if not isinstance(level, (str, Unset, NoneType)):
        raise TypeError(
            f"AccountApiUsageLevelVolumeGoal.level: expected str, got {type(level).__name__}"
        )

    return level


def _load_earn_volume_goal_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    earn_volume_goal_fp = d.get("earn_volume_goal_fp", UNSET)
    if not isinstance(earn_volume_goal_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"AccountApiUsageLevelVolumeGoal.earn_volume_goal_fp: expected str, got {type(earn_volume_goal_fp).__name__}"
        )

    return earn_volume_goal_fp


def _load_keep_volume_goal_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    keep_volume_goal_fp = d.get("keep_volume_goal_fp", UNSET)
    if not isinstance(keep_volume_goal_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"AccountApiUsageLevelVolumeGoal.keep_volume_goal_fp: expected str, got {type(keep_volume_goal_fp).__name__}"
        )

    return keep_volume_goal_fp


_FIELDS = frozenset(
    {
        "level",
        "earn_volume_goal_fp",
        "keep_volume_goal_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "level": _load_level,
    "earn_volume_goal_fp": _load_earn_volume_goal_fp,
    "keep_volume_goal_fp": _load_keep_volume_goal_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "level",
    "earn_volume_goal_fp",
    "keep_volume_goal_fp",
    "additional_properties",
)
