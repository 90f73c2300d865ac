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

T = TypeVar("T", bound="RfqDeletedMsg")


@_attrs_define
class RfqDeletedMsg:
    """
    Attributes:
        id (str | Unset):
        creator_id (str | Unset):
        market_ticker (str | Unset):
        event_ticker (str | Unset):
        contracts_fp (str | Unset):
        target_cost_dollars (str | Unset):
        deleted_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    contracts_fp: str | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    deleted_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        contracts_fp = self.contracts_fp

        target_cost_dollars = self.target_cost_dollars

        deleted_ts: str | Unset = UNSET
        if not isinstance(self.deleted_ts, Unset):
            deleted_ts = self.deleted_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if deleted_ts is not UNSET:
            field_dict["deleted_ts"] = deleted_ts

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
            rfq_deleted_msg = cls.__new__(cls)
            rfq_deleted_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return rfq_deleted_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(f"RfqDeletedMsg.id: expected str, got {type(id).__name__}")

        creator_id = d.get("creator_id", UNSET)
        if not isinstance(creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"RfqDeletedMsg.creator_id: expected str, got {type(creator_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"RfqDeletedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"RfqDeletedMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        contracts_fp = d.get("contracts_fp", UNSET)
        if not isinstance(contracts_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"RfqDeletedMsg.contracts_fp: expected str, got {type(contracts_fp).__name__}"
            )

        target_cost_dollars = d.get("target_cost_dollars", UNSET)
        if not isinstance(target_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"RfqDeletedMsg.target_cost_dollars: expected str, got {type(target_cost_dollars).__name__}"
            )

        _deleted_ts = d.get("deleted_ts", UNSET)
        deleted_ts: datetime.datetime | Unset
        if isinstance(_deleted_ts, Unset):
            deleted_ts = UNSET
        else:
            deleted_ts = datetime.datetime.fromisoformat(_deleted_ts)

        rfq_deleted_msg = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            deleted_ts=deleted_ts,
        )
        rfq_deleted_msg.additional_properties = _load_additional_properties(d, False)
        return rfq_deleted_msg

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
                raise MalformedField(f"RfqDeletedMsg.{name}: {error!r}") from error
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
        return f"RfqDeletedMsg({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_fp": 1,
        "target_cost_dollars": 1,
    }

    def decimal(
        self, name: Literal["contracts_fp", "target_cost_dollars"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"RfqDeletedMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"RfqDeletedMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"RfqDeletedMsg.{name} is {value!r}, not a finite number"
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


def _load_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (str, Unset, NoneType)):
        raise TypeError(f"RfqDeletedMsg.id: expected str, got {type(id).__name__}")

    return id


def _load_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    creator_id = d.get("creator_id", UNSET)
    if not isinstance(creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"RfqDeletedMsg.creator_id: expected str, got {type(creator_id).__name__}"
        )

    return creator_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"RfqDeletedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"RfqDeletedMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_contracts_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    contracts_fp = d.get("contracts_fp", UNSET)
    if not isinstance(contracts_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"RfqDeletedMsg.contracts_fp: expected str, got {type(contracts_fp).__name__}"
        )

    return contracts_fp


def _load_target_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    target_cost_dollars = d.get("target_cost_dollars", UNSET)
    if not isinstance(target_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"RfqDeletedMsg.target_cost_dollars: expected str, got {type(target_cost_dollars).__name__}"
        )

    return target_cost_dollars


def _load_deleted_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _deleted_ts = d.get("deleted_ts", UNSET)
    deleted_ts: datetime.datetime | Unset
    if isinstance(_deleted_ts, Unset):
        deleted_ts = UNSET
    else:
        deleted_ts = datetime.datetime.fromisoformat(_deleted_ts)

    return deleted_ts


_FIELDS = frozenset(
    {
        "id",
        "creator_id",
        "market_ticker",
        "event_ticker",
        "contracts_fp",
        "target_cost_dollars",
        "deleted_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "creator_id": _load_creator_id,
    "market_ticker": _load_market_ticker,
    "event_ticker": _load_event_ticker,
    "contracts_fp": _load_contracts_fp,
    "target_cost_dollars": _load_target_cost_dollars,
    "deleted_ts": _load_deleted_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "creator_id",
    "market_ticker",
    "event_ticker",
    "contracts_fp",
    "target_cost_dollars",
    "deleted_ts",
    "additional_properties",
)
