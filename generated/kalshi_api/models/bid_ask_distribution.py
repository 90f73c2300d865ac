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

T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define
class BidAskDistribution:
    """
    Attributes:
        open_dollars (str | Unset):
        low_dollars (str | Unset):
        high_dollars (str | Unset):
        close_dollars (str | Unset):
    """

    open_dollars: str | Unset = UNSET
    low_dollars: str | Unset = UNSET
    high_dollars: str | Unset = UNSET
    close_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_dollars = self.open_dollars

        low_dollars = self.low_dollars

        high_dollars = self.high_dollars

        close_dollars = self.close_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_dollars is not UNSET:
            field_dict["open_dollars"] = open_dollars
        if low_dollars is not UNSET:
            field_dict["low_dollars"] = low_dollars
        if high_dollars is not UNSET:
            field_dict["high_dollars"] = high_dollars
        if close_dollars is not UNSET:
            field_dict["close_dollars"] = close_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        open_dollars = d.pop("open_dollars", UNSET)
        if not isinstance(open_dollars, str | Unset | None):
            raise TypeError(
                f"BidAskDistribution.open_dollars: expected str, got {type(open_dollars).__name__}"
            )

        low_dollars = d.pop("low_dollars", UNSET)
        if not isinstance(low_dollars, str | Unset | None):
            raise TypeError(
                f"BidAskDistribution.low_dollars: expected str, got {type(low_dollars).__name__}"
            )

        high_dollars = d.pop("high_dollars", UNSET)
        if not isinstance(high_dollars, str | Unset | None):
            raise TypeError(
                f"BidAskDistribution.high_dollars: expected str, got {type(high_dollars).__name__}"
            )

        close_dollars = d.pop("close_dollars", UNSET)
        if not isinstance(close_dollars, str | Unset | None):
            raise TypeError(
                f"BidAskDistribution.close_dollars: expected str, got {type(close_dollars).__name__}"
            )

        bid_ask_distribution = cls(
            open_dollars=open_dollars,
            low_dollars=low_dollars,
            high_dollars=high_dollars,
            close_dollars=close_dollars,
        )

        bid_ask_distribution.additional_properties = d
        return bid_ask_distribution

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("open_dollars", self.open_dollars),
            ("low_dollars", self.low_dollars),
            ("high_dollars", self.high_dollars),
            ("close_dollars", self.close_dollars),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BidAskDistribution({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "close_dollars": 1,
        "high_dollars": 1,
        "low_dollars": 1,
        "open_dollars": 1,
    }

    def decimal(
        self,
        name: Literal["close_dollars", "high_dollars", "low_dollars", "open_dollars"],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"BidAskDistribution.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"BidAskDistribution.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"BidAskDistribution.{name} is {value!r}, not a finite number"
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
