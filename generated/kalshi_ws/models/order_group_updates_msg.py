from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..models.order_group_updates_msg_event_type import OrderGroupUpdatesMsgEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderGroupUpdatesMsg")


@_attrs_define
class OrderGroupUpdatesMsg:
    """
    Attributes:
        event_type (OrderGroupUpdatesMsgEventType | Unset):
        order_group_id (str | Unset):
        contracts_limit_fp (str | Unset):
        ts_ms (int | Unset):
    """

    event_type: (
        OrderGroupUpdatesMsgEventType
        | Literal["created", "triggered", "reset", "deleted", "limit_updated"]
        | Unset
    ) = UNSET
    order_group_id: str | Unset = UNSET
    contracts_limit_fp: str | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = OrderGroupUpdatesMsgEventType.of(self.event_type).value

        order_group_id = self.order_group_id

        contracts_limit_fp = self.contracts_limit_fp

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: OrderGroupUpdatesMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = OrderGroupUpdatesMsgEventType._value2member_map_.get(
                _raw := _event_type
            ) or OrderGroupUpdatesMsgEventType(_raw)

        order_group_id = d.pop("order_group_id", UNSET)
        if not isinstance(order_group_id, str | Unset | None):
            raise TypeError(
                f"OrderGroupUpdatesMsg.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)
        if not isinstance(contracts_limit_fp, str | Unset | None):
            raise TypeError(
                f"OrderGroupUpdatesMsg.contracts_limit_fp: expected str, got {type(contracts_limit_fp).__name__}"
            )

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(
                f"OrderGroupUpdatesMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        order_group_updates_msg = cls(
            event_type=event_type,
            order_group_id=order_group_id,
            contracts_limit_fp=contracts_limit_fp,
            ts_ms=ts_ms,
        )

        order_group_updates_msg.additional_properties = d
        return order_group_updates_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_type", self.event_type),
            ("order_group_id", self.order_group_id),
            ("contracts_limit_fp", self.contracts_limit_fp),
            ("ts_ms", self.ts_ms),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OrderGroupUpdatesMsg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_limit_fp": 1,
    }

    def decimal(self, name: Literal["contracts_limit_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(
                f"OrderGroupUpdatesMsg.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"OrderGroupUpdatesMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"OrderGroupUpdatesMsg.{name} is {value!r}, not a finite number"
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
