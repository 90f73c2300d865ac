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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.settlement_market_result import SettlementMarketResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settlement")


@_attrs_define
class Settlement:
    """
    Attributes:
        ticker (str | Unset):
        exchange_index (int | Unset):
        event_ticker (str | Unset):
        market_result (SettlementMarketResult | Unset):
        yes_count_fp (str | Unset):
        yes_total_cost_dollars (str | Unset):
        no_count_fp (str | Unset):
        no_total_cost_dollars (str | Unset):
        revenue (int | Unset): Unit: cents.
        settled_time (datetime.datetime | Unset):
        fee_cost (str | Unset):
        value (int | None | Unset): Unit: cents.
    """

    ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    event_ticker: str | Unset = UNSET
    market_result: SettlementMarketResult | Literal["yes", "no", "scalar"] | Unset = (
        UNSET
    )
    yes_count_fp: str | Unset = UNSET
    yes_total_cost_dollars: str | Unset = UNSET
    no_count_fp: str | Unset = UNSET
    no_total_cost_dollars: str | Unset = UNSET
    revenue: int | Unset = UNSET
    settled_time: datetime.datetime | Unset = UNSET
    fee_cost: str | Unset = UNSET
    value: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        exchange_index = self.exchange_index

        event_ticker = self.event_ticker

        market_result: str | Unset = UNSET
        if not isinstance(self.market_result, Unset):
            market_result = SettlementMarketResult.of(self.market_result).value

        yes_count_fp = self.yes_count_fp

        yes_total_cost_dollars = self.yes_total_cost_dollars

        no_count_fp = self.no_count_fp

        no_total_cost_dollars = self.no_total_cost_dollars

        revenue = self.revenue

        settled_time: str | Unset = UNSET
        if not isinstance(self.settled_time, Unset):
            settled_time = self.settled_time.isoformat()

        fee_cost = self.fee_cost

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_result is not UNSET:
            field_dict["market_result"] = market_result
        if yes_count_fp is not UNSET:
            field_dict["yes_count_fp"] = yes_count_fp
        if yes_total_cost_dollars is not UNSET:
            field_dict["yes_total_cost_dollars"] = yes_total_cost_dollars
        if no_count_fp is not UNSET:
            field_dict["no_count_fp"] = no_count_fp
        if no_total_cost_dollars is not UNSET:
            field_dict["no_total_cost_dollars"] = no_total_cost_dollars
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if settled_time is not UNSET:
            field_dict["settled_time"] = settled_time
        if fee_cost is not UNSET:
            field_dict["fee_cost"] = fee_cost
        if value is not UNSET:
            field_dict["value"] = value

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
            settlement = cls.__new__(cls)
            settlement._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return settlement
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.ticker: expected str, got {type(ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"Settlement.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        _market_result = d.get("market_result", UNSET)
        market_result: SettlementMarketResult | Unset
        if isinstance(_market_result, Unset):
            market_result = UNSET
        else:
            market_result = SettlementMarketResult._value2member_map_.get(
                _raw := _market_result
            ) or SettlementMarketResult(_raw)

        yes_count_fp = d.get("yes_count_fp", UNSET)
        if not isinstance(yes_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.yes_count_fp: expected str, got {type(yes_count_fp).__name__}"
            )

        yes_total_cost_dollars = d.get("yes_total_cost_dollars", UNSET)
        if not isinstance(yes_total_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.yes_total_cost_dollars: expected str, got {type(yes_total_cost_dollars).__name__}"
            )

        no_count_fp = d.get("no_count_fp", UNSET)
        if not isinstance(no_count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.no_count_fp: expected str, got {type(no_count_fp).__name__}"
            )

        no_total_cost_dollars = d.get("no_total_cost_dollars", UNSET)
        if not isinstance(no_total_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.no_total_cost_dollars: expected str, got {type(no_total_cost_dollars).__name__}"
            )

        revenue = d.get("revenue", UNSET)
        if not isinstance(revenue, (int, Unset, NoneType)) or isinstance(revenue, bool):
            raise TypeError(
                f"Settlement.revenue: expected int, got {type(revenue).__name__}"
            )

        _settled_time = d.get("settled_time", UNSET)
        settled_time: datetime.datetime | Unset
        if isinstance(_settled_time, Unset):
            settled_time = UNSET
        else:
            settled_time = datetime.datetime.fromisoformat(_settled_time)

        fee_cost = d.get("fee_cost", UNSET)
        if not isinstance(fee_cost, (str, Unset, NoneType)):
            raise TypeError(
                f"Settlement.fee_cost: expected str, got {type(fee_cost).__name__}"
            )

        _value_data = d.get("value", UNSET)
        value: int | None | Unset
        if _value_data is None or isinstance(_value_data, Unset):
            value = _value_data
        elif not isinstance(_value_data, (int,)) or isinstance(_value_data, bool):
            raise TypeError(f"value: expected int, got {type(_value_data).__name__}")
        else:
            value = cast(int | None | Unset, _value_data)

        settlement = cls(
            ticker=ticker,
            exchange_index=exchange_index,
            event_ticker=event_ticker,
            market_result=market_result,
            yes_count_fp=yes_count_fp,
            yes_total_cost_dollars=yes_total_cost_dollars,
            no_count_fp=no_count_fp,
            no_total_cost_dollars=no_total_cost_dollars,
            revenue=revenue,
            settled_time=settled_time,
            fee_cost=fee_cost,
            value=value,
        )
        settlement.additional_properties = _load_additional_properties(d, False)
        return settlement

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
                raise MalformedField(f"Settlement.{name}: {error!r}") from error
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
        return f"Settlement({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "no_count_fp": 1,
        "no_total_cost_dollars": 1,
        "revenue": 100,
        "yes_count_fp": 1,
        "yes_total_cost_dollars": 1,
    }

    def decimal(
        self,
        name: Literal[
            "no_count_fp",
            "no_total_cost_dollars",
            "revenue",
            "yes_count_fp",
            "yes_total_cost_dollars",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"Settlement.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"Settlement.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(f"Settlement.{name} is {value!r}, not a finite number")
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
        raise TypeError(f"Settlement.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"Settlement.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"Settlement.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_market_result(
    d: dict[str, Any], lazily: bool
) -> SettlementMarketResult | Unset:
    _market_result = d.get("market_result", UNSET)
    market_result: SettlementMarketResult | Unset
    if isinstance(_market_result, Unset):
        market_result = UNSET
    else:
        market_result = SettlementMarketResult._value2member_map_.get(
            _raw := _market_result
        ) or SettlementMarketResult(_raw)

    return market_result


def _load_yes_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_count_fp = d.get("yes_count_fp", UNSET)
    if not isinstance(yes_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Settlement.yes_count_fp: expected str, got {type(yes_count_fp).__name__}"
        )

    return yes_count_fp


def _load_yes_total_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_total_cost_dollars = d.get("yes_total_cost_dollars", UNSET)
    if not isinstance(yes_total_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Settlement.yes_total_cost_dollars: expected str, got {type(yes_total_cost_dollars).__name__}"
        )

    return yes_total_cost_dollars


def _load_no_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_count_fp = d.get("no_count_fp", UNSET)
    if not isinstance(no_count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Settlement.no_count_fp: expected str, got {type(no_count_fp).__name__}"
        )

    return no_count_fp


def _load_no_total_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_total_cost_dollars = d.get("no_total_cost_dollars", UNSET)
    if not isinstance(no_total_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Settlement.no_total_cost_dollars: expected str, got {type(no_total_cost_dollars).__name__}"
        )

    return no_total_cost_dollars


def _load_revenue(d: dict[str, Any], lazily: bool) -> int | Unset:
    revenue = d.get("revenue", UNSET)
    if not isinstance(revenue, (int, Unset, NoneType)) or isinstance(revenue, bool):
        raise TypeError(
            f"Settlement.revenue: expected int, got {type(revenue).__name__}"
        )

    return revenue


def _load_settled_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _settled_time = d.get("settled_time", UNSET)
    settled_time: datetime.datetime | Unset
    if isinstance(_settled_time, Unset):
        settled_time = UNSET
    else:
        settled_time = datetime.datetime.fromisoformat(_settled_time)

    return settled_time


def _load_fee_cost(d: dict[str, Any], lazily: bool) -> str | Unset:
    fee_cost = d.get("fee_cost", UNSET)
    if not isinstance(fee_cost, (str, Unset, NoneType)):
        raise TypeError(
            f"Settlement.fee_cost: expected str, got {type(fee_cost).__name__}"
        )

    return fee_cost


def _load_value(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _value_data = d.get("value", UNSET)
    value: int | None | Unset
    if _value_data is None or isinstance(_value_data, Unset):
        value = _value_data
    elif not isinstance(_value_data, (int,)) or isinstance(_value_data, bool):
        raise TypeError(f"value: expected int, got {type(_value_data).__name__}")
    else:
        value = cast(int | None | Unset, _value_data)

    return value


_FIELDS = frozenset(
    {
        "ticker",
        "exchange_index",
        "event_ticker",
        "market_result",
        "yes_count_fp",
        "yes_total_cost_dollars",
        "no_count_fp",
        "no_total_cost_dollars",
        "revenue",
        "settled_time",
        "fee_cost",
        "value",
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
    "event_ticker": _load_event_ticker,
    "market_result": _load_market_result,
    "yes_count_fp": _load_yes_count_fp,
    "yes_total_cost_dollars": _load_yes_total_cost_dollars,
    "no_count_fp": _load_no_count_fp,
    "no_total_cost_dollars": _load_no_total_cost_dollars,
    "revenue": _load_revenue,
    "settled_time": _load_settled_time,
    "fee_cost": _load_fee_cost,
    "value": _load_value,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "exchange_index",
    "event_ticker",
    "market_result",
    "yes_count_fp",
    "yes_total_cost_dollars",
    "no_count_fp",
    "no_total_cost_dollars",
    "revenue",
    "settled_time",
    "fee_cost",
    "value",
    "additional_properties",
)
