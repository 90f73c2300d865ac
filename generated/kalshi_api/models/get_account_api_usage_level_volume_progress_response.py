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
    from ..models.account_api_usage_level_volume_progress import (
        AccountApiUsageLevelVolumeProgress,
    )


T = TypeVar("T", bound="GetAccountApiUsageLevelVolumeProgressResponse")


@_attrs_define
class GetAccountApiUsageLevelVolumeProgressResponse:
    """
    Attributes:
        volume_progress (list[AccountApiUsageLevelVolumeProgress] | None | Unset):
    """

    volume_progress: list[AccountApiUsageLevelVolumeProgress] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_progress: list[dict[str, Any]] | None | Unset
        if isinstance(self.volume_progress, Unset):
            volume_progress = UNSET
        elif isinstance(self.volume_progress, list):
            volume_progress = []
            for volume_progress_type_0_item_data in self.volume_progress:
                volume_progress_type_0_item = volume_progress_type_0_item_data.to_dict()
                volume_progress.append(volume_progress_type_0_item)

        else:
            volume_progress = self.volume_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume_progress is not UNSET:
            field_dict["volume_progress"] = volume_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_api_usage_level_volume_progress import (
            AccountApiUsageLevelVolumeProgress,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _volume_progress_data = d.pop("volume_progress", UNSET)
        volume_progress: list[AccountApiUsageLevelVolumeProgress] | None | Unset
        if _volume_progress_data is None or isinstance(_volume_progress_data, Unset):
            volume_progress = _volume_progress_data
        elif isinstance(_volume_progress_data, list):
            volume_progress_type_0 = []
            _volume_progress_type_0 = _volume_progress_data
            for volume_progress_type_0_item_data in _volume_progress_type_0:
                volume_progress_type_0_item = (
                    AccountApiUsageLevelVolumeProgress.from_dict(
                        volume_progress_type_0_item_data
                    )
                )

                volume_progress_type_0.append(volume_progress_type_0_item)

            volume_progress = volume_progress_type_0
        else:
            raise TypeError(
                f"volume_progress: unexpected JSON type {type(_volume_progress_data).__name__}"
            )

        get_account_api_usage_level_volume_progress_response = cls(
            volume_progress=volume_progress,
        )

        get_account_api_usage_level_volume_progress_response.additional_properties = d
        return get_account_api_usage_level_volume_progress_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("volume_progress", self.volume_progress),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetAccountApiUsageLevelVolumeProgressResponse({shown})"

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
