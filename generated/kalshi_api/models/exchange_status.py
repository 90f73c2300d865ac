from __future__ import annotations

import datetime
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
    from ..models.exchange_index_status import ExchangeIndexStatus


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define
class ExchangeStatus:
    """
    Attributes:
        exchange_active (bool | Unset):
        trading_active (bool | Unset):
        intra_exchange_transfers_active (bool | Unset):
        exchange_estimated_resume_time (datetime.datetime | None | Unset):
        exchange_index_statuses (list[ExchangeIndexStatus] | None | Unset):
    """

    exchange_active: bool | Unset = UNSET
    trading_active: bool | Unset = UNSET
    intra_exchange_transfers_active: bool | Unset = UNSET
    exchange_estimated_resume_time: datetime.datetime | None | Unset = UNSET
    exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        exchange_estimated_resume_time: None | str | Unset
        if isinstance(self.exchange_estimated_resume_time, Unset):
            exchange_estimated_resume_time = UNSET
        elif isinstance(self.exchange_estimated_resume_time, datetime.datetime):
            exchange_estimated_resume_time = (
                self.exchange_estimated_resume_time.isoformat()
            )
        else:
            exchange_estimated_resume_time = self.exchange_estimated_resume_time

        exchange_index_statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.exchange_index_statuses, Unset):
            exchange_index_statuses = UNSET
        elif isinstance(self.exchange_index_statuses, list):
            exchange_index_statuses = []
            for (
                exchange_index_statuses_type_0_item_data
            ) in self.exchange_index_statuses:
                exchange_index_statuses_type_0_item = (
                    exchange_index_statuses_type_0_item_data.to_dict()
                )
                exchange_index_statuses.append(exchange_index_statuses_type_0_item)

        else:
            exchange_index_statuses = self.exchange_index_statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_active is not UNSET:
            field_dict["exchange_active"] = exchange_active
        if trading_active is not UNSET:
            field_dict["trading_active"] = trading_active
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )
        if exchange_estimated_resume_time is not UNSET:
            field_dict["exchange_estimated_resume_time"] = (
                exchange_estimated_resume_time
            )
        if exchange_index_statuses is not UNSET:
            field_dict["exchange_index_statuses"] = exchange_index_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_index_status import ExchangeIndexStatus  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        exchange_active = d.pop("exchange_active", UNSET)
        if not isinstance(exchange_active, bool | Unset | None):
            raise TypeError(
                f"ExchangeStatus.exchange_active: expected bool, got {type(exchange_active).__name__}"
            )

        trading_active = d.pop("trading_active", UNSET)
        if not isinstance(trading_active, bool | Unset | None):
            raise TypeError(
                f"ExchangeStatus.trading_active: expected bool, got {type(trading_active).__name__}"
            )

        intra_exchange_transfers_active = d.pop(
            "intra_exchange_transfers_active", UNSET
        )
        if not isinstance(intra_exchange_transfers_active, bool | Unset | None):
            raise TypeError(
                f"ExchangeStatus.intra_exchange_transfers_active: expected bool, got {type(intra_exchange_transfers_active).__name__}"
            )

        _exchange_estimated_resume_time_data = d.pop(
            "exchange_estimated_resume_time", UNSET
        )
        exchange_estimated_resume_time: datetime.datetime | None | Unset
        if _exchange_estimated_resume_time_data is None or isinstance(
            _exchange_estimated_resume_time_data, Unset
        ):
            exchange_estimated_resume_time = _exchange_estimated_resume_time_data
        elif isinstance(_exchange_estimated_resume_time_data, str):
            exchange_estimated_resume_time_type_0 = datetime.datetime.fromisoformat(
                _exchange_estimated_resume_time_data
            )

            exchange_estimated_resume_time = exchange_estimated_resume_time_type_0
        else:
            raise TypeError(
                f"exchange_estimated_resume_time: unexpected JSON type {type(_exchange_estimated_resume_time_data).__name__}"
            )

        _exchange_index_statuses_data = d.pop("exchange_index_statuses", UNSET)
        exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset
        if _exchange_index_statuses_data is None or isinstance(
            _exchange_index_statuses_data, Unset
        ):
            exchange_index_statuses = _exchange_index_statuses_data
        elif isinstance(_exchange_index_statuses_data, list):
            exchange_index_statuses_type_0 = []
            _exchange_index_statuses_type_0 = _exchange_index_statuses_data
            for (
                exchange_index_statuses_type_0_item_data
            ) in _exchange_index_statuses_type_0:
                exchange_index_statuses_type_0_item = ExchangeIndexStatus.from_dict(
                    exchange_index_statuses_type_0_item_data
                )

                exchange_index_statuses_type_0.append(
                    exchange_index_statuses_type_0_item
                )

            exchange_index_statuses = exchange_index_statuses_type_0
        else:
            raise TypeError(
                f"exchange_index_statuses: unexpected JSON type {type(_exchange_index_statuses_data).__name__}"
            )

        exchange_status = cls(
            exchange_active=exchange_active,
            trading_active=trading_active,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
            exchange_estimated_resume_time=exchange_estimated_resume_time,
            exchange_index_statuses=exchange_index_statuses,
        )

        exchange_status.additional_properties = d
        return exchange_status

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("exchange_active", self.exchange_active),
            ("trading_active", self.trading_active),
            ("intra_exchange_transfers_active", self.intra_exchange_transfers_active),
            ("exchange_estimated_resume_time", self.exchange_estimated_resume_time),
            ("exchange_index_statuses", self.exchange_index_statuses),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ExchangeStatus({shown})"

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
