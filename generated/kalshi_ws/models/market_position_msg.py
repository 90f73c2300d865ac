from __future__ import annotations

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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            market_position_msg = cls.__new__(cls)
            market_position_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_position_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        user_id = d.get("user_id", UNSET)
        if not isinstance(user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.user_id: expected str, got {type(user_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        position_fp = d.get("position_fp", UNSET)
        if not isinstance(position_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.position_fp: expected str, got {type(position_fp).__name__}"
            )

        position_cost_dollars = d.get("position_cost_dollars", UNSET)
        if not isinstance(position_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.position_cost_dollars: expected str, got {type(position_cost_dollars).__name__}"
            )

        realized_pnl_dollars = d.get("realized_pnl_dollars", UNSET)
        if not isinstance(realized_pnl_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
            )

        fees_paid_dollars = d.get("fees_paid_dollars", UNSET)
        if not isinstance(fees_paid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
            )

        position_fee_cost_dollars = d.get("position_fee_cost_dollars", UNSET)
        if not isinstance(position_fee_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.position_fee_cost_dollars: expected str, got {type(position_fee_cost_dollars).__name__}"
            )

        volume_fp = d.get("volume_fp", UNSET)
        if not isinstance(volume_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketPositionMsg.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
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
        market_position_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return market_position_msg

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
                raise MalformedField(f"MarketPositionMsg.{name}: {error!r}") from error
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
        return f"MarketPositionMsg({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    user_id = d.get("user_id", UNSET)
    if not isinstance(user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.user_id: expected str, got {type(user_id).__name__}"
        )

    return user_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_position_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    position_fp = d.get("position_fp", UNSET)
    if not isinstance(position_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.position_fp: expected str, got {type(position_fp).__name__}"
        )

    return position_fp


def _load_position_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    position_cost_dollars = d.get("position_cost_dollars", UNSET)
    if not isinstance(position_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.position_cost_dollars: expected str, got {type(position_cost_dollars).__name__}"
        )

    return position_cost_dollars


def _load_realized_pnl_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    realized_pnl_dollars = d.get("realized_pnl_dollars", UNSET)
    if not isinstance(realized_pnl_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
        )

    return realized_pnl_dollars


def _load_fees_paid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    fees_paid_dollars = d.get("fees_paid_dollars", UNSET)
    if not isinstance(fees_paid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
        )

    return fees_paid_dollars


def _load_position_fee_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    position_fee_cost_dollars = d.get("position_fee_cost_dollars", UNSET)
    if not isinstance(position_fee_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.position_fee_cost_dollars: expected str, got {type(position_fee_cost_dollars).__name__}"
        )

    return position_fee_cost_dollars


def _load_volume_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    volume_fp = d.get("volume_fp", UNSET)
    if not isinstance(volume_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketPositionMsg.volume_fp: expected str, got {type(volume_fp).__name__}"
        )

    return volume_fp


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"MarketPositionMsg.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "user_id",
        "market_ticker",
        "position_fp",
        "position_cost_dollars",
        "realized_pnl_dollars",
        "fees_paid_dollars",
        "position_fee_cost_dollars",
        "volume_fp",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "user_id": _load_user_id,
    "market_ticker": _load_market_ticker,
    "position_fp": _load_position_fp,
    "position_cost_dollars": _load_position_cost_dollars,
    "realized_pnl_dollars": _load_realized_pnl_dollars,
    "fees_paid_dollars": _load_fees_paid_dollars,
    "position_fee_cost_dollars": _load_position_fee_cost_dollars,
    "volume_fp": _load_volume_fp,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "user_id",
    "market_ticker",
    "position_fp",
    "position_cost_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
    "position_fee_cost_dollars",
    "volume_fp",
    "subaccount",
    "additional_properties",
)
