from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="MveSelectedLeg")


@_attrs_define
class MveSelectedLeg:
    """
    Attributes:
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        side (str | Unset):
        yes_settlement_value_dollars (None | str | Unset):
    """

    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: str | Unset = UNSET
    yes_settlement_value_dollars: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = self.side

        yes_settlement_value_dollars: None | str | Unset
        if isinstance(self.yes_settlement_value_dollars, Unset):
            yes_settlement_value_dollars = UNSET
        else:
            yes_settlement_value_dollars = self.yes_settlement_value_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"MveSelectedLeg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"MveSelectedLeg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        side = d.pop("side", UNSET)
        if not isinstance(side, str | Unset | None):
            raise TypeError(
                f"MveSelectedLeg.side: expected str, got {type(side).__name__}"
            )

        _yes_settlement_value_dollars_data = d.pop(
            "yes_settlement_value_dollars", UNSET
        )
        yes_settlement_value_dollars: None | str | Unset
        if _yes_settlement_value_dollars_data is None or isinstance(
            _yes_settlement_value_dollars_data, Unset
        ):
            yes_settlement_value_dollars = _yes_settlement_value_dollars_data
        elif not isinstance(_yes_settlement_value_dollars_data, str):
            raise TypeError(
                f"yes_settlement_value_dollars: expected str, got {type(_yes_settlement_value_dollars_data).__name__}"
            )
        else:
            yes_settlement_value_dollars = cast(
                None | str | Unset, _yes_settlement_value_dollars_data
            )

        mve_selected_leg = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            side=side,
            yes_settlement_value_dollars=yes_settlement_value_dollars,
        )

        mve_selected_leg.additional_properties = d
        return mve_selected_leg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_ticker", self.event_ticker),
            ("market_ticker", self.market_ticker),
            ("side", self.side),
            ("yes_settlement_value_dollars", self.yes_settlement_value_dollars),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MveSelectedLeg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "yes_settlement_value_dollars": 1,
    }

    def decimal(self, name: Literal["yes_settlement_value_dollars"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"MveSelectedLeg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"MveSelectedLeg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"MveSelectedLeg.{name} is {value!r}, not a finite number"
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
