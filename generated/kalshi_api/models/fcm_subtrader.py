from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FCMSubtrader")


@_attrs_define
class FCMSubtrader:
    """
    Attributes:
        subtrader_id (str | Unset):
        exchange_indices (list[int] | None | Unset):
        trading_blocked (bool | Unset):
        fcm_trading_blocked (bool | Unset):
        propagation_pending (bool | Unset):
    """

    subtrader_id: str | Unset = UNSET
    exchange_indices: list[int] | None | Unset = UNSET
    trading_blocked: bool | Unset = UNSET
    fcm_trading_blocked: bool | Unset = UNSET
    propagation_pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        exchange_indices: list[int] | None | Unset
        if isinstance(self.exchange_indices, Unset):
            exchange_indices = UNSET
        elif isinstance(self.exchange_indices, list):
            exchange_indices = self.exchange_indices

        else:
            exchange_indices = self.exchange_indices

        trading_blocked = self.trading_blocked

        fcm_trading_blocked = self.fcm_trading_blocked

        propagation_pending = self.propagation_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if exchange_indices is not UNSET:
            field_dict["exchange_indices"] = exchange_indices
        if trading_blocked is not UNSET:
            field_dict["trading_blocked"] = trading_blocked
        if fcm_trading_blocked is not UNSET:
            field_dict["fcm_trading_blocked"] = fcm_trading_blocked
        if propagation_pending is not UNSET:
            field_dict["propagation_pending"] = propagation_pending

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
                f"FCMSubtrader.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        _exchange_indices_data = d.pop("exchange_indices", UNSET)
        exchange_indices: list[int] | None | Unset
        if _exchange_indices_data is None or isinstance(_exchange_indices_data, Unset):
            exchange_indices = _exchange_indices_data
        elif isinstance(_exchange_indices_data, list):
            exchange_indices_type_0 = cast(list[int], _exchange_indices_data)

            exchange_indices = exchange_indices_type_0
        else:
            raise TypeError(
                f"exchange_indices: unexpected JSON type {type(_exchange_indices_data).__name__}"
            )

        trading_blocked = d.pop("trading_blocked", UNSET)
        if not isinstance(trading_blocked, bool | Unset | None):
            raise TypeError(
                f"FCMSubtrader.trading_blocked: expected bool, got {type(trading_blocked).__name__}"
            )

        fcm_trading_blocked = d.pop("fcm_trading_blocked", UNSET)
        if not isinstance(fcm_trading_blocked, bool | Unset | None):
            raise TypeError(
                f"FCMSubtrader.fcm_trading_blocked: expected bool, got {type(fcm_trading_blocked).__name__}"
            )

        propagation_pending = d.pop("propagation_pending", UNSET)
        if not isinstance(propagation_pending, bool | Unset | None):
            raise TypeError(
                f"FCMSubtrader.propagation_pending: expected bool, got {type(propagation_pending).__name__}"
            )

        fcm_subtrader = cls(
            subtrader_id=subtrader_id,
            exchange_indices=exchange_indices,
            trading_blocked=trading_blocked,
            fcm_trading_blocked=fcm_trading_blocked,
            propagation_pending=propagation_pending,
        )

        fcm_subtrader.additional_properties = d
        return fcm_subtrader

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subtrader_id", self.subtrader_id),
            ("exchange_indices", self.exchange_indices),
            ("trading_blocked", self.trading_blocked),
            ("fcm_trading_blocked", self.fcm_trading_blocked),
            ("propagation_pending", self.propagation_pending),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FCMSubtrader({shown})"

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
