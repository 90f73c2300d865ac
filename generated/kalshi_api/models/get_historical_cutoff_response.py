from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetHistoricalCutoffResponse")


@_attrs_define
class GetHistoricalCutoffResponse:
    """
    Attributes:
        market_settled_ts (datetime.datetime | Unset):
        trades_created_ts (datetime.datetime | Unset):
        orders_updated_ts (datetime.datetime | Unset):
        market_positions_last_updated_ts (datetime.datetime | Unset):
    """

    market_settled_ts: datetime.datetime | Unset = UNSET
    trades_created_ts: datetime.datetime | Unset = UNSET
    orders_updated_ts: datetime.datetime | Unset = UNSET
    market_positions_last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_settled_ts: str | Unset = UNSET
        if not isinstance(self.market_settled_ts, Unset):
            market_settled_ts = self.market_settled_ts.isoformat()

        trades_created_ts: str | Unset = UNSET
        if not isinstance(self.trades_created_ts, Unset):
            trades_created_ts = self.trades_created_ts.isoformat()

        orders_updated_ts: str | Unset = UNSET
        if not isinstance(self.orders_updated_ts, Unset):
            orders_updated_ts = self.orders_updated_ts.isoformat()

        market_positions_last_updated_ts: str | Unset = UNSET
        if not isinstance(self.market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = (
                self.market_positions_last_updated_ts.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_settled_ts is not UNSET:
            field_dict["market_settled_ts"] = market_settled_ts
        if trades_created_ts is not UNSET:
            field_dict["trades_created_ts"] = trades_created_ts
        if orders_updated_ts is not UNSET:
            field_dict["orders_updated_ts"] = orders_updated_ts
        if market_positions_last_updated_ts is not UNSET:
            field_dict["market_positions_last_updated_ts"] = (
                market_positions_last_updated_ts
            )

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
            get_historical_cutoff_response = cls.__new__(cls)
            get_historical_cutoff_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_historical_cutoff_response
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _market_settled_ts = d.get("market_settled_ts", UNSET)
        market_settled_ts: datetime.datetime | Unset
        if isinstance(_market_settled_ts, Unset):
            market_settled_ts = UNSET
        else:
            market_settled_ts = datetime.datetime.fromisoformat(_market_settled_ts)

        _trades_created_ts = d.get("trades_created_ts", UNSET)
        trades_created_ts: datetime.datetime | Unset
        if isinstance(_trades_created_ts, Unset):
            trades_created_ts = UNSET
        else:
            trades_created_ts = datetime.datetime.fromisoformat(_trades_created_ts)

        _orders_updated_ts = d.get("orders_updated_ts", UNSET)
        orders_updated_ts: datetime.datetime | Unset
        if isinstance(_orders_updated_ts, Unset):
            orders_updated_ts = UNSET
        else:
            orders_updated_ts = datetime.datetime.fromisoformat(_orders_updated_ts)

        _market_positions_last_updated_ts = d.get(
            "market_positions_last_updated_ts", UNSET
        )
        market_positions_last_updated_ts: datetime.datetime | Unset
        if isinstance(_market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = UNSET
        else:
            market_positions_last_updated_ts = datetime.datetime.fromisoformat(
                _market_positions_last_updated_ts
            )

        get_historical_cutoff_response = cls(
            market_settled_ts=market_settled_ts,
            trades_created_ts=trades_created_ts,
            orders_updated_ts=orders_updated_ts,
            market_positions_last_updated_ts=market_positions_last_updated_ts,
        )
        get_historical_cutoff_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_historical_cutoff_response

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
                raise MalformedField(
                    f"GetHistoricalCutoffResponse.{name}: {error!r}"
                ) from error
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
        return f"GetHistoricalCutoffResponse({', '.join(shown)})"

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


def _load_market_settled_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _market_settled_ts = d.get("market_settled_ts", UNSET)
    market_settled_ts: datetime.datetime | Unset
    if isinstance(_market_settled_ts, Unset):
        market_settled_ts = UNSET
    else:
        market_settled_ts = datetime.datetime.fromisoformat(_market_settled_ts)

    return market_settled_ts


def _load_trades_created_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _trades_created_ts = d.get("trades_created_ts", UNSET)
    trades_created_ts: datetime.datetime | Unset
    if isinstance(_trades_created_ts, Unset):
        trades_created_ts = UNSET
    else:
        trades_created_ts = datetime.datetime.fromisoformat(_trades_created_ts)

    return trades_created_ts


def _load_orders_updated_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _orders_updated_ts = d.get("orders_updated_ts", UNSET)
    orders_updated_ts: datetime.datetime | Unset
    if isinstance(_orders_updated_ts, Unset):
        orders_updated_ts = UNSET
    else:
        orders_updated_ts = datetime.datetime.fromisoformat(_orders_updated_ts)

    return orders_updated_ts


def _load_market_positions_last_updated_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _market_positions_last_updated_ts = d.get("market_positions_last_updated_ts", UNSET)
    market_positions_last_updated_ts: datetime.datetime | Unset
    if isinstance(_market_positions_last_updated_ts, Unset):
        market_positions_last_updated_ts = UNSET
    else:
        market_positions_last_updated_ts = datetime.datetime.fromisoformat(
            _market_positions_last_updated_ts
        )

    return market_positions_last_updated_ts


_FIELDS = frozenset(
    {
        "market_settled_ts",
        "trades_created_ts",
        "orders_updated_ts",
        "market_positions_last_updated_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_settled_ts": _load_market_settled_ts,
    "trades_created_ts": _load_trades_created_ts,
    "orders_updated_ts": _load_orders_updated_ts,
    "market_positions_last_updated_ts": _load_market_positions_last_updated_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_settled_ts",
    "trades_created_ts",
    "orders_updated_ts",
    "market_positions_last_updated_ts",
    "additional_properties",
)
