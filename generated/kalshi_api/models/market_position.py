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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            market_position = cls.__new__(cls)
            market_position._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_position
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPosition.ticker: expected str, got {type(ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"MarketPosition.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        total_traded_dollars = d.get("total_traded_dollars", UNSET)
        if not isinstance(total_traded_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPosition.total_traded_dollars: expected str, got {type(total_traded_dollars).__name__}"
            )

        position_fp = d.get("position_fp", UNSET)
        if not isinstance(position_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPosition.position_fp: expected str, got {type(position_fp).__name__}"
            )

        market_exposure_dollars = d.get("market_exposure_dollars", UNSET)
        if not isinstance(market_exposure_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPosition.market_exposure_dollars: expected str, got {type(market_exposure_dollars).__name__}"
            )

        realized_pnl_dollars = d.get("realized_pnl_dollars", UNSET)
        if not isinstance(realized_pnl_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPosition.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
            )

        fees_paid_dollars = d.get("fees_paid_dollars", UNSET)
        if not isinstance(fees_paid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPosition.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
            )

        _last_updated_ts = d.get("last_updated_ts", UNSET)
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
        market_position.additional_properties = _load_additional_properties(d, False)
        return market_position

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
                raise MalformedField(f"MarketPosition.{name}: {error!r}") from error
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
        return f"MarketPosition({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPosition.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"MarketPosition.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_total_traded_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    total_traded_dollars = d.get("total_traded_dollars", UNSET)
    if not isinstance(total_traded_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPosition.total_traded_dollars: expected str, got {type(total_traded_dollars).__name__}"
        )

    return total_traded_dollars


def _load_position_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    position_fp = d.get("position_fp", UNSET)
    if not isinstance(position_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPosition.position_fp: expected str, got {type(position_fp).__name__}"
        )

    return position_fp


def _load_market_exposure_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_exposure_dollars = d.get("market_exposure_dollars", UNSET)
    if not isinstance(market_exposure_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPosition.market_exposure_dollars: expected str, got {type(market_exposure_dollars).__name__}"
        )

    return market_exposure_dollars


def _load_realized_pnl_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    realized_pnl_dollars = d.get("realized_pnl_dollars", UNSET)
    if not isinstance(realized_pnl_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPosition.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
        )

    return realized_pnl_dollars


def _load_fees_paid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    fees_paid_dollars = d.get("fees_paid_dollars", UNSET)
    if not isinstance(fees_paid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPosition.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
        )

    return fees_paid_dollars


def _load_last_updated_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _last_updated_ts = d.get("last_updated_ts", UNSET)
    last_updated_ts: datetime.datetime | Unset
    if isinstance(_last_updated_ts, Unset):
        last_updated_ts = UNSET
    else:
        last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

    return last_updated_ts


_FIELDS = frozenset(
    {
        "ticker",
        "exchange_index",
        "total_traded_dollars",
        "position_fp",
        "market_exposure_dollars",
        "realized_pnl_dollars",
        "fees_paid_dollars",
        "last_updated_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "ticker": _load_ticker,
    "exchange_index": _load_exchange_index,
    "total_traded_dollars": _load_total_traded_dollars,
    "position_fp": _load_position_fp,
    "market_exposure_dollars": _load_market_exposure_dollars,
    "realized_pnl_dollars": _load_realized_pnl_dollars,
    "fees_paid_dollars": _load_fees_paid_dollars,
    "last_updated_ts": _load_last_updated_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "exchange_index",
    "total_traded_dollars",
    "position_fp",
    "market_exposure_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
    "last_updated_ts",
    "additional_properties",
)
