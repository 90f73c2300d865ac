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
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


T = TypeVar("T", bound="BatchCancelOrdersIndividualResponse")


@_attrs_define
class BatchCancelOrdersIndividualResponse:
    """
    Attributes:
        order_id (str | Unset):
        order (None | Order | Unset):
        reduced_by_fp (str | Unset):
        error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET
    order: None | Order | Unset = UNSET
    reduced_by_fp: str | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        order_id = self.order_id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        reduced_by_fp = self.reduced_by_fp

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order is not UNSET:
            field_dict["order"] = order
        if reduced_by_fp is not UNSET:
            field_dict["reduced_by_fp"] = reduced_by_fp
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)
        if not isinstance(order_id, str | Unset | None):
            raise TypeError(
                f"BatchCancelOrdersIndividualResponse.order_id: expected str, got {type(order_id).__name__}"
            )

        _order_data = d.pop("order", UNSET)
        order: None | Order | Unset
        if _order_data is None or isinstance(_order_data, Unset):
            order = _order_data
        elif isinstance(_order_data, dict):
            order_type_1 = Order.from_dict(_order_data)

            order = order_type_1
        else:
            raise TypeError(f"order: unexpected JSON type {type(_order_data).__name__}")

        reduced_by_fp = d.pop("reduced_by_fp", UNSET)
        if not isinstance(reduced_by_fp, str | Unset | None):
            raise TypeError(
                f"BatchCancelOrdersIndividualResponse.reduced_by_fp: expected str, got {type(reduced_by_fp).__name__}"
            )

        _error_data = d.pop("error", UNSET)
        error: ErrorResponse | None | Unset
        if _error_data is None or isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_1 = ErrorResponse.from_dict(_error_data)

            error = error_type_1
        else:
            raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

        batch_cancel_orders_individual_response = cls(
            order_id=order_id,
            order=order,
            reduced_by_fp=reduced_by_fp,
            error=error,
        )

        batch_cancel_orders_individual_response.additional_properties = d
        return batch_cancel_orders_individual_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("order", self.order),
            ("reduced_by_fp", self.reduced_by_fp),
            ("error", self.error),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchCancelOrdersIndividualResponse({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "reduced_by_fp": 1,
    }

    def decimal(self, name: Literal["reduced_by_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(
                f"BatchCancelOrdersIndividualResponse.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"BatchCancelOrdersIndividualResponse.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"BatchCancelOrdersIndividualResponse.{name} is {value!r}, not a finite number"
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
