from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.play_by_play_periods_item import PlayByPlayPeriodsItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _periods_data = d.pop("periods", UNSET)
        periods: list[PlayByPlayPeriodsItem] | None | Unset
        if _periods_data is None or isinstance(_periods_data, Unset):
            periods = _periods_data
        elif isinstance(_periods_data, list):
            periods_type_0 = []
            _periods_type_0 = _periods_data
            for periods_type_0_item_data in _periods_type_0:
                periods_type_0_item = PlayByPlayPeriodsItem.from_dict(
                    periods_type_0_item_data
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

        play_by_play.additional_properties = d
        return play_by_play

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("periods", self.periods),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PlayByPlay({shown})"

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
