from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="UpdateFCMEventContractDailyCapRequest")


@_attrs_define
class UpdateFCMEventContractDailyCapRequest:
    """
    Attributes:
        subtrader_id (str):
        limit (str):
    """

    subtrader_id: str
    limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id")
        if not isinstance(subtrader_id, str | None):
            raise TypeError(
                f"UpdateFCMEventContractDailyCapRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        limit = d.pop("limit")
        if not isinstance(limit, str | None):
            raise TypeError(
                f"UpdateFCMEventContractDailyCapRequest.limit: expected str, got {type(limit).__name__}"
            )

        update_fcm_event_contract_daily_cap_request = cls(
            subtrader_id=subtrader_id,
            limit=limit,
        )

        update_fcm_event_contract_daily_cap_request.additional_properties = d
        return update_fcm_event_contract_daily_cap_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtrader_id", self.subtrader_id),
            ("limit", self.limit),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"UpdateFCMEventContractDailyCapRequest({shown})"

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
