from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")


@_attrs_define
class GetFCMEventContractDailyCapResponse:
    """
    Attributes:
        subtrader_id (str | Unset):
        limit (str | Unset):
        executed_utilization (str | Unset):
        resting_order_utilization (str | Unset):
        pending_order_utilization (str | Unset):
        cap_date (str | Unset):
    """

    subtrader_id: str | Unset = UNSET
    limit: str | Unset = UNSET
    executed_utilization: str | Unset = UNSET
    resting_order_utilization: str | Unset = UNSET
    pending_order_utilization: str | Unset = UNSET
    cap_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = self.limit

        executed_utilization = self.executed_utilization

        resting_order_utilization = self.resting_order_utilization

        pending_order_utilization = self.pending_order_utilization

        cap_date = self.cap_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if executed_utilization is not UNSET:
            field_dict["executed_utilization"] = executed_utilization
        if resting_order_utilization is not UNSET:
            field_dict["resting_order_utilization"] = resting_order_utilization
        if pending_order_utilization is not UNSET:
            field_dict["pending_order_utilization"] = pending_order_utilization
        if cap_date is not UNSET:
            field_dict["cap_date"] = cap_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)
        if not isinstance(subtrader_id, str | Unset | None):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        limit = d.pop("limit", UNSET)
        if not isinstance(limit, str | Unset | None):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.limit: expected str, got {type(limit).__name__}"
            )

        executed_utilization = d.pop("executed_utilization", UNSET)
        if not isinstance(executed_utilization, str | Unset | None):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.executed_utilization: expected str, got {type(executed_utilization).__name__}"
            )

        resting_order_utilization = d.pop("resting_order_utilization", UNSET)
        if not isinstance(resting_order_utilization, str | Unset | None):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.resting_order_utilization: expected str, got {type(resting_order_utilization).__name__}"
            )

        pending_order_utilization = d.pop("pending_order_utilization", UNSET)
        if not isinstance(pending_order_utilization, str | Unset | None):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.pending_order_utilization: expected str, got {type(pending_order_utilization).__name__}"
            )

        cap_date = d.pop("cap_date", UNSET)
        if not isinstance(cap_date, str | Unset | None):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.cap_date: expected str, got {type(cap_date).__name__}"
            )

        get_fcm_event_contract_daily_cap_response = cls(
            subtrader_id=subtrader_id,
            limit=limit,
            executed_utilization=executed_utilization,
            resting_order_utilization=resting_order_utilization,
            pending_order_utilization=pending_order_utilization,
            cap_date=cap_date,
        )

        get_fcm_event_contract_daily_cap_response.additional_properties = d
        return get_fcm_event_contract_daily_cap_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtrader_id", self.subtrader_id),
            ("limit", self.limit),
            ("executed_utilization", self.executed_utilization),
            ("resting_order_utilization", self.resting_order_utilization),
            ("pending_order_utilization", self.pending_order_utilization),
            ("cap_date", self.cap_date),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetFCMEventContractDailyCapResponse({shown})"

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
