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
    from ..models.series_fee_change import SeriesFeeChange


T = TypeVar("T", bound="GetSeriesFeeChangesResponse")


@_attrs_define
class GetSeriesFeeChangesResponse:
    """
    Attributes:
        series_fee_change_arr (list[SeriesFeeChange] | None | Unset):
    """

    series_fee_change_arr: list[SeriesFeeChange] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series_fee_change_arr: list[dict[str, Any]] | None | Unset
        if isinstance(self.series_fee_change_arr, Unset):
            series_fee_change_arr = UNSET
        elif isinstance(self.series_fee_change_arr, list):
            series_fee_change_arr = []
            for series_fee_change_arr_type_0_item_data in self.series_fee_change_arr:
                series_fee_change_arr_type_0_item = (
                    series_fee_change_arr_type_0_item_data.to_dict()
                )
                series_fee_change_arr.append(series_fee_change_arr_type_0_item)

        else:
            series_fee_change_arr = self.series_fee_change_arr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if series_fee_change_arr is not UNSET:
            field_dict["series_fee_change_arr"] = series_fee_change_arr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_fee_change import SeriesFeeChange  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _series_fee_change_arr_data = d.pop("series_fee_change_arr", UNSET)
        series_fee_change_arr: list[SeriesFeeChange] | None | Unset
        if _series_fee_change_arr_data is None or isinstance(
            _series_fee_change_arr_data, Unset
        ):
            series_fee_change_arr = _series_fee_change_arr_data
        elif isinstance(_series_fee_change_arr_data, list):
            series_fee_change_arr_type_0 = []
            _series_fee_change_arr_type_0 = _series_fee_change_arr_data
            for series_fee_change_arr_type_0_item_data in _series_fee_change_arr_type_0:
                series_fee_change_arr_type_0_item = SeriesFeeChange.from_dict(
                    series_fee_change_arr_type_0_item_data
                )

                series_fee_change_arr_type_0.append(series_fee_change_arr_type_0_item)

            series_fee_change_arr = series_fee_change_arr_type_0
        else:
            raise TypeError(
                f"series_fee_change_arr: unexpected JSON type {type(_series_fee_change_arr_data).__name__}"
            )

        get_series_fee_changes_response = cls(
            series_fee_change_arr=series_fee_change_arr,
        )

        get_series_fee_changes_response.additional_properties = d
        return get_series_fee_changes_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("series_fee_change_arr", self.series_fee_change_arr),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetSeriesFeeChangesResponse({shown})"

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
