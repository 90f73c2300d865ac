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

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import (
        AccountApiUsageLevelVolumeGoal,
    )


T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")


@_attrs_define
class AccountApiUsageLevelVolumeProgress:
    """
    Attributes:
        computed_ts (int | Unset):
        trailing_30d_volume_fp (str | Unset):
        goals (list[AccountApiUsageLevelVolumeGoal] | None | Unset):
    """

    computed_ts: int | Unset = UNSET
    trailing_30d_volume_fp: str | Unset = UNSET
    goals: list[AccountApiUsageLevelVolumeGoal] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        computed_ts = self.computed_ts

        trailing_30d_volume_fp = self.trailing_30d_volume_fp

        goals: list[dict[str, Any]] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = []
            for goals_type_0_item_data in self.goals:
                goals_type_0_item = goals_type_0_item_data.to_dict()
                goals.append(goals_type_0_item)

        else:
            goals = self.goals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if computed_ts is not UNSET:
            field_dict["computed_ts"] = computed_ts
        if trailing_30d_volume_fp is not UNSET:
            field_dict["trailing_30d_volume_fp"] = trailing_30d_volume_fp
        if goals is not UNSET:
            field_dict["goals"] = goals

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
            account_api_usage_level_volume_progress = cls.__new__(cls)
            account_api_usage_level_volume_progress._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return account_api_usage_level_volume_progress
        d = dict(src_dict)
        from ..models.account_api_usage_level_volume_goal import (
            AccountApiUsageLevelVolumeGoal,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        computed_ts = d.get("computed_ts", UNSET)
        if not isinstance(computed_ts, (int, Unset, NoneType)) or isinstance(
            computed_ts, bool
        ):
            raise TypeError(
                f"AccountApiUsageLevelVolumeProgress.computed_ts: expected int, got {type(computed_ts).__name__}"
            )

        trailing_30d_volume_fp = d.get("trailing_30d_volume_fp", UNSET)
        if not isinstance(trailing_30d_volume_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"AccountApiUsageLevelVolumeProgress.trailing_30d_volume_fp: expected str, got {type(trailing_30d_volume_fp).__name__}"
            )

        _goals_data = d.get("goals", UNSET)
        goals: list[AccountApiUsageLevelVolumeGoal] | None | Unset
        if _goals_data is None or isinstance(_goals_data, Unset):
            goals = _goals_data
        elif isinstance(_goals_data, list):
            goals_type_0 = []
            _goals_type_0 = _goals_data
            for goals_type_0_item_data in _goals_type_0:
                goals_type_0_item = AccountApiUsageLevelVolumeGoal.from_dict(
                    lazy=lazily, src_dict=goals_type_0_item_data
                )

                goals_type_0.append(goals_type_0_item)

            goals = goals_type_0
        else:
            raise TypeError(f"goals: unexpected JSON type {type(_goals_data).__name__}")

        account_api_usage_level_volume_progress = cls(
            computed_ts=computed_ts,
            trailing_30d_volume_fp=trailing_30d_volume_fp,
            goals=goals,
        )
        account_api_usage_level_volume_progress.additional_properties = (
            _load_additional_properties(d, False)
        )
        return account_api_usage_level_volume_progress

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
                    f"AccountApiUsageLevelVolumeProgress.{name}: {error!r}"
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
        return f"AccountApiUsageLevelVolumeProgress({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "trailing_30d_volume_fp": 1,
    }

    def decimal(self, name: Literal["trailing_30d_volume_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"AccountApiUsageLevelVolumeProgress.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"AccountApiUsageLevelVolumeProgress.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"AccountApiUsageLevelVolumeProgress.{name} is {value!r}, not a finite number"
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


def _load_computed_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    computed_ts = d.get("computed_ts", UNSET)
    if not isinstance(computed_ts, (int, Unset, NoneType)) or isinstance(
        computed_ts, bool
    ):
        raise TypeError(
            f"AccountApiUsageLevelVolumeProgress.computed_ts: expected int, got {type(computed_ts).__name__}"
        )

    return computed_ts


def _load_trailing_30d_volume_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    trailing_30d_volume_fp = d.get("trailing_30d_volume_fp", UNSET)
    if not isinstance(trailing_30d_volume_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"AccountApiUsageLevelVolumeProgress.trailing_30d_volume_fp: expected str, got {type(trailing_30d_volume_fp).__name__}"
        )

    return trailing_30d_volume_fp


def _load_goals(
    d: dict[str, Any], lazily: bool
) -> list[AccountApiUsageLevelVolumeGoal] | None | Unset:
    from ..models.account_api_usage_level_volume_goal import (
        AccountApiUsageLevelVolumeGoal,  # noqa: PLC0415
    )

    _goals_data = d.get("goals", UNSET)
    goals: list[AccountApiUsageLevelVolumeGoal] | None | Unset
    if _goals_data is None or isinstance(_goals_data, Unset):
        goals = _goals_data
    elif isinstance(_goals_data, list):
        goals_type_0 = []
        _goals_type_0 = _goals_data
        for goals_type_0_item_data in _goals_type_0:
            goals_type_0_item = AccountApiUsageLevelVolumeGoal.from_dict(
                lazy=lazily, src_dict=goals_type_0_item_data
            )

            goals_type_0.append(goals_type_0_item)

        goals = goals_type_0
    else:
        raise TypeError(f"goals: unexpected JSON type {type(_goals_data).__name__}")

    return goals


_FIELDS = frozenset(
    {
        "computed_ts",
        "trailing_30d_volume_fp",
        "goals",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "computed_ts": _load_computed_ts,
    "trailing_30d_volume_fp": _load_trailing_30d_volume_fp,
    "goals": _load_goals,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "computed_ts",
    "trailing_30d_volume_fp",
    "goals",
    "additional_properties",
)
