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

T = TypeVar("T", bound="MarketPositionMsg")


@_attrs_define
class MarketPositionMsg:
    """
    Attributes:
        user_id (str | Unset):
        market_ticker (str | Unset):
        position_fp (str | Unset):
        position_cost_dollars (str | Unset):
        realized_pnl_dollars (str | Unset):
        fees_paid_dollars (str | Unset):
        position_fee_cost_dollars (str | Unset):
        volume_fp (str | Unset):
        subaccount (int | Unset):
    """

    user_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    position_fp: str | Unset = UNSET
    position_cost_dollars: str | Unset = UNSET
    realized_pnl_dollars: str | Unset = UNSET
    fees_paid_dollars: str | Unset = UNSET
    position_fee_cost_dollars: str | Unset = UNSET
    volume_fp: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        market_ticker = self.market_ticker

        position_fp = self.position_fp

        position_cost_dollars = self.position_cost_dollars

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid_dollars = self.fees_paid_dollars

        position_fee_cost_dollars = self.position_fee_cost_dollars

        volume_fp = self.volume_fp

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if position_fp is not UNSET:
            field_dict["position_fp"] = position_fp
        if position_cost_dollars is not UNSET:
            field_dict["position_cost_dollars"] = position_cost_dollars
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if position_fee_cost_dollars is not UNSET:
            field_dict["position_fee_cost_dollars"] = position_fee_cost_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.user_id: expected str, got {type(user_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        position_fp = d.pop("position_fp", UNSET)
        if not isinstance(position_fp, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.position_fp: expected str, got {type(position_fp).__name__}"
            )

        position_cost_dollars = d.pop("position_cost_dollars", UNSET)
        if not isinstance(position_cost_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.position_cost_dollars: expected str, got {type(position_cost_dollars).__name__}"
            )

        realized_pnl_dollars = d.pop("realized_pnl_dollars", UNSET)
        if not isinstance(realized_pnl_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
            )

        fees_paid_dollars = d.pop("fees_paid_dollars", UNSET)
        if not isinstance(fees_paid_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
            )

        position_fee_cost_dollars = d.pop("position_fee_cost_dollars", UNSET)
        if not isinstance(position_fee_cost_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.position_fee_cost_dollars: expected str, got {type(position_fee_cost_dollars).__name__}"
            )

        volume_fp = d.pop("volume_fp", UNSET)
        if not isinstance(volume_fp, str | Unset | None):
            raise TypeError(
                f"MarketPositionMsg.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"MarketPositionMsg.subaccount: expected int, got {type(subaccount).__name__}"
            )

        market_position_msg = cls(
            user_id=user_id,
            market_ticker=market_ticker,
            position_fp=position_fp,
            position_cost_dollars=position_cost_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
            position_fee_cost_dollars=position_fee_cost_dollars,
            volume_fp=volume_fp,
            subaccount=subaccount,
        )

        market_position_msg.additional_properties = d
        return market_position_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("user_id", self.user_id),
            ("market_ticker", self.market_ticker),
            ("position_fp", self.position_fp),
            ("position_cost_dollars", self.position_cost_dollars),
            ("realized_pnl_dollars", self.realized_pnl_dollars),
            ("fees_paid_dollars", self.fees_paid_dollars),
            ("position_fee_cost_dollars", self.position_fee_cost_dollars),
            ("volume_fp", self.volume_fp),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MarketPositionMsg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "fees_paid_dollars": 1,
        "position_cost_dollars": 1,
        "position_fee_cost_dollars": 1,
        "position_fp": 1,
        "realized_pnl_dollars": 1,
        "volume_fp": 1,
    }

    def decimal(
        self,
        name: Literal[
            "fees_paid_dollars",
            "position_cost_dollars",
            "position_fee_cost_dollars",
            "position_fp",
            "realized_pnl_dollars",
            "volume_fp",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"MarketPositionMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"MarketPositionMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"MarketPositionMsg.{name} is {value!r}, not a finite number"
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
