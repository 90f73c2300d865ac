from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            set_target_balance_allocation_request = cls.__new__(cls)
            set_target_balance_allocation_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return set_target_balance_allocation_request
        d = dict(src_dict)
        from ..models.target_balance_allocation_input import (
            TargetBalanceAllocationInput,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        allocations = []
        _allocations = d["allocations"]
        for allocations_item_data in _allocations:
            allocations_item = TargetBalanceAllocationInput.from_dict(
                lazy=lazily, src_dict=allocations_item_data
            )

            allocations.append(allocations_item)

        _resting_margin_reservation = d.get("resting_margin_reservation", UNSET)
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
        set_target_balance_allocation_request.additional_properties = (
            _load_additional_properties(d, False)
        )
        return set_target_balance_allocation_request

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(
                    f"SetTargetBalanceAllocationRequest.{name}: {error!r}"
                ) from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"SetTargetBalanceAllocationRequest({', '.join(shown)})"

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


def _load_allocations(
    d: dict[str, Any], lazily: bool
) -> list[TargetBalanceAllocationInput]:
    from ..models.target_balance_allocation_input import TargetBalanceAllocationInput  # noqa: PLC0415

    allocations = []
    _allocations = d["allocations"]
    for allocations_item_data in _allocations:
        allocations_item = TargetBalanceAllocationInput.from_dict(
            lazy=lazily, src_dict=allocations_item_data
        )

        allocations.append(allocations_item)

    return allocations


def _load_resting_margin_reservation(
    d: dict[str, Any], lazily: bool
) -> RestingMarginReservation | Unset:
    _resting_margin_reservation = d.get("resting_margin_reservation", UNSET)
    resting_margin_reservation: RestingMarginReservation | Unset
    if isinstance(_resting_margin_reservation, Unset):
        resting_margin_reservation = UNSET
    else:
        resting_margin_reservation = RestingMarginReservation._value2member_map_.get(
            _raw := _resting_margin_reservation
        ) or RestingMarginReservation(_raw)

    return resting_margin_reservation


_FIELDS = frozenset(
    {
        "allocations",
        "resting_margin_reservation",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "allocations": _load_allocations,
    "resting_margin_reservation": _load_resting_margin_reservation,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "allocations",
    "resting_margin_reservation",
    "additional_properties",
)
