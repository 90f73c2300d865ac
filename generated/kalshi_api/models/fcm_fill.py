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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            fcm_fill = cls.__new__(cls)
            fcm_fill._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return fcm_fill
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        fill_id = d.get("fill_id", UNSET)
        if not isinstance(fill_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.fill_id: expected str, got {type(fill_id).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"FcmFill.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.ticker: expected str, got {type(ticker).__name__}"
            )

        _taker_outcome_side = d.get("taker_outcome_side", UNSET)
        taker_outcome_side: OutcomeSide | Unset
        if isinstance(_taker_outcome_side, Unset):
            taker_outcome_side = UNSET
        else:
            taker_outcome_side = OutcomeSide._value2member_map_.get(
                _raw := _taker_outcome_side
            ) or OutcomeSide(_raw)

        count_fp = d.get("count_fp", UNSET)
        if not isinstance(count_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.count_fp: expected str, got {type(count_fp).__name__}"
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        _created_time = d.get("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        maker_order_id = d.get("maker_order_id", UNSET)
        if not isinstance(maker_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.maker_order_id: expected str, got {type(maker_order_id).__name__}"
            )

        maker_subtrader_id = d.get("maker_subtrader_id", UNSET)
        if not isinstance(maker_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.maker_subtrader_id: expected str, got {type(maker_subtrader_id).__name__}"
            )

        maker_fee_cost = d.get("maker_fee_cost", UNSET)
        if not isinstance(maker_fee_cost, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.maker_fee_cost: expected str, got {type(maker_fee_cost).__name__}"
            )

        taker_order_id = d.get("taker_order_id", UNSET)
        if not isinstance(taker_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.taker_order_id: expected str, got {type(taker_order_id).__name__}"
            )

        taker_subtrader_id = d.get("taker_subtrader_id", UNSET)
        if not isinstance(taker_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FcmFill.taker_subtrader_id: expected str, got {type(taker_subtrader_id).__name__}"
            )

        taker_fee_cost = d.get("taker_fee_cost", UNSET)
        if not isinstance(taker_fee_cost, (str, Unset, NoneType)):
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
        fcm_fill.additional_properties = _load_additional_properties(d, False)
        return fcm_fill

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
                raise MalformedField(f"FcmFill.{name}: {error!r}") from error
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
        return f"FcmFill({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_fill_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    fill_id = d.get("fill_id", UNSET)
    if not isinstance(fill_id, (str, Unset, NoneType)):
        raise TypeError(f"FcmFill.fill_id: expected str, got {type(fill_id).__name__}")

    return fill_id


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"FcmFill.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(f"FcmFill.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_taker_outcome_side(d: dict[str, Any], lazily: bool) -> OutcomeSide | Unset:
    _taker_outcome_side = d.get("taker_outcome_side", UNSET)
    taker_outcome_side: OutcomeSide | Unset
    if isinstance(_taker_outcome_side, Unset):
        taker_outcome_side = UNSET
    else:
        taker_outcome_side = OutcomeSide._value2member_map_.get(
            _raw := _taker_outcome_side
        ) or OutcomeSide(_raw)

    return taker_outcome_side


def _load_count_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    count_fp = d.get("count_fp", UNSET)
    if not isinstance(count_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.count_fp: expected str, got {type(count_fp).__name__}"
        )

    return count_fp


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_created_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _created_time = d.get("created_time", UNSET)
    created_time: datetime.datetime | Unset
    if isinstance(_created_time, Unset):
        created_time = UNSET
    else:
        created_time = datetime.datetime.fromisoformat(_created_time)

    return created_time


def _load_maker_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_order_id = d.get("maker_order_id", UNSET)
    if not isinstance(maker_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.maker_order_id: expected str, got {type(maker_order_id).__name__}"
        )

    return maker_order_id


def _load_maker_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_subtrader_id = d.get("maker_subtrader_id", UNSET)
    if not isinstance(maker_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.maker_subtrader_id: expected str, got {type(maker_subtrader_id).__name__}"
        )

    return maker_subtrader_id


def _load_maker_fee_cost(d: dict[str, Any], lazily: bool) -> str | Unset:
    maker_fee_cost = d.get("maker_fee_cost", UNSET)
    if not isinstance(maker_fee_cost, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.maker_fee_cost: expected str, got {type(maker_fee_cost).__name__}"
        )

    return maker_fee_cost


def _load_taker_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_order_id = d.get("taker_order_id", UNSET)
    if not isinstance(taker_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.taker_order_id: expected str, got {type(taker_order_id).__name__}"
        )

    return taker_order_id


def _load_taker_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_subtrader_id = d.get("taker_subtrader_id", UNSET)
    if not isinstance(taker_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.taker_subtrader_id: expected str, got {type(taker_subtrader_id).__name__}"
        )

    return taker_subtrader_id


def _load_taker_fee_cost(d: dict[str, Any], lazily: bool) -> str | Unset:
    taker_fee_cost = d.get("taker_fee_cost", UNSET)
    if not isinstance(taker_fee_cost, (str, Unset, NoneType)):
        raise TypeError(
            f"FcmFill.taker_fee_cost: expected str, got {type(taker_fee_cost).__name__}"
        )

    return taker_fee_cost


_FIELDS = frozenset(
    {
        "fill_id",
        "exchange_index",
        "ticker",
        "taker_outcome_side",
        "count_fp",
        "yes_price_dollars",
        "created_time",
        "maker_order_id",
        "maker_subtrader_id",
        "maker_fee_cost",
        "taker_order_id",
        "taker_subtrader_id",
        "taker_fee_cost",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "fill_id": _load_fill_id,
    "exchange_index": _load_exchange_index,
    "ticker": _load_ticker,
    "taker_outcome_side": _load_taker_outcome_side,
    "count_fp": _load_count_fp,
    "yes_price_dollars": _load_yes_price_dollars,
    "created_time": _load_created_time,
    "maker_order_id": _load_maker_order_id,
    "maker_subtrader_id": _load_maker_subtrader_id,
    "maker_fee_cost": _load_maker_fee_cost,
    "taker_order_id": _load_taker_order_id,
    "taker_subtrader_id": _load_taker_subtrader_id,
    "taker_fee_cost": _load_taker_fee_cost,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "fill_id",
    "exchange_index",
    "ticker",
    "taker_outcome_side",
    "count_fp",
    "yes_price_dollars",
    "created_time",
    "maker_order_id",
    "maker_subtrader_id",
    "maker_fee_cost",
    "taker_order_id",
    "taker_subtrader_id",
    "taker_fee_cost",
    "additional_properties",
)
