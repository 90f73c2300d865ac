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
from ..models.market_side import MarketSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderbookDeltaMsg")


@_attrs_define
class OrderbookDeltaMsg:
    """
    Attributes:
        market_ticker (str | Unset):
        market_id (str | Unset):
        price_dollars (str | Unset):
        delta_fp (str | Unset):
        side (MarketSide | Unset):
        client_order_id (str | Unset):
        ts (datetime.datetime | Unset):
        ts_ms (int | Unset):
        subaccount (int | Unset):
    """

    market_ticker: str | Unset = UNSET
    market_id: str | Unset = UNSET
    price_dollars: str | Unset = UNSET
    delta_fp: str | Unset = UNSET
    side: MarketSide | Literal["yes", "no"] | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ts: datetime.datetime | Unset = UNSET
    ts_ms: int | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id = self.market_id

        price_dollars = self.price_dollars

        delta_fp = self.delta_fp

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = MarketSide.of(self.side).value

        client_order_id = self.client_order_id

        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()

        ts_ms = self.ts_ms

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if price_dollars is not UNSET:
            field_dict["price_dollars"] = price_dollars
        if delta_fp is not UNSET:
            field_dict["delta_fp"] = delta_fp
        if side is not UNSET:
            field_dict["side"] = side
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
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
        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"OrderbookDeltaMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_id = d.pop("market_id", UNSET)
        if not isinstance(market_id, str | Unset | None):
            raise TypeError(
                f"OrderbookDeltaMsg.market_id: expected str, got {type(market_id).__name__}"
            )

        price_dollars = d.pop("price_dollars", UNSET)
        if not isinstance(price_dollars, str | Unset | None):
            raise TypeError(
                f"OrderbookDeltaMsg.price_dollars: expected str, got {type(price_dollars).__name__}"
            )

        delta_fp = d.pop("delta_fp", UNSET)
        if not isinstance(delta_fp, str | Unset | None):
            raise TypeError(
                f"OrderbookDeltaMsg.delta_fp: expected str, got {type(delta_fp).__name__}"
            )

        _side = d.pop("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

        client_order_id = d.pop("client_order_id", UNSET)
        if not isinstance(client_order_id, str | Unset | None):
            raise TypeError(
                f"OrderbookDeltaMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        _ts = d.pop("ts", UNSET)
        ts: datetime.datetime | Unset
        if isinstance(_ts, Unset):
            ts = UNSET
        else:
            ts = datetime.datetime.fromisoformat(_ts)

        ts_ms = d.pop("ts_ms", UNSET)
        if not isinstance(ts_ms, int | Unset | None) or isinstance(ts_ms, bool):
            raise TypeError(
                f"OrderbookDeltaMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"OrderbookDeltaMsg.subaccount: expected int, got {type(subaccount).__name__}"
            )

        orderbook_delta_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            price_dollars=price_dollars,
            delta_fp=delta_fp,
            side=side,
            client_order_id=client_order_id,
            ts=ts,
            ts_ms=ts_ms,
            subaccount=subaccount,
        )

        orderbook_delta_msg.additional_properties = d
        return orderbook_delta_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("market_id", self.market_id),
            ("price_dollars", self.price_dollars),
            ("delta_fp", self.delta_fp),
            ("side", self.side),
            ("client_order_id", self.client_order_id),
            ("ts", self.ts),
            ("ts_ms", self.ts_ms),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OrderbookDeltaMsg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "delta_fp": 1,
        "price_dollars": 1,
    }

    def decimal(self, name: Literal["delta_fp", "price_dollars"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"OrderbookDeltaMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"OrderbookDeltaMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"OrderbookDeltaMsg.{name} is {value!r}, not a finite number"
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
