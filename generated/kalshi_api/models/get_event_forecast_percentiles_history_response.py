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
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint


T = TypeVar("T", bound="GetEventForecastPercentilesHistoryResponse")


@_attrs_define
class GetEventForecastPercentilesHistoryResponse:
    """
    Attributes:
        forecast_history (list[ForecastPercentilesPoint] | None | Unset):
    """

    forecast_history: list[ForecastPercentilesPoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forecast_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.forecast_history, Unset):
            forecast_history = UNSET
        elif isinstance(self.forecast_history, list):
            forecast_history = []
            for forecast_history_type_0_item_data in self.forecast_history:
                forecast_history_type_0_item = (
                    forecast_history_type_0_item_data.to_dict()
                )
                forecast_history.append(forecast_history_type_0_item)

        else:
            forecast_history = self.forecast_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forecast_history is not UNSET:
            field_dict["forecast_history"] = forecast_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_percentiles_point import ForecastPercentilesPoint  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _forecast_history_data = d.pop("forecast_history", UNSET)
        forecast_history: list[ForecastPercentilesPoint] | None | Unset
        if _forecast_history_data is None or isinstance(_forecast_history_data, Unset):
            forecast_history = _forecast_history_data
        elif isinstance(_forecast_history_data, list):
            forecast_history_type_0 = []
            _forecast_history_type_0 = _forecast_history_data
            for forecast_history_type_0_item_data in _forecast_history_type_0:
                forecast_history_type_0_item = ForecastPercentilesPoint.from_dict(
                    forecast_history_type_0_item_data
                )

                forecast_history_type_0.append(forecast_history_type_0_item)

            forecast_history = forecast_history_type_0
        else:
            raise TypeError(
                f"forecast_history: unexpected JSON type {type(_forecast_history_data).__name__}"
            )

        get_event_forecast_percentiles_history_response = cls(
            forecast_history=forecast_history,
        )

        get_event_forecast_percentiles_history_response.additional_properties = d
        return get_event_forecast_percentiles_history_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("forecast_history", self.forecast_history),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetEventForecastPercentilesHistoryResponse({shown})"

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
