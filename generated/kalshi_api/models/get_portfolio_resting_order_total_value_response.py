from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")


@_attrs_define
class GetPortfolioRestingOrderTotalValueResponse:
    """
    Attributes:
        total_resting_order_value (int | Unset): Unit: cents.
        resting_order_value_breakdown (list[IndexedBalance] | None | Unset):
    """

    total_resting_order_value: int | Unset = UNSET
    resting_order_value_breakdown: list[IndexedBalance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_resting_order_value = self.total_resting_order_value

        resting_order_value_breakdown: list[dict[str, Any]] | None | Unset
        if isinstance(self.resting_order_value_breakdown, Unset):
            resting_order_value_breakdown = UNSET
        elif isinstance(self.resting_order_value_breakdown, list):
            resting_order_value_breakdown = []
            for (
                resting_order_value_breakdown_type_0_item_data
            ) in self.resting_order_value_breakdown:
                resting_order_value_breakdown_type_0_item = (
                    resting_order_value_breakdown_type_0_item_data.to_dict()
                )
                resting_order_value_breakdown.append(
                    resting_order_value_breakdown_type_0_item
                )

        else:
            resting_order_value_breakdown = self.resting_order_value_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_resting_order_value is not UNSET:
            field_dict["total_resting_order_value"] = total_resting_order_value
        if resting_order_value_breakdown is not UNSET:
            field_dict["resting_order_value_breakdown"] = resting_order_value_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        total_resting_order_value = d.pop("total_resting_order_value", UNSET)
        if not isinstance(total_resting_order_value, int | Unset | None) or isinstance(
            total_resting_order_value, bool
        ):
            raise TypeError(
                f"GetPortfolioRestingOrderTotalValueResponse.total_resting_order_value: expected int, got {type(total_resting_order_value).__name__}"
            )

        _resting_order_value_breakdown_data = d.pop(
            "resting_order_value_breakdown", UNSET
        )
        resting_order_value_breakdown: list[IndexedBalance] | None | Unset
        if _resting_order_value_breakdown_data is None or isinstance(
            _resting_order_value_breakdown_data, Unset
        ):
            resting_order_value_breakdown = _resting_order_value_breakdown_data
        elif isinstance(_resting_order_value_breakdown_data, list):
            resting_order_value_breakdown_type_0 = []
            _resting_order_value_breakdown_type_0 = _resting_order_value_breakdown_data
            for (
                resting_order_value_breakdown_type_0_item_data
            ) in _resting_order_value_breakdown_type_0:
                resting_order_value_breakdown_type_0_item = IndexedBalance.from_dict(
                    resting_order_value_breakdown_type_0_item_data
                )

                resting_order_value_breakdown_type_0.append(
                    resting_order_value_breakdown_type_0_item
                )

            resting_order_value_breakdown = resting_order_value_breakdown_type_0
        else:
            raise TypeError(
                f"resting_order_value_breakdown: unexpected JSON type {type(_resting_order_value_breakdown_data).__name__}"
            )

        get_portfolio_resting_order_total_value_response = cls(
            total_resting_order_value=total_resting_order_value,
            resting_order_value_breakdown=resting_order_value_breakdown,
        )

        get_portfolio_resting_order_total_value_response.additional_properties = d
        return get_portfolio_resting_order_total_value_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("total_resting_order_value", self.total_resting_order_value),
            ("resting_order_value_breakdown", self.resting_order_value_breakdown),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetPortfolioRestingOrderTotalValueResponse({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "total_resting_order_value": 100,
    }

    def decimal(self, name: Literal["total_resting_order_value"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(
                f"GetPortfolioRestingOrderTotalValueResponse.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"GetPortfolioRestingOrderTotalValueResponse.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"GetPortfolioRestingOrderTotalValueResponse.{name} is {value!r}, not a finite number"
            )
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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
