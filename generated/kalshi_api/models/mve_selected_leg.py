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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="MveSelectedLeg")


@_attrs_define
class MveSelectedLeg:
    """
    Attributes:
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        side (str | Unset):
        yes_settlement_value_dollars (None | str | Unset):
    """

    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: str | Unset = UNSET
    yes_settlement_value_dollars: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = self.side

        yes_settlement_value_dollars: None | str | Unset
        if isinstance(self.yes_settlement_value_dollars, Unset):
            yes_settlement_value_dollars = UNSET
        else:
            yes_settlement_value_dollars = self.yes_settlement_value_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars

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
            mve_selected_leg = cls.__new__(cls)
            mve_selected_leg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return mve_selected_leg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MveSelectedLeg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MveSelectedLeg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        side = d.get("side", UNSET)
        if not isinstance(side, (str, Unset, NoneType)):
            raise TypeError(
                f"MveSelectedLeg.side: expected str, got {type(side).__name__}"
            )

        _yes_settlement_value_dollars_data = d.get(
            "yes_settlement_value_dollars", UNSET
        )
        yes_settlement_value_dollars: None | str | Unset
        if _yes_settlement_value_dollars_data is None or isinstance(
            _yes_settlement_value_dollars_data, Unset
        ):
            yes_settlement_value_dollars = _yes_settlement_value_dollars_data
        elif not isinstance(_yes_settlement_value_dollars_data, (str,)):
            raise TypeError(
                f"yes_settlement_value_dollars: expected str, got {type(_yes_settlement_value_dollars_data).__name__}"
            )
        else:
            yes_settlement_value_dollars = cast(
                None | str | Unset, _yes_settlement_value_dollars_data
            )

        mve_selected_leg = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            side=side,
            yes_settlement_value_dollars=yes_settlement_value_dollars,
        )
        mve_selected_leg.additional_properties = _load_additional_properties(d, False)
        return mve_selected_leg

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
                raise MalformedField(f"MveSelectedLeg.{name}: {error!r}") from error
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
        return f"MveSelectedLeg({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "yes_settlement_value_dollars": 1,
    }

    def decimal(self, name: Literal["yes_settlement_value_dollars"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"MveSelectedLeg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"MveSelectedLeg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"MveSelectedLeg.{name} is {value!r}, not a finite number"
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
            f"MveSelectedLeg.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MveSelectedLeg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_side(d: dict[str, Any], lazily: bool) -> str | Unset:
    side = d.get("side", UNSET)
    if not isinstance(side, (str, Unset, NoneType)):
        raise TypeError(f"MveSelectedLeg.side: expected str, got {type(side).__name__}")

    return side


def _load_yes_settlement_value_dollars(
    d: dict[str, Any], lazily: bool
) -> None | str | Unset:
    _yes_settlement_value_dollars_data = d.get("yes_settlement_value_dollars", UNSET)
    yes_settlement_value_dollars: None | str | Unset
    if _yes_settlement_value_dollars_data is None or isinstance(
        _yes_settlement_value_dollars_data, Unset
    ):
        yes_settlement_value_dollars = _yes_settlement_value_dollars_data
    elif not isinstance(_yes_settlement_value_dollars_data, (str,)):
        raise TypeError(
            f"yes_settlement_value_dollars: expected str, got {type(_yes_settlement_value_dollars_data).__name__}"
        )
    else:
        yes_settlement_value_dollars = cast(
            None | str | Unset, _yes_settlement_value_dollars_data
        )

    return yes_settlement_value_dollars


_FIELDS = frozenset(
    {
        "event_ticker",
        "market_ticker",
        "side",
        "yes_settlement_value_dollars",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_ticker": _load_event_ticker,
    "market_ticker": _load_market_ticker,
    "side": _load_side,
    "yes_settlement_value_dollars": _load_yes_settlement_value_dollars,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_ticker",
    "market_ticker",
    "side",
    "yes_settlement_value_dollars",
    "additional_properties",
)
