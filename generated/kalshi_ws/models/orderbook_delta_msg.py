from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            orderbook_delta_msg = cls.__new__(cls)
            orderbook_delta_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return orderbook_delta_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookDeltaMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_id = d.get("market_id", UNSET)
        if not isinstance(market_id, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookDeltaMsg.market_id: expected str, got {type(market_id).__name__}"
            )

        price_dollars = d.get("price_dollars", UNSET)
        if not isinstance(price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookDeltaMsg.price_dollars: expected str, got {type(price_dollars).__name__}"
            )

        delta_fp = d.get("delta_fp", UNSET)
        if not isinstance(delta_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookDeltaMsg.delta_fp: expected str, got {type(delta_fp).__name__}"
            )

        _side = d.get("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookDeltaMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        _ts = d.get("ts", UNSET)
        ts: datetime.datetime | Unset
        if isinstance(_ts, Unset):
            ts = UNSET
        else:
            ts = datetime.datetime.fromisoformat(_ts)

        ts_ms = d.get("ts_ms", UNSET)
        if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
            raise TypeError(
                f"OrderbookDeltaMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
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
        orderbook_delta_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return orderbook_delta_msg

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(f"OrderbookDeltaMsg.{name}: {error!r}") from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"OrderbookDeltaMsg({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderbookDeltaMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_market_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_id = d.get("market_id", UNSET)
    if not isinstance(market_id, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderbookDeltaMsg.market_id: expected str, got {type(market_id).__name__}"
        )

    return market_id


def _load_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    price_dollars = d.get("price_dollars", UNSET)
    if not isinstance(price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderbookDeltaMsg.price_dollars: expected str, got {type(price_dollars).__name__}"
        )

    return price_dollars


def _load_delta_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    delta_fp = d.get("delta_fp", UNSET)
    if not isinstance(delta_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderbookDeltaMsg.delta_fp: expected str, got {type(delta_fp).__name__}"
        )

    return delta_fp


def _load_side(d: dict[str, Any], lazily: bool) -> MarketSide | Unset:
    _side = d.get("side", UNSET)
    side: MarketSide | Unset
    if isinstance(_side, Unset):
        side = UNSET
    else:
        side = MarketSide._value2member_map_.get(_raw := _side) or MarketSide(_raw)

    return side


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderbookDeltaMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _ts = d.get("ts", UNSET)
    ts: datetime.datetime | Unset
    if isinstance(_ts, Unset):
        ts = UNSET
    else:
        ts = datetime.datetime.fromisoformat(_ts)

    return ts


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts_ms = d.get("ts_ms", UNSET)
    if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
        raise TypeError(
            f"OrderbookDeltaMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
        )

    return ts_ms


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"OrderbookDeltaMsg.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "market_ticker",
        "market_id",
        "price_dollars",
        "delta_fp",
        "side",
        "client_order_id",
        "ts",
        "ts_ms",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "market_id": _load_market_id,
    "price_dollars": _load_price_dollars,
    "delta_fp": _load_delta_fp,
    "side": _load_side,
    "client_order_id": _load_client_order_id,
    "ts": _load_ts,
    "ts_ms": _load_ts_ms,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "market_id",
    "price_dollars",
    "delta_fp",
    "side",
    "client_order_id",
    "ts",
    "ts_ms",
    "subaccount",
    "additional_properties",
)
