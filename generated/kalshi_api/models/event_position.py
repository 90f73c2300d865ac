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

T = TypeVar("T", bound="EventPosition")


@_attrs_define
class EventPosition:
    """
    Attributes:
        event_ticker (str | Unset):
        total_cost_dollars (str | Unset):
        total_cost_shares_fp (str | Unset):
        event_exposure_dollars (str | Unset):
        realized_pnl_dollars (str | Unset):
        fees_paid_dollars (str | Unset):
    """

    event_ticker: str | Unset = UNSET
    total_cost_dollars: str | Unset = UNSET
    total_cost_shares_fp: str | Unset = UNSET
    event_exposure_dollars: str | Unset = UNSET
    realized_pnl_dollars: str | Unset = UNSET
    fees_paid_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        total_cost_dollars = self.total_cost_dollars

        total_cost_shares_fp = self.total_cost_shares_fp

        event_exposure_dollars = self.event_exposure_dollars

        realized_pnl_dollars = self.realized_pnl_dollars

        fees_paid_dollars = self.fees_paid_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if total_cost_dollars is not UNSET:
            field_dict["total_cost_dollars"] = total_cost_dollars
        if total_cost_shares_fp is not UNSET:
            field_dict["total_cost_shares_fp"] = total_cost_shares_fp
        if event_exposure_dollars is not UNSET:
            field_dict["event_exposure_dollars"] = event_exposure_dollars
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars

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
            event_position = cls.__new__(cls)
            event_position._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return event_position
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"EventPosition.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        total_cost_dollars = d.get("total_cost_dollars", UNSET)
        if not isinstance(total_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"EventPosition.total_cost_dollars: expected str, got {type(total_cost_dollars).__name__}"
            )

        total_cost_shares_fp = d.get("total_cost_shares_fp", UNSET)
        if not isinstance(total_cost_shares_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"EventPosition.total_cost_shares_fp: expected str, got {type(total_cost_shares_fp).__name__}"
            )

        event_exposure_dollars = d.get("event_exposure_dollars", UNSET)
        if not isinstance(event_exposure_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"EventPosition.event_exposure_dollars: expected str, got {type(event_exposure_dollars).__name__}"
            )

        realized_pnl_dollars = d.get("realized_pnl_dollars", UNSET)
        if not isinstance(realized_pnl_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"EventPosition.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
            )

        fees_paid_dollars = d.get("fees_paid_dollars", UNSET)
        if not isinstance(fees_paid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"EventPosition.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
            )

        event_position = cls(
            event_ticker=event_ticker,
            total_cost_dollars=total_cost_dollars,
            total_cost_shares_fp=total_cost_shares_fp,
            event_exposure_dollars=event_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
        )
        event_position.additional_properties = _load_additional_properties(d, False)
        return event_position

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
                raise MalformedField(f"EventPosition.{name}: {error!r}") from error
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
        return f"EventPosition({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "event_exposure_dollars": 1,
        "fees_paid_dollars": 1,
        "realized_pnl_dollars": 1,
        "total_cost_dollars": 1,
        "total_cost_shares_fp": 1,
    }

    def decimal(
        self,
        name: Literal[
            "event_exposure_dollars",
            "fees_paid_dollars",
            "realized_pnl_dollars",
            "total_cost_dollars",
            "total_cost_shares_fp",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"EventPosition.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"EventPosition.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"EventPosition.{name} is {value!r}, not a finite number"
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


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"EventPosition.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_total_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    total_cost_dollars = d.get("total_cost_dollars", UNSET)
    if not isinstance(total_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"EventPosition.total_cost_dollars: expected str, got {type(total_cost_dollars).__name__}"
        )

    return total_cost_dollars


def _load_total_cost_shares_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    total_cost_shares_fp = d.get("total_cost_shares_fp", UNSET)
    if not isinstance(total_cost_shares_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"EventPosition.total_cost_shares_fp: expected str, got {type(total_cost_shares_fp).__name__}"
        )

    return total_cost_shares_fp


def _load_event_exposure_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_exposure_dollars = d.get("event_exposure_dollars", UNSET)
    if not isinstance(event_exposure_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"EventPosition.event_exposure_dollars: expected str, got {type(event_exposure_dollars).__name__}"
        )

    return event_exposure_dollars


def _load_realized_pnl_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    realized_pnl_dollars = d.get("realized_pnl_dollars", UNSET)
    if not isinstance(realized_pnl_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"EventPosition.realized_pnl_dollars: expected str, got {type(realized_pnl_dollars).__name__}"
        )

    return realized_pnl_dollars


def _load_fees_paid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    fees_paid_dollars = d.get("fees_paid_dollars", UNSET)
    if not isinstance(fees_paid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"EventPosition.fees_paid_dollars: expected str, got {type(fees_paid_dollars).__name__}"
        )

    return fees_paid_dollars


_FIELDS = frozenset(
    {
        "event_ticker",
        "total_cost_dollars",
        "total_cost_shares_fp",
        "event_exposure_dollars",
        "realized_pnl_dollars",
        "fees_paid_dollars",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_ticker": _load_event_ticker,
    "total_cost_dollars": _load_total_cost_dollars,
    "total_cost_shares_fp": _load_total_cost_shares_fp,
    "event_exposure_dollars": _load_event_exposure_dollars,
    "realized_pnl_dollars": _load_realized_pnl_dollars,
    "fees_paid_dollars": _load_fees_paid_dollars,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_ticker",
    "total_cost_dollars",
    "total_cost_shares_fp",
    "event_exposure_dollars",
    "realized_pnl_dollars",
    "fees_paid_dollars",
    "additional_properties",
)
