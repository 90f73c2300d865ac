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
    from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData


T = TypeVar("T", bound="CfbenchmarksValueMsg")


@_attrs_define
class CfbenchmarksValueMsg:
    """
    Attributes:
        index_id (str | Unset):
        received_at (int | Unset):
        data (str | Unset):
        avg_60s_data (CfbenchmarksAvgData | Unset):
        last_60s_windowed_average_15min (CfbenchmarksAvgData | Unset):
    """

    index_id: str | Unset = UNSET
    received_at: int | Unset = UNSET
    data: str | Unset = UNSET
    avg_60s_data: CfbenchmarksAvgData | Unset = UNSET
    last_60s_windowed_average_15min: CfbenchmarksAvgData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        received_at = self.received_at

        data = self.data

        avg_60s_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_60s_data, Unset):
            avg_60s_data = self.avg_60s_data.to_dict()

        last_60s_windowed_average_15min: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = (
                self.last_60s_windowed_average_15min.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if data is not UNSET:
            field_dict["data"] = data
        if avg_60s_data is not UNSET:
            field_dict["avg_60s_data"] = avg_60s_data
        if last_60s_windowed_average_15min is not UNSET:
            field_dict["last_60s_windowed_average_15min"] = (
                last_60s_windowed_average_15min
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index_id = d.pop("index_id", UNSET)
        if not isinstance(index_id, str | Unset | None):
            raise TypeError(
                f"CfbenchmarksValueMsg.index_id: expected str, got {type(index_id).__name__}"
            )

        received_at = d.pop("received_at", UNSET)
        if not isinstance(received_at, int | Unset | None) or isinstance(
            received_at, bool
        ):
            raise TypeError(
                f"CfbenchmarksValueMsg.received_at: expected int, got {type(received_at).__name__}"
            )

        data = d.pop("data", UNSET)
        if not isinstance(data, str | Unset | None):
            raise TypeError(
                f"CfbenchmarksValueMsg.data: expected str, got {type(data).__name__}"
            )

        _avg_60s_data = d.pop("avg_60s_data", UNSET)
        avg_60s_data: CfbenchmarksAvgData | Unset
        if isinstance(_avg_60s_data, Unset):
            avg_60s_data = UNSET
        else:
            avg_60s_data = CfbenchmarksAvgData.from_dict(_avg_60s_data)

        _last_60s_windowed_average_15min = d.pop(
            "last_60s_windowed_average_15min", UNSET
        )
        last_60s_windowed_average_15min: CfbenchmarksAvgData | Unset
        if isinstance(_last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = UNSET
        else:
            last_60s_windowed_average_15min = CfbenchmarksAvgData.from_dict(
                _last_60s_windowed_average_15min
            )

        cfbenchmarks_value_msg = cls(
            index_id=index_id,
            received_at=received_at,
            data=data,
            avg_60s_data=avg_60s_data,
            last_60s_windowed_average_15min=last_60s_windowed_average_15min,
        )

        cfbenchmarks_value_msg.additional_properties = d
        return cfbenchmarks_value_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("index_id", self.index_id),
            ("received_at", self.received_at),
            ("data", self.data),
            ("avg_60s_data", self.avg_60s_data),
            ("last_60s_windowed_average_15min", self.last_60s_windowed_average_15min),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CfbenchmarksValueMsg({shown})"

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
