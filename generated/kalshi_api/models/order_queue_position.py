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
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueuePosition")


@_attrs_define
class OrderQueuePosition:
    """
    Attributes:
        order_id (str | Unset):
        market_ticker (str | Unset):
        queue_position_fp (str | Unset):
    """

    order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    queue_position_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        market_ticker = self.market_ticker

        queue_position_fp = self.queue_position_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)
        if not isinstance(order_id, str | Unset | None):
            raise TypeError(
                f"OrderQueuePosition.order_id: expected str, got {type(order_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"OrderQueuePosition.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        queue_position_fp = d.pop("queue_position_fp", UNSET)
        if not isinstance(queue_position_fp, str | Unset | None):
            raise TypeError(
                f"OrderQueuePosition.queue_position_fp: expected str, got {type(queue_position_fp).__name__}"
            )

        order_queue_position = cls(
            order_id=order_id,
            market_ticker=market_ticker,
            queue_position_fp=queue_position_fp,
        )

        order_queue_position.additional_properties = d
        return order_queue_position

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("order_id", self.order_id),
            ("market_ticker", self.market_ticker),
            ("queue_position_fp", self.queue_position_fp),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OrderQueuePosition({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "queue_position_fp": 1,
    }

    def decimal(self, name: Literal["queue_position_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"OrderQueuePosition.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"OrderQueuePosition.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"OrderQueuePosition.{name} is {value!r}, not a finite number"
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
