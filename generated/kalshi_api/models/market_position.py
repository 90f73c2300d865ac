from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="MarketPosition")


@_attrs_define
class MarketPosition:
    """
    Attributes:
        ticker (str | Unset):
        exchange_index (int | Unset):
        total_traded_dollars (str | Unset):
        position_fp (str | Unset):
        market_exposure_dollars (str | Unset):
        realized_pnl_dollars (str | Unset):
        fees_paid_dollars (str | Unset):
        last_updated_ts (datetime.datetime | Unset):
    """

    ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    total_traded_dollars: str | Unset = UNSET
    position_fp: str | Unset = UNSET
    market_exposure_dollars: str | Unset = UNSET
    realized_pnl_dollars: str | Unset = UNSET
    fees_paid_dollars: str | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        exchange_index = self.exchange_index

        total_traded_dollars = self.total_traded_dollars

        position_fp = self.position_fp

        market_exposure_dollars = self.market_exposure_dollars

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid_dollars = self.fees_paid_dollars

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if total_traded_dollars is not UNSET:
            field_dict["total_traded_dollars"] = total_traded_dollars
        if position_fp is not UNSET:
            field_dict["position_fp"] = position_fp
        if market_exposure_dollars is not UNSET:
            field_dict["market_exposure_dollars"] = market_exposure_dollars
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)
        if not isinstance(ticker, str | Unset | None):
            raise TypeError(
                f"MarketPosition.ticker: expected str, got {type(ticker).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"MarketPosition.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        total_traded_dollars = d.pop("total_traded_dollars", UNSET)
        if not isinstance(total_traded_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPosition.total_traded_dollars: expected str, got {type(total_traded_dollars).__name__}"
            )

        position_fp = d.pop("position_fp", UNSET)
        if not isinstance(position_fp, str | Unset | None):
            raise TypeError(
                f"MarketPosition.position_fp: expected str, got {type(position_fp).__name__}"
            )

        market_exposure_dollars = d.pop("market_exposure_dollars", UNSET)
        if not isinstance(market_exposure_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPosition.market_exposure_dollars: expected str, got {type(market_exposure_dollars).__name__}"
            )

        realized_pnl_dollars = d.pop("realized_pnl_dollars", UNSET)
        if not isinstance(realized_pnl_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPosition.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
            )

        fees_paid_dollars = d.pop("fees_paid_dollars", UNSET)
        if not isinstance(fees_paid_dollars, str | Unset | None):
            raise TypeError(
                f"MarketPosition.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
            )

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        market_position = cls(
            ticker=ticker,
            exchange_index=exchange_index,
            total_traded_dollars=total_traded_dollars,
            position_fp=position_fp,
            market_exposure_dollars=market_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
            last_updated_ts=last_updated_ts,
        )

        market_position.additional_properties = d
        return market_position

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("ticker", self.ticker),
            ("exchange_index", self.exchange_index),
            ("total_traded_dollars", self.total_traded_dollars),
            ("position_fp", self.position_fp),
            ("market_exposure_dollars", self.market_exposure_dollars),
            ("realized_pnl_dollars", self.realized_pnl_dollars),
            ("fees_paid_dollars", self.fees_paid_dollars),
            ("last_updated_ts", self.last_updated_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MarketPosition({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "fees_paid_dollars": 1,
        "market_exposure_dollars": 1,
        "position_fp": 1,
        "realized_pnl_dollars": 1,
        "total_traded_dollars": 1,
    }

    def decimal(
        self,
        name: Literal[
            "fees_paid_dollars",
            "market_exposure_dollars",
            "position_fp",
            "realized_pnl_dollars",
            "total_traded_dollars",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"MarketPosition.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"MarketPosition.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"MarketPosition.{name} is {value!r}, not a finite number"
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
