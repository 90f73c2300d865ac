from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


T = TypeVar("T", bound="BatchCreateOrdersIndividualResponse")


@_attrs_define
class BatchCreateOrdersIndividualResponse:
    """
    Attributes:
        client_order_id (None | str | Unset):
        order (None | Order | Unset):
        error (ErrorResponse | None | Unset):
    """

    client_order_id: None | str | Unset = UNSET
    order: None | Order | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

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
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order is not UNSET:
            field_dict["order"] = order
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
        _client_order_id_data = d.pop("client_order_id", UNSET)
        client_order_id: None | str | Unset
        if _client_order_id_data is None or isinstance(_client_order_id_data, Unset):
            client_order_id = _client_order_id_data
        elif not isinstance(_client_order_id_data, str):
            raise TypeError(
                f"client_order_id: expected str, got {type(_client_order_id_data).__name__}"
            )
        else:
            client_order_id = cast(None | str | Unset, _client_order_id_data)

        _order_data = d.pop("order", UNSET)
        order: None | Order | Unset
        if _order_data is None or isinstance(_order_data, Unset):
            order = _order_data
        elif isinstance(_order_data, dict):
            order_type_1 = Order.from_dict(_order_data)

            order = order_type_1
        else:
            raise TypeError(f"order: unexpected JSON type {type(_order_data).__name__}")

        _error_data = d.pop("error", UNSET)
        error: ErrorResponse | None | Unset
        if _error_data is None or isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_1 = ErrorResponse.from_dict(_error_data)

            error = error_type_1
        else:
            raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

        batch_create_orders_individual_response = cls(
            client_order_id=client_order_id,
            order=order,
            error=error,
        )

        batch_create_orders_individual_response.additional_properties = d
        return batch_create_orders_individual_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("client_order_id", self.client_order_id),
            ("order", self.order),
            ("error", self.error),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchCreateOrdersIndividualResponse({shown})"

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
