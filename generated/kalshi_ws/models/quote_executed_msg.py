from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteExecutedMsg")


@_attrs_define
class QuoteExecutedMsg:
    """
    Attributes:
        quote_id (str | Unset):
        rfq_id (str | Unset):
        quote_creator_id (str | Unset):
        rfq_creator_id (str | Unset):
        order_id (str | Unset):
        client_order_id (str | Unset):
        market_ticker (str | Unset):
        executed_ts (datetime.datetime | Unset):
        subaccount (int | Unset):
    """

    quote_id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    quote_creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
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

        order_id = self.order_id

        client_order_id = self.client_order_id

        market_ticker = self.market_ticker

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

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
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
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
            quote_executed_msg = cls.__new__(cls)
            quote_executed_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return quote_executed_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        quote_id = d.get("quote_id", UNSET)
        if not isinstance(quote_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.quote_id: expected str, got {type(quote_id).__name__}"
            )

        rfq_id = d.get("rfq_id", UNSET)
        if not isinstance(rfq_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.rfq_id: expected str, got {type(rfq_id).__name__}"
            )

        quote_creator_id = d.get("quote_creator_id", UNSET)
        if not isinstance(quote_creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.quote_creator_id: expected str, got {type(quote_creator_id).__name__}"
            )

        rfq_creator_id = d.get("rfq_creator_id", UNSET)
        if not isinstance(rfq_creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
            )

        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.order_id: expected str, got {type(order_id).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"QuoteExecutedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _executed_ts = d.get("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"QuoteExecutedMsg.subaccount: expected int, got {type(subaccount).__name__}"
            )

        quote_executed_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            executed_ts=executed_ts,
            subaccount=subaccount,
        )
        quote_executed_msg.additional_properties = _load_additional_properties(d, False)
        return quote_executed_msg

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
                raise MalformedField(f"QuoteExecutedMsg.{name}: {error!r}") from error
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
        return f"QuoteExecutedMsg({', '.join(shown)})"

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
            f"QuoteExecutedMsg.quote_id: expected str, got {type(quote_id).__name__}"
        )

    return quote_id


def _load_rfq_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_id = d.get("rfq_id", UNSET)
    if not isinstance(rfq_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteExecutedMsg.rfq_id: expected str, got {type(rfq_id).__name__}"
        )

    return rfq_id


def _load_quote_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    quote_creator_id = d.get("quote_creator_id", UNSET)
    if not isinstance(quote_creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteExecutedMsg.quote_creator_id: expected str, got {type(quote_creator_id).__name__}"
        )

    return quote_creator_id


def _load_rfq_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_creator_id = d.get("rfq_creator_id", UNSET)
    if not isinstance(rfq_creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteExecutedMsg.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
        )

    return rfq_creator_id


def _load_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_id = d.get("order_id", UNSET)
    if not isinstance(order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteExecutedMsg.order_id: expected str, got {type(order_id).__name__}"
        )

    return order_id


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteExecutedMsg.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"QuoteExecutedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_executed_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _executed_ts = d.get("executed_ts", UNSET)
    executed_ts: datetime.datetime | Unset
    if isinstance(_executed_ts, Unset):
        executed_ts = UNSET
    else:
        executed_ts = datetime.datetime.fromisoformat(_executed_ts)

    return executed_ts


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"QuoteExecutedMsg.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "quote_id",
        "rfq_id",
        "quote_creator_id",
        "rfq_creator_id",
        "order_id",
        "client_order_id",
        "market_ticker",
        "executed_ts",
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
    "order_id": _load_order_id,
    "client_order_id": _load_client_order_id,
    "market_ticker": _load_market_ticker,
    "executed_ts": _load_executed_ts,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "quote_id",
    "rfq_id",
    "quote_creator_id",
    "rfq_creator_id",
    "order_id",
    "client_order_id",
    "market_ticker",
    "executed_ts",
    "subaccount",
    "additional_properties",
)
