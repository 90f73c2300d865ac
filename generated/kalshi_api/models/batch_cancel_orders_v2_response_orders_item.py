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


T = TypeVar("T", bound="BatchCancelOrdersV2ResponseOrdersItem")


@_attrs_define
class BatchCancelOrdersV2ResponseOrdersItem:
    """
    Attributes:
        order_id (str | Unset):
        client_order_id (None | str | Unset):
        reduced_by (str | Unset):
        ts_ms (int | None | Unset):
        error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET
    client_order_id: None | str | Unset = UNSET
    reduced_by: str | Unset = UNSET
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

        reduced_by = self.reduced_by

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
        if reduced_by is not UNSET:
            field_dict["reduced_by"] = reduced_by
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
                f"BatchCancelOrdersV2ResponseOrdersItem.order_id: expected str, got {type(order_id).__name__}"
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

        reduced_by = d.pop("reduced_by", UNSET)
        if not isinstance(reduced_by, str | Unset | None):
            raise TypeError(
                f"BatchCancelOrdersV2ResponseOrdersItem.reduced_by: expected str, got {type(reduced_by).__name__}"
            )

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

        batch_cancel_orders_v2_response_orders_item = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            reduced_by=reduced_by,
            ts_ms=ts_ms,
            error=error,
        )

        batch_cancel_orders_v2_response_orders_item.additional_properties = d
        return batch_cancel_orders_v2_response_orders_item

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("client_order_id", self.client_order_id),
            ("reduced_by", self.reduced_by),
            ("ts_ms", self.ts_ms),
            ("error", self.error),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchCancelOrdersV2ResponseOrdersItem({shown})"

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
