from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.event_lifecycle_msg_collateral_return_type import (
    EventLifecycleMsgCollateralReturnType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLifecycleMsg")


@_attrs_define
class EventLifecycleMsg:
    """
    Attributes:
        event_ticker (str | Unset):
        exchange_index (int | Unset):
        title (str | Unset):
        subtitle (str | Unset):
        collateral_return_type (EventLifecycleMsgCollateralReturnType | Unset):
        series_ticker (str | Unset):
        strike_date (int | Unset):
        strike_period (str | Unset):
    """

    event_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    collateral_return_type: (
        EventLifecycleMsgCollateralReturnType
        | Literal["MECNET", "DIRECNET", ""]
        | Unset
    ) = UNSET
    series_ticker: str | Unset = UNSET
    strike_date: int | Unset = UNSET
    strike_period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        exchange_index = self.exchange_index

        title = self.title

        subtitle = self.subtitle

        collateral_return_type: str | Unset = UNSET
        if not isinstance(self.collateral_return_type, Unset):
            collateral_return_type = EventLifecycleMsgCollateralReturnType.of(
                self.collateral_return_type
            ).value

        series_ticker = self.series_ticker

        strike_date = self.strike_date

        strike_period = self.strike_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if collateral_return_type is not UNSET:
            field_dict["collateral_return_type"] = collateral_return_type
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period

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
            event_lifecycle_msg = cls.__new__(cls)
            event_lifecycle_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return event_lifecycle_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLifecycleMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"EventLifecycleMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLifecycleMsg.title: expected str, got {type(title).__name__}"
            )

        subtitle = d.get("subtitle", UNSET)
        if not isinstance(subtitle, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLifecycleMsg.subtitle: expected str, got {type(subtitle).__name__}"
            )

        _collateral_return_type = d.get("collateral_return_type", UNSET)
        collateral_return_type: EventLifecycleMsgCollateralReturnType | Unset
        if isinstance(_collateral_return_type, Unset):
            collateral_return_type = UNSET
        else:
            collateral_return_type = (
                EventLifecycleMsgCollateralReturnType._value2member_map_.get(
                    _raw := _collateral_return_type
                )
                or EventLifecycleMsgCollateralReturnType(_raw)
            )

        series_ticker = d.get("series_ticker", UNSET)
        if not isinstance(series_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLifecycleMsg.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        strike_date = d.get("strike_date", UNSET)
        if not isinstance(strike_date, (int, Unset, NoneType)) or isinstance(
            strike_date, bool
        ):
            raise TypeError(
                f"EventLifecycleMsg.strike_date: expected int, got {type(strike_date).__name__}"
            )

        strike_period = d.get("strike_period", UNSET)
        if not isinstance(strike_period, (str, Unset, NoneType)):
            raise TypeError(
                f"EventLifecycleMsg.strike_period: expected str, got {type(strike_period).__name__}"
            )

        event_lifecycle_msg = cls(
            event_ticker=event_ticker,
            exchange_index=exchange_index,
            title=title,
            subtitle=subtitle,
            collateral_return_type=collateral_return_type,
            series_ticker=series_ticker,
            strike_date=strike_date,
            strike_period=strike_period,
        )
        event_lifecycle_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return event_lifecycle_msg

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
                raise MalformedField(f"EventLifecycleMsg.{name}: {error!r}") from error
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
        return f"EventLifecycleMsg({', '.join(shown)})"

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
            f"EventLifecycleMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"EventLifecycleMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(
            f"EventLifecycleMsg.title: expected str, got {type(title).__name__}"
        )

    return title


def _load_subtitle(d: dict[str, Any], lazily: bool) -> str | Unset:
    subtitle = d.get("subtitle", UNSET)
    if not isinstance(subtitle, (str, Unset, NoneType)):
        raise TypeError(
            f"EventLifecycleMsg.subtitle: expected str, got {type(subtitle).__name__}"
        )

    return subtitle


def _load_collateral_return_type(
    d: dict[str, Any], lazily: bool
) -> EventLifecycleMsgCollateralReturnType | Unset:
    _collateral_return_type = d.get("collateral_return_type", UNSET)
    collateral_return_type: EventLifecycleMsgCollateralReturnType | Unset
    if isinstance(_collateral_return_type, Unset):
        collateral_return_type = UNSET
    else:
        collateral_return_type = (
            EventLifecycleMsgCollateralReturnType._value2member_map_.get(
                _raw := _collateral_return_type
            )
            or EventLifecycleMsgCollateralReturnType(_raw)
        )

    return collateral_return_type


def _load_series_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    series_ticker = d.get("series_ticker", UNSET)
    if not isinstance(series_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"EventLifecycleMsg.series_ticker: expected str, got {type(series_ticker).__name__}"
        )

    return series_ticker


def _load_strike_date(d: dict[str, Any], lazily: bool) -> int | Unset:
    strike_date = d.get("strike_date", UNSET)
    if not isinstance(strike_date, (int, Unset, NoneType)) or isinstance(
        strike_date, bool
    ):
        raise TypeError(
            f"EventLifecycleMsg.strike_date: expected int, got {type(strike_date).__name__}"
        )

    return strike_date


def _load_strike_period(d: dict[str, Any], lazily: bool) -> str | Unset:
    strike_period = d.get("strike_period", UNSET)
    if not isinstance(strike_period, (str, Unset, NoneType)):
        raise TypeError(
            f"EventLifecycleMsg.strike_period: expected str, got {type(strike_period).__name__}"
        )

    return strike_period


_FIELDS = frozenset(
    {
        "event_ticker",
        "exchange_index",
        "title",
        "subtitle",
        "collateral_return_type",
        "series_ticker",
        "strike_date",
        "strike_period",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_ticker": _load_event_ticker,
    "exchange_index": _load_exchange_index,
    "title": _load_title,
    "subtitle": _load_subtitle,
    "collateral_return_type": _load_collateral_return_type,
    "series_ticker": _load_series_ticker,
    "strike_date": _load_strike_date,
    "strike_period": _load_strike_period,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_ticker",
    "exchange_index",
    "title",
    "subtitle",
    "collateral_return_type",
    "series_ticker",
    "strike_date",
    "strike_period",
    "additional_properties",
)
