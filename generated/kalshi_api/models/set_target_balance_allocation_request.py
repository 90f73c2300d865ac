from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resting_margin_reservation import RestingMarginReservation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_balance_allocation_input import TargetBalanceAllocationInput


T = TypeVar("T", bound="SetTargetBalanceAllocationRequest")


@_attrs_define
class SetTargetBalanceAllocationRequest:
    """
    Attributes:
        allocations (list[TargetBalanceAllocationInput]):
        resting_margin_reservation (RestingMarginReservation | Unset):
    """

    allocations: list[TargetBalanceAllocationInput]
    resting_margin_reservation: (
        RestingMarginReservation | Literal["none", "max", "sum"] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        resting_margin_reservation: str | Unset = UNSET
        if not isinstance(self.resting_margin_reservation, Unset):
            resting_margin_reservation = RestingMarginReservation.of(
                self.resting_margin_reservation
            ).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocations": allocations,
            }
        )
        if resting_margin_reservation is not UNSET:
            field_dict["resting_margin_reservation"] = resting_margin_reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_balance_allocation_input import (
            TargetBalanceAllocationInput,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        allocations = []
        _allocations = d.pop("allocations")
        for allocations_item_data in _allocations:
            allocations_item = TargetBalanceAllocationInput.from_dict(
                allocations_item_data
            )

            allocations.append(allocations_item)

        _resting_margin_reservation = d.pop("resting_margin_reservation", UNSET)
        resting_margin_reservation: RestingMarginReservation | Unset
        if isinstance(_resting_margin_reservation, Unset):
            resting_margin_reservation = UNSET
        else:
            resting_margin_reservation = (
                RestingMarginReservation._value2member_map_.get(
                    _raw := _resting_margin_reservation
                )
                or RestingMarginReservation(_raw)
            )

        set_target_balance_allocation_request = cls(
            allocations=allocations,
            resting_margin_reservation=resting_margin_reservation,
        )

        set_target_balance_allocation_request.additional_properties = d
        return set_target_balance_allocation_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("allocations", self.allocations),
            ("resting_margin_reservation", self.resting_margin_reservation),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SetTargetBalanceAllocationRequest({shown})"

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
