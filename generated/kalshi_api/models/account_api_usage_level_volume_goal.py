from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        level = d.pop("level", UNSET)
        if not isinstance(level, str | Unset | None):
            raise TypeError(
                f"AccountApiUsageLevelVolumeGoal.level: expected str, got {type(level).__name__}"
            )

        earn_volume_goal_fp = d.pop("earn_volume_goal_fp", UNSET)
        if not isinstance(earn_volume_goal_fp, str | Unset | None):
            raise TypeError(
                f"AccountApiUsageLevelVolumeGoal.earn_volume_goal_fp: expected str, got {type(earn_volume_goal_fp).__name__}"
            )

        keep_volume_goal_fp = d.pop("keep_volume_goal_fp", UNSET)
        if not isinstance(keep_volume_goal_fp, str | Unset | None):
            raise TypeError(
                f"AccountApiUsageLevelVolumeGoal.keep_volume_goal_fp: expected str, got {type(keep_volume_goal_fp).__name__}"
            )

        account_api_usage_level_volume_goal = cls(
            level=level,
            earn_volume_goal_fp=earn_volume_goal_fp,
            keep_volume_goal_fp=keep_volume_goal_fp,
        )

        account_api_usage_level_volume_goal.additional_properties = d
        return account_api_usage_level_volume_goal

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("level", self.level),
            ("earn_volume_goal_fp", self.earn_volume_goal_fp),
            ("keep_volume_goal_fp", self.keep_volume_goal_fp),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"AccountApiUsageLevelVolumeGoal({shown})"

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
        if isinstance(value, bool) or not isinstance(value, str | int):
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
