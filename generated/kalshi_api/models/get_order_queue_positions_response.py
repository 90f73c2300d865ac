from __future__ import annotations

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
    from ..models.order_queue_position import OrderQueuePosition


T = TypeVar("T", bound="GetOrderQueuePositionsResponse")


@_attrs_define
class GetOrderQueuePositionsResponse:
    """
    Attributes:
        queue_positions (list[OrderQueuePosition] | None | Unset):
    """

    queue_positions: list[OrderQueuePosition] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.queue_positions, Unset):
            queue_positions = UNSET
        elif isinstance(self.queue_positions, list):
            queue_positions = []
            for queue_positions_type_0_item_data in self.queue_positions:
                queue_positions_type_0_item = queue_positions_type_0_item_data.to_dict()
                queue_positions.append(queue_positions_type_0_item)

        else:
            queue_positions = self.queue_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_positions is not UNSET:
            field_dict["queue_positions"] = queue_positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_queue_position import OrderQueuePosition  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _queue_positions_data = d.pop("queue_positions", UNSET)
        queue_positions: list[OrderQueuePosition] | None | Unset
        if _queue_positions_data is None or isinstance(_queue_positions_data, Unset):
            queue_positions = _queue_positions_data
        elif isinstance(_queue_positions_data, list):
            queue_positions_type_0 = []
            _queue_positions_type_0 = _queue_positions_data
            for queue_positions_type_0_item_data in _queue_positions_type_0:
                queue_positions_type_0_item = OrderQueuePosition.from_dict(
                    queue_positions_type_0_item_data
                )

                queue_positions_type_0.append(queue_positions_type_0_item)

            queue_positions = queue_positions_type_0
        else:
            raise TypeError(
                f"queue_positions: unexpected JSON type {type(_queue_positions_data).__name__}"
            )

        get_order_queue_positions_response = cls(
            queue_positions=queue_positions,
        )

        get_order_queue_positions_response.additional_properties = d
        return get_order_queue_positions_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("queue_positions", self.queue_positions),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetOrderQueuePositionsResponse({shown})"

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
