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
    from ..models.target_balance_allocation import TargetBalanceAllocation


T = TypeVar("T", bound="GetTargetBalanceAllocationResponse")


@_attrs_define
class GetTargetBalanceAllocationResponse:
    """
    Attributes:
        allocations (list[TargetBalanceAllocation] | None | Unset):
        resting_margin_reservation (RestingMarginReservation | Unset):
    """

    allocations: list[TargetBalanceAllocation] | None | Unset = UNSET
    resting_margin_reservation: (
        RestingMarginReservation | Literal["none", "max", "sum"] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            allocations = []
            for allocations_type_0_item_data in self.allocations:
                allocations_type_0_item = allocations_type_0_item_data.to_dict()
                allocations.append(allocations_type_0_item)

        else:
            allocations = self.allocations

        resting_margin_reservation: str | Unset = UNSET
        if not isinstance(self.resting_margin_reservation, Unset):
            resting_margin_reservation = RestingMarginReservation.of(
                self.resting_margin_reservation
            ).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if resting_margin_reservation is not UNSET:
            field_dict["resting_margin_reservation"] = resting_margin_reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_balance_allocation import TargetBalanceAllocation  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _allocations_data = d.pop("allocations", UNSET)
        allocations: list[TargetBalanceAllocation] | None | Unset
        if _allocations_data is None or isinstance(_allocations_data, Unset):
            allocations = _allocations_data
        elif isinstance(_allocations_data, list):
            allocations_type_0 = []
            _allocations_type_0 = _allocations_data
            for allocations_type_0_item_data in _allocations_type_0:
                allocations_type_0_item = TargetBalanceAllocation.from_dict(
                    allocations_type_0_item_data
                )

                allocations_type_0.append(allocations_type_0_item)

            allocations = allocations_type_0
        else:
            raise TypeError(
                f"allocations: unexpected JSON type {type(_allocations_data).__name__}"
            )

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

        get_target_balance_allocation_response = cls(
            allocations=allocations,
            resting_margin_reservation=resting_margin_reservation,
        )

        get_target_balance_allocation_response.additional_properties = d
        return get_target_balance_allocation_response

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
        return f"GetTargetBalanceAllocationResponse({shown})"

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
