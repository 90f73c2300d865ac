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
from ..models.outcome_side import OutcomeSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="FcmFill")


@_attrs_define
class FcmFill:
    """
    Attributes:
        fill_id (str | Unset):
        exchange_index (int | Unset):
        ticker (str | Unset):
        taker_outcome_side (OutcomeSide | Unset):
        count_fp (str | Unset):
        yes_price_dollars (str | Unset):
        created_time (datetime.datetime | Unset):
        maker_order_id (str | Unset):
        maker_subtrader_id (str | Unset):
        maker_fee_cost (str | Unset):
        taker_order_id (str | Unset):
        taker_subtrader_id (str | Unset):
        taker_fee_cost (str | Unset):
    """

    fill_id: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    ticker: str | Unset = UNSET
    taker_outcome_side: OutcomeSide | Literal["yes", "no"] | Unset = UNSET
    count_fp: str | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    maker_order_id: str | Unset = UNSET
    maker_subtrader_id: str | Unset = UNSET
    maker_fee_cost: str | Unset = UNSET
    taker_order_id: str | Unset = UNSET
    taker_subtrader_id: str | Unset = UNSET
    taker_fee_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill_id = self.fill_id

        exchange_index = self.exchange_index

        ticker = self.ticker

        taker_outcome_side: str | Unset = UNSET
        if not isinstance(self.taker_outcome_side, Unset):
            taker_outcome_side = OutcomeSide.of(self.taker_outcome_side).value

        count_fp = self.count_fp

        yes_price_dollars = self.yes_price_dollars

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        maker_order_id = self.maker_order_id

        maker_subtrader_id = self.maker_subtrader_id

        maker_fee_cost = self.maker_fee_cost

        taker_order_id = self.taker_order_id

        taker_subtrader_id = self.taker_subtrader_id

        taker_fee_cost = self.taker_fee_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill_id is not UNSET:
            field_dict["fill_id"] = fill_id
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if taker_outcome_side is not UNSET:
            field_dict["taker_outcome_side"] = taker_outcome_side
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if maker_order_id is not UNSET:
            field_dict["maker_order_id"] = maker_order_id
        if maker_subtrader_id is not UNSET:
            field_dict["maker_subtrader_id"] = maker_subtrader_id
        if maker_fee_cost is not UNSET:
            field_dict["maker_fee_cost"] = maker_fee_cost
        if taker_order_id is not UNSET:
            field_dict["taker_order_id"] = taker_order_id
        if taker_subtrader_id is not UNSET:
            field_dict["taker_subtrader_id"] = taker_subtrader_id
        if taker_fee_cost is not UNSET:
            field_dict["taker_fee_cost"] = taker_fee_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        fill_id = d.pop("fill_id", UNSET)
        if not isinstance(fill_id, str | Unset | None):
            raise TypeError(
                f"FcmFill.fill_id: expected str, got {type(fill_id).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"FcmFill.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        ticker = d.pop("ticker", UNSET)
        if not isinstance(ticker, str | Unset | None):
            raise TypeError(
                f"FcmFill.ticker: expected str, got {type(ticker).__name__}"
            )

        _taker_outcome_side = d.pop("taker_outcome_side", UNSET)
        taker_outcome_side: OutcomeSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = OutcomeSide._value2member_map_.get(
                _raw := _taker_outcome_side
            ) or OutcomeSide(_raw)

        count_fp = d.pop("count_fp", UNSET)
        if not isinstance(count_fp, str | Unset | None):
            raise TypeError(
                f"FcmFill.count_fp: expected str, got {type(count_fp).__name__}"
            )

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, str | Unset | None):
            raise TypeError(
                f"FcmFill.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        maker_order_id = d.pop("maker_order_id", UNSET)
        if not isinstance(maker_order_id, str | Unset | None):
            raise TypeError(
                f"FcmFill.maker_order_id: expected str, got {type(maker_order_id).__name__}"
            )

        maker_subtrader_id = d.pop("maker_subtrader_id", UNSET)
        if not isinstance(maker_subtrader_id, str | Unset | None):
            raise TypeError(
                f"FcmFill.maker_subtrader_id: expected str, got {type(maker_subtrader_id).__name__}"
            )

        maker_fee_cost = d.pop("maker_fee_cost", UNSET)
        if not isinstance(maker_fee_cost, str | Unset | None):
            raise TypeError(
                f"FcmFill.maker_fee_cost: expected str, got {type(maker_fee_cost).__name__}"
            )

        taker_order_id = d.pop("taker_order_id", UNSET)
        if not isinstance(taker_order_id, str | Unset | None):
            raise TypeError(
                f"FcmFill.taker_order_id: expected str, got {type(taker_order_id).__name__}"
            )

        taker_subtrader_id = d.pop("taker_subtrader_id", UNSET)
        if not isinstance(taker_subtrader_id, str | Unset | None):
            raise TypeError(
                f"FcmFill.taker_subtrader_id: expected str, got {type(taker_subtrader_id).__name__}"
            )

        taker_fee_cost = d.pop("taker_fee_cost", UNSET)
        if not isinstance(taker_fee_cost, str | Unset | None):
            raise TypeError(
                f"FcmFill.taker_fee_cost: expected str, got {type(taker_fee_cost).__name__}"
            )

        fcm_fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            ticker=ticker,
            taker_outcome_side=taker_outcome_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            created_time=created_time,
            maker_order_id=maker_order_id,
            maker_subtrader_id=maker_subtrader_id,
            maker_fee_cost=maker_fee_cost,
            taker_order_id=taker_order_id,
            taker_subtrader_id=taker_subtrader_id,
            taker_fee_cost=taker_fee_cost,
        )

        fcm_fill.additional_properties = d
        return fcm_fill

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("fill_id", self.fill_id),
            ("exchange_index", self.exchange_index),
            ("ticker", self.ticker),
            ("taker_outcome_side", self.taker_outcome_side),
            ("count_fp", self.count_fp),
            ("yes_price_dollars", self.yes_price_dollars),
            ("created_time", self.created_time),
            ("maker_order_id", self.maker_order_id),
            ("maker_subtrader_id", self.maker_subtrader_id),
            ("maker_fee_cost", self.maker_fee_cost),
            ("taker_order_id", self.taker_order_id),
            ("taker_subtrader_id", self.taker_subtrader_id),
            ("taker_fee_cost", self.taker_fee_cost),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FcmFill({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "count_fp": 1,
        "yes_price_dollars": 1,
    }

    def decimal(self, name: Literal["count_fp", "yes_price_dollars"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"FcmFill.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"FcmFill.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"FcmFill.{name} is {value!r}, not a finite number")
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
