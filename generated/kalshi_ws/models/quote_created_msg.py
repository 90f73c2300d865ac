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

T = TypeVar("T", bound="QuoteCreatedMsg")


@_attrs_define
class QuoteCreatedMsg:
    """
    Attributes:
        quote_id (str | Unset):
        rfq_id (str | Unset):
        quote_creator_id (str | Unset):
        rfq_creator_id (str | Unset):
        market_ticker (str | Unset):
        event_ticker (str | Unset):
        yes_bid_dollars (str | Unset):
        no_bid_dollars (str | Unset):
        yes_contracts_offered_fp (str | Unset):
        no_contracts_offered_fp (str | Unset):
        rfq_target_cost_dollars (str | Unset):
        created_ts (datetime.datetime | Unset):
        subaccount (int | Unset):
    """

    quote_id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    quote_creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    yes_bid_dollars: str | Unset = UNSET
    no_bid_dollars: str | Unset = UNSET
    yes_contracts_offered_fp: str | Unset = UNSET
    no_contracts_offered_fp: str | Unset = UNSET
    rfq_target_cost_dollars: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        rfq_id = self.rfq_id

        quote_creator_id = self.quote_creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        yes_bid_dollars = self.yes_bid_dollars

        no_bid_dollars = self.no_bid_dollars

        yes_contracts_offered_fp = self.yes_contracts_offered_fp

        no_contracts_offered_fp = self.no_contracts_offered_fp

        rfq_target_cost_dollars = self.rfq_target_cost_dollars

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quote_id is not UNSET:
            field_dict["quote_id"] = quote_id
        if rfq_id is not UNSET:
            field_dict["rfq_id"] = rfq_id
        if quote_creator_id is not UNSET:
            field_dict["quote_creator_id"] = quote_creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if yes_contracts_offered_fp is not UNSET:
            field_dict["yes_contracts_offered_fp"] = yes_contracts_offered_fp
        if no_contracts_offered_fp is not UNSET:
            field_dict["no_contracts_offered_fp"] = no_contracts_offered_fp
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
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
            quote_created_msg = cls.__new__(cls)
            quote_created_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return quote_created_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        quote_id = d.get("quote_id", UNSET)
        if not isinstance(quote_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.quote_id: expected str, got {type(quote_id).__name__}"
            )

        rfq_id = d.get("rfq_id", UNSET)
        if not isinstance(rfq_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.rfq_id: expected str, got {type(rfq_id).__name__}"
            )

        quote_creator_id = d.get("quote_creator_id", UNSET)
        if not isinstance(quote_creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.quote_creator_id: expected str, got {type(quote_creator_id).__name__}"
            )

        rfq_creator_id = d.get("rfq_creator_id", UNSET)
        if not isinstance(rfq_creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        no_bid_dollars = d.get("no_bid_dollars", UNSET)
        if not isinstance(no_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
            )

        yes_contracts_offered_fp = d.get("yes_contracts_offered_fp", UNSET)
        if not isinstance(yes_contracts_offered_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.yes_contracts_offered_fp: expected str, got {type(yes_contracts_offered_fp).__name__}"
            )

        no_contracts_offered_fp = d.get("no_contracts_offered_fp", UNSET)
        if not isinstance(no_contracts_offered_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.no_contracts_offered_fp: expected str, got {type(no_contracts_offered_fp).__name__}"
            )

        rfq_target_cost_dollars = d.get("rfq_target_cost_dollars", UNSET)
        if not isinstance(rfq_target_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteCreatedMsg.rfq_target_cost_dollars: expected str, got {type(rfq_target_cost_dollars).__name__}"
            )

        _created_ts = d.get("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"QuoteCreatedMsg.subaccount: expected int, got {type(subaccount).__name__}"
            )

        quote_created_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            yes_contracts_offered_fp=yes_contracts_offered_fp,
            no_contracts_offered_fp=no_contracts_offered_fp,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            created_ts=created_ts,
            subaccount=subaccount,
        )
        quote_created_msg.additional_properties = _load_additional_properties(d, False)
        return quote_created_msg

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
                raise MalformedField(f"QuoteCreatedMsg.{name}: {error!r}") from error
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
        return f"QuoteCreatedMsg({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "no_bid_dollars": 1,
        "no_contracts_offered_fp": 1,
        "rfq_target_cost_dollars": 1,
        "yes_bid_dollars": 1,
        "yes_contracts_offered_fp": 1,
    }

    def decimal(
        self,
        name: Literal[
            "no_bid_dollars",
            "no_contracts_offered_fp",
            "rfq_target_cost_dollars",
            "yes_bid_dollars",
            "yes_contracts_offered_fp",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"QuoteCreatedMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"QuoteCreatedMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"QuoteCreatedMsg.{name} is {value!r}, not a finite number"
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


def _load_quote_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    quote_id = d.get("quote_id", UNSET)
    if not isinstance(quote_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.quote_id: expected str, got {type(quote_id).__name__}"
        )

    return quote_id


def _load_rfq_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_id = d.get("rfq_id", UNSET)
    if not isinstance(rfq_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.rfq_id: expected str, got {type(rfq_id).__name__}"
        )

    return rfq_id


def _load_quote_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    quote_creator_id = d.get("quote_creator_id", UNSET)
    if not isinstance(quote_creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.quote_creator_id: expected str, got {type(quote_creator_id).__name__}"
        )

    return quote_creator_id


def _load_rfq_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_creator_id = d.get("rfq_creator_id", UNSET)
    if not isinstance(rfq_creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
        )

    return rfq_creator_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_yes_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
    if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
        )

    return yes_bid_dollars


def _load_no_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_bid_dollars = d.get("no_bid_dollars", UNSET)
    if not isinstance(no_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
        )

    return no_bid_dollars


def _load_yes_contracts_offered_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_contracts_offered_fp = d.get("yes_contracts_offered_fp", UNSET)
    if not isinstance(yes_contracts_offered_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.yes_contracts_offered_fp: expected str, got {type(yes_contracts_offered_fp).__name__}"
        )

    return yes_contracts_offered_fp


def _load_no_contracts_offered_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_contracts_offered_fp = d.get("no_contracts_offered_fp", UNSET)
    if not isinstance(no_contracts_offered_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.no_contracts_offered_fp: expected str, got {type(no_contracts_offered_fp).__name__}"
        )

    return no_contracts_offered_fp


def _load_rfq_target_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_target_cost_dollars = d.get("rfq_target_cost_dollars", UNSET)
    if not isinstance(rfq_target_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteCreatedMsg.rfq_target_cost_dollars: expected str, got {type(rfq_target_cost_dollars).__name__}"
        )

    return rfq_target_cost_dollars


def _load_created_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _created_ts = d.get("created_ts", UNSET)
    created_ts: datetime.datetime | Unset
    if isinstance(_created_ts, Unset):
        created_ts = UNSET
    else:
        created_ts = datetime.datetime.fromisoformat(_created_ts)

    return created_ts


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"QuoteCreatedMsg.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "quote_id",
        "rfq_id",
        "quote_creator_id",
        "rfq_creator_id",
        "market_ticker",
        "event_ticker",
        "yes_bid_dollars",
        "no_bid_dollars",
        "yes_contracts_offered_fp",
        "no_contracts_offered_fp",
        "rfq_target_cost_dollars",
        "created_ts",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "quote_id": _load_quote_id,
    "rfq_id": _load_rfq_id,
    "quote_creator_id": _load_quote_creator_id,
    "rfq_creator_id": _load_rfq_creator_id,
    "market_ticker": _load_market_ticker,
    "event_ticker": _load_event_ticker,
    "yes_bid_dollars": _load_yes_bid_dollars,
    "no_bid_dollars": _load_no_bid_dollars,
    "yes_contracts_offered_fp": _load_yes_contracts_offered_fp,
    "no_contracts_offered_fp": _load_no_contracts_offered_fp,
    "rfq_target_cost_dollars": _load_rfq_target_cost_dollars,
    "created_ts": _load_created_ts,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "quote_id",
    "rfq_id",
    "quote_creator_id",
    "rfq_creator_id",
    "market_ticker",
    "event_ticker",
    "yes_bid_dollars",
    "no_bid_dollars",
    "yes_contracts_offered_fp",
    "no_contracts_offered_fp",
    "rfq_target_cost_dollars",
    "created_ts",
    "subaccount",
    "additional_properties",
)
