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


T = TypeVar("T", bound="BatchCreateOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCreateOrdersV2ResponseOrdersItem:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (None | str | Unset):
        fill_count (None | str | Unset):
        remaining_count (None | str | Unset):
        average_fill_price (None | str | Unset):
        average_fee_paid (None | str | Unset):
        ts_ms (int | None | Unset):
        error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    fill_count: None | str | Unset = UNSET
    remaining_count: None | str | Unset = UNSET
    average_fill_price: None | str | Unset = UNSET
    average_fee_paid: None | str | Unset = UNSET
    ts_ms: int | None | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        order_id = self.order_id

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        fill_count: None | str | Unset
        if isinstance(self.fill_count, Unset):
            fill_count = UNSET
        else:
            fill_count = self.fill_count

        remaining_count: None | str | Unset
        if isinstance(self.remaining_count, Unset):
            remaining_count = UNSET
        else:
            remaining_count = self.remaining_count

        average_fill_price: None | str | Unset
        if isinstance(self.average_fill_price, Unset):
            average_fill_price = UNSET
        else:
            average_fill_price = self.average_fill_price

        average_fee_paid: None | str | Unset
        if isinstance(self.average_fee_paid, Unset):
            average_fee_paid = UNSET
        else:
            average_fee_paid = self.average_fee_paid

        ts_ms: int | None | Unset
        if isinstance(self.ts_ms, Unset):
            ts_ms = UNSET
        else:
            ts_ms = self.ts_ms

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
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)
        if not isinstance(order_id, str | Unset | None):
            raise TypeError(
                f"BatchCreateOrdersV2ResponseOrdersItem.order_id: expected str, got {type(order_id).__name__}"
            )

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

        _fill_count_data = d.pop("fill_count", UNSET)
        fill_count: None | str | Unset
        if _fill_count_data is None or isinstance(_fill_count_data, Unset):
            fill_count = _fill_count_data
        elif not isinstance(_fill_count_data, str):
            raise TypeError(
                f"fill_count: expected str, got {type(_fill_count_data).__name__}"
            )
        else:
            fill_count = cast(None | str | Unset, _fill_count_data)

        _remaining_count_data = d.pop("remaining_count", UNSET)
        remaining_count: None | str | Unset
        if _remaining_count_data is None or isinstance(_remaining_count_data, Unset):
            remaining_count = _remaining_count_data
        elif not isinstance(_remaining_count_data, str):
            raise TypeError(
                f"remaining_count: expected str, got {type(_remaining_count_data).__name__}"
            )
        else:
            remaining_count = cast(None | str | Unset, _remaining_count_data)

        _average_fill_price_data = d.pop("average_fill_price", UNSET)
        average_fill_price: None | str | Unset
        if _average_fill_price_data is None or isinstance(
            _average_fill_price_data, Unset
        ):
            average_fill_price = _average_fill_price_data
        elif not isinstance(_average_fill_price_data, str):
            raise TypeError(
                f"average_fill_price: expected str, got {type(_average_fill_price_data).__name__}"
            )
        else:
            average_fill_price = cast(None | str | Unset, _average_fill_price_data)

        _average_fee_paid_data = d.pop("average_fee_paid", UNSET)
        average_fee_paid: None | str | Unset
        if _average_fee_paid_data is None or isinstance(_average_fee_paid_data, Unset):
            average_fee_paid = _average_fee_paid_data
        elif not isinstance(_average_fee_paid_data, str):
            raise TypeError(
                f"average_fee_paid: expected str, got {type(_average_fee_paid_data).__name__}"
            )
        else:
            average_fee_paid = cast(None | str | Unset, _average_fee_paid_data)

        _ts_ms_data = d.pop("ts_ms", UNSET)
        ts_ms: int | None | Unset
        if _ts_ms_data is None or isinstance(_ts_ms_data, Unset):
            ts_ms = _ts_ms_data
        elif not isinstance(_ts_ms_data, int) or isinstance(_ts_ms_data, bool):
            raise TypeError(f"ts_ms: expected int, got {type(_ts_ms_data).__name__}")
        else:
            ts_ms = cast(int | None | Unset, _ts_ms_data)

        _error_data = d.pop("error", UNSET)
        error: ErrorResponse | None | Unset
        if _error_data is None or isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_1 = ErrorResponse.from_dict(_error_data)

            error = error_type_1
        else:
            raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

        batch_create_orders_v2_response_orders_item = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
            ts_ms=ts_ms,
            error=error,
        )

        batch_create_orders_v2_response_orders_item.additional_properties = d
        return batch_create_orders_v2_response_orders_item

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("client_order_id", self.client_order_id),
            ("fill_count", self.fill_count),
            ("remaining_count", self.remaining_count),
            ("average_fill_price", self.average_fill_price),
            ("average_fee_paid", self.average_fee_paid),
            ("ts_ms", self.ts_ms),
            ("error", self.error),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchCreateOrdersV2ResponseOrdersItem({shown})"

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
