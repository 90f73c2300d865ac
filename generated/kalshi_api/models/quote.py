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
from ..models.quote_accepted_side import QuoteAcceptedSide
from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """
    Attributes:
        id (str | Unset):
        rfq_id (str | Unset):
        creator_id (str | Unset):
        rfq_creator_id (str | Unset):
        market_ticker (str | Unset):
        contracts_fp (str | Unset):
        yes_bid_dollars (str | Unset):
        no_bid_dollars (str | Unset):
        created_ts (datetime.datetime | Unset):
        updated_ts (datetime.datetime | Unset):
        status (QuoteStatus | Unset):
        accepted_side (QuoteAcceptedSide | Unset):
        accepted_ts (datetime.datetime | Unset):
        confirmed_ts (datetime.datetime | Unset):
        executed_ts (datetime.datetime | Unset):
        cancelled_ts (datetime.datetime | Unset):
        rest_remainder (bool | Unset):
        post_only (bool | Unset):
        cancellation_reason (str | Unset):
        creator_user_id (str | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_target_cost_dollars (str | Unset):
        target_cost_excludes_fees (bool | Unset):
        rfq_creator_order_id (str | Unset):
        creator_order_id (str | Unset):
        creator_subaccount (int | Unset):
        rfq_creator_subaccount (int | Unset):
        yes_contracts_fp (str | Unset):
        no_contracts_fp (str | Unset):
    """

    id: str | Unset = UNSET
    rfq_id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    contracts_fp: str | Unset = UNSET
    yes_bid_dollars: str | Unset = UNSET
    no_bid_dollars: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    status: (
        QuoteStatus
        | Literal["open", "accepted", "confirmed", "executed", "cancelled"]
        | Unset
    ) = UNSET
    accepted_side: QuoteAcceptedSide | Literal["yes", "no"] | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_target_cost_dollars: str | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    rfq_creator_order_id: str | Unset = UNSET
    creator_order_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    yes_contracts_fp: str | Unset = UNSET
    no_contracts_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rfq_id = self.rfq_id

        creator_id = self.creator_id

        rfq_creator_id = self.rfq_creator_id

        market_ticker = self.market_ticker

        contracts_fp = self.contracts_fp

        yes_bid_dollars = self.yes_bid_dollars

        no_bid_dollars = self.no_bid_dollars

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = QuoteStatus.of(self.status).value

        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = QuoteAcceptedSide.of(self.accepted_side).value

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        confirmed_ts: str | Unset = UNSET
        if not isinstance(self.confirmed_ts, Unset):
            confirmed_ts = self.confirmed_ts.isoformat()

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        cancellation_reason = self.cancellation_reason

        creator_user_id = self.creator_user_id

        rfq_creator_user_id = self.rfq_creator_user_id

        rfq_target_cost_dollars = self.rfq_target_cost_dollars

        target_cost_excludes_fees = self.target_cost_excludes_fees

        rfq_creator_order_id = self.rfq_creator_order_id

        creator_order_id = self.creator_order_id

        creator_subaccount = self.creator_subaccount

        rfq_creator_subaccount = self.rfq_creator_subaccount

        yes_contracts_fp = self.yes_contracts_fp

        no_contracts_fp = self.no_contracts_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rfq_id is not UNSET:
            field_dict["rfq_id"] = rfq_id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if status is not UNSET:
            field_dict["status"] = status
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if confirmed_ts is not UNSET:
            field_dict["confirmed_ts"] = confirmed_ts
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if rfq_creator_user_id is not UNSET:
            field_dict["rfq_creator_user_id"] = rfq_creator_user_id
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if rfq_creator_order_id is not UNSET:
            field_dict["rfq_creator_order_id"] = rfq_creator_order_id
        if creator_order_id is not UNSET:
            field_dict["creator_order_id"] = creator_order_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        if rfq_creator_subaccount is not UNSET:
            field_dict["rfq_creator_subaccount"] = rfq_creator_subaccount
        if yes_contracts_fp is not UNSET:
            field_dict["yes_contracts_fp"] = yes_contracts_fp
        if no_contracts_fp is not UNSET:
            field_dict["no_contracts_fp"] = no_contracts_fp

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
            quote = cls.__new__(cls)
            quote._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return quote
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(f"Quote.id: expected str, got {type(id).__name__}")

        rfq_id = d.get("rfq_id", UNSET)
        if not isinstance(rfq_id, (str, Unset, NoneType)):
            raise TypeError(f"Quote.rfq_id: expected str, got {type(rfq_id).__name__}")

        creator_id = d.get("creator_id", UNSET)
        if not isinstance(creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.creator_id: expected str, got {type(creator_id).__name__}"
            )

        rfq_creator_id = d.get("rfq_creator_id", UNSET)
        if not isinstance(rfq_creator_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        contracts_fp = d.get("contracts_fp", UNSET)
        if not isinstance(contracts_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.contracts_fp: expected str, got {type(contracts_fp).__name__}"
            )

        yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        no_bid_dollars = d.get("no_bid_dollars", UNSET)
        if not isinstance(no_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
            )

        _created_ts = d.get("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        _updated_ts = d.get("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        _status = d.get("status", UNSET)
        status: QuoteStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QuoteStatus._value2member_map_.get(_raw := _status) or QuoteStatus(
                _raw
            )

        _accepted_side = d.get("accepted_side", UNSET)
        accepted_side: QuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = QuoteAcceptedSide._value2member_map_.get(
                _raw := _accepted_side
            ) or QuoteAcceptedSide(_raw)

        _accepted_ts = d.get("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        _confirmed_ts = d.get("confirmed_ts", UNSET)
        confirmed_ts: datetime.datetime | Unset
        if isinstance(_confirmed_ts, Unset):
            confirmed_ts = UNSET
        else:
            confirmed_ts = datetime.datetime.fromisoformat(_confirmed_ts)

        _executed_ts = d.get("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        _cancelled_ts = d.get("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        rest_remainder = d.get("rest_remainder", UNSET)
        if not isinstance(rest_remainder, (bool, Unset, NoneType)):
            raise TypeError(
                f"Quote.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
            )

        post_only = d.get("post_only", UNSET)
        if not isinstance(post_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"Quote.post_only: expected bool, got {type(post_only).__name__}"
            )

        cancellation_reason = d.get("cancellation_reason", UNSET)
        if not isinstance(cancellation_reason, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.cancellation_reason: expected str, got {type(cancellation_reason).__name__}"
            )

        creator_user_id = d.get("creator_user_id", UNSET)
        if not isinstance(creator_user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.creator_user_id: expected str, got {type(creator_user_id).__name__}"
            )

        rfq_creator_user_id = d.get("rfq_creator_user_id", UNSET)
        if not isinstance(rfq_creator_user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.rfq_creator_user_id: expected str, got {type(rfq_creator_user_id).__name__}"
            )

        rfq_target_cost_dollars = d.get("rfq_target_cost_dollars", UNSET)
        if not isinstance(rfq_target_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.rfq_target_cost_dollars: expected str, got {type(rfq_target_cost_dollars).__name__}"
            )

        target_cost_excludes_fees = d.get("target_cost_excludes_fees", UNSET)
        if not isinstance(target_cost_excludes_fees, (bool, Unset, NoneType)):
            raise TypeError(
                f"Quote.target_cost_excludes_fees: expected bool, got {type(target_cost_excludes_fees).__name__}"
            )

        rfq_creator_order_id = d.get("rfq_creator_order_id", UNSET)
        if not isinstance(rfq_creator_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.rfq_creator_order_id: expected str, got {type(rfq_creator_order_id).__name__}"
            )

        creator_order_id = d.get("creator_order_id", UNSET)
        if not isinstance(creator_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.creator_order_id: expected str, got {type(creator_order_id).__name__}"
            )

        creator_subaccount = d.get("creator_subaccount", UNSET)
        if not isinstance(creator_subaccount, (int, Unset, NoneType)) or isinstance(
            creator_subaccount, bool
        ):
            raise TypeError(
                f"Quote.creator_subaccount: expected int, got {type(creator_subaccount).__name__}"
            )

        rfq_creator_subaccount = d.get("rfq_creator_subaccount", UNSET)
        if not isinstance(rfq_creator_subaccount, (int, Unset, NoneType)) or isinstance(
            rfq_creator_subaccount, bool
        ):
            raise TypeError(
                f"Quote.rfq_creator_subaccount: expected int, got {type(rfq_creator_subaccount).__name__}"
            )

        yes_contracts_fp = d.get("yes_contracts_fp", UNSET)
        if not isinstance(yes_contracts_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.yes_contracts_fp: expected str, got {type(yes_contracts_fp).__name__}"
            )

        no_contracts_fp = d.get("no_contracts_fp", UNSET)
        if not isinstance(no_contracts_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Quote.no_contracts_fp: expected str, got {type(no_contracts_fp).__name__}"
            )

        quote = cls(
            id=id,
            rfq_id=rfq_id,
            creator_id=creator_id,
            rfq_creator_id=rfq_creator_id,
            market_ticker=market_ticker,
            contracts_fp=contracts_fp,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            created_ts=created_ts,
            updated_ts=updated_ts,
            status=status,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            confirmed_ts=confirmed_ts,
            executed_ts=executed_ts,
            cancelled_ts=cancelled_ts,
            rest_remainder=rest_remainder,
            post_only=post_only,
            cancellation_reason=cancellation_reason,
            creator_user_id=creator_user_id,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            rfq_creator_order_id=rfq_creator_order_id,
            creator_order_id=creator_order_id,
            creator_subaccount=creator_subaccount,
            rfq_creator_subaccount=rfq_creator_subaccount,
            yes_contracts_fp=yes_contracts_fp,
            no_contracts_fp=no_contracts_fp,
        )
        quote.additional_properties = _load_additional_properties(d, False)
        return quote

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
                raise MalformedField(f"Quote.{name}: {error!r}") from error
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
        return f"Quote({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_fp": 1,
        "no_bid_dollars": 1,
        "no_contracts_fp": 1,
        "rfq_target_cost_dollars": 1,
        "yes_bid_dollars": 1,
        "yes_contracts_fp": 1,
    }

    def decimal(
        self,
        name: Literal[
            "contracts_fp",
            "no_bid_dollars",
            "no_contracts_fp",
            "rfq_target_cost_dollars",
            "yes_bid_dollars",
            "yes_contracts_fp",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"Quote.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"Quote.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"Quote.{name} is {value!r}, not a finite number")
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
        raise TypeError(f"Quote.id: expected str, got {type(id).__name__}")

    return id


def _load_rfq_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_id = d.get("rfq_id", UNSET)
    if not isinstance(rfq_id, (str, Unset, NoneType)):
        raise TypeError(f"Quote.rfq_id: expected str, got {type(rfq_id).__name__}")

    return rfq_id


def _load_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    creator_id = d.get("creator_id", UNSET)
    if not isinstance(creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.creator_id: expected str, got {type(creator_id).__name__}"
        )

    return creator_id


def _load_rfq_creator_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_creator_id = d.get("rfq_creator_id", UNSET)
    if not isinstance(rfq_creator_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
        )

    return rfq_creator_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_contracts_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    contracts_fp = d.get("contracts_fp", UNSET)
    if not isinstance(contracts_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.contracts_fp: expected str, got {type(contracts_fp).__name__}"
        )

    return contracts_fp


def _load_yes_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
    if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
        )

    return yes_bid_dollars


def _load_no_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_bid_dollars = d.get("no_bid_dollars", UNSET)
    if not isinstance(no_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
        )

    return no_bid_dollars


def _load_created_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _created_ts = d.get("created_ts", UNSET)
    created_ts: datetime.datetime | Unset
    if isinstance(_created_ts, Unset):
        created_ts = UNSET
    else:
        created_ts = datetime.datetime.fromisoformat(_created_ts)

    return created_ts


def _load_updated_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _updated_ts = d.get("updated_ts", UNSET)
    updated_ts: datetime.datetime | Unset
    if isinstance(_updated_ts, Unset):
        updated_ts = UNSET
    else:
        updated_ts = datetime.datetime.fromisoformat(_updated_ts)

    return updated_ts


def _load_status(d: dict[str, Any], lazily: bool) -> QuoteStatus | Unset:
    _status = d.get("status", UNSET)
    status: QuoteStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = QuoteStatus._value2member_map_.get(_raw := _status) or QuoteStatus(
            _raw
        )

    return status


def _load_accepted_side(d: dict[str, Any], lazily: bool) -> QuoteAcceptedSide | Unset:
    _accepted_side = d.get("accepted_side", UNSET)
    accepted_side: QuoteAcceptedSide | Unset
    if isinstance(_accepted_side, Unset):
        accepted_side = UNSET
    else:
        accepted_side = QuoteAcceptedSide._value2member_map_.get(
            _raw := _accepted_side
        ) or QuoteAcceptedSide(_raw)

    return accepted_side


def _load_accepted_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _accepted_ts = d.get("accepted_ts", UNSET)
    accepted_ts: datetime.datetime | Unset
    if isinstance(_accepted_ts, Unset):
        accepted_ts = UNSET
    else:
        accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

    return accepted_ts


def _load_confirmed_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _confirmed_ts = d.get("confirmed_ts", UNSET)
    confirmed_ts: datetime.datetime | Unset
    if isinstance(_confirmed_ts, Unset):
        confirmed_ts = UNSET
    else:
        confirmed_ts = datetime.datetime.fromisoformat(_confirmed_ts)

    return confirmed_ts


def _load_executed_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _executed_ts = d.get("executed_ts", UNSET)
    executed_ts: datetime.datetime | Unset
    if isinstance(_executed_ts, Unset):
        executed_ts = UNSET
    else:
        executed_ts = datetime.datetime.fromisoformat(_executed_ts)

    return executed_ts


def _load_cancelled_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _cancelled_ts = d.get("cancelled_ts", UNSET)
    cancelled_ts: datetime.datetime | Unset
    if isinstance(_cancelled_ts, Unset):
        cancelled_ts = UNSET
    else:
        cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

    return cancelled_ts


def _load_rest_remainder(d: dict[str, Any], lazily: bool) -> bool | Unset:
    rest_remainder = d.get("rest_remainder", UNSET)
    if not isinstance(rest_remainder, (bool, Unset, NoneType)):
        raise TypeError(
            f"Quote.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
        )

    return rest_remainder


def _load_post_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    post_only = d.get("post_only", UNSET)
    if not isinstance(post_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"Quote.post_only: expected bool, got {type(post_only).__name__}"
        )

    return post_only


def _load_cancellation_reason(d: dict[str, Any], lazily: bool) -> str | Unset:
    cancellation_reason = d.get("cancellation_reason", UNSET)
    if not isinstance(cancellation_reason, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.cancellation_reason: expected str, got {type(cancellation_reason).__name__}"
        )

    return cancellation_reason


def _load_creator_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    creator_user_id = d.get("creator_user_id", UNSET)
    if not isinstance(creator_user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.creator_user_id: expected str, got {type(creator_user_id).__name__}"
        )

    return creator_user_id


def _load_rfq_creator_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_creator_user_id = d.get("rfq_creator_user_id", UNSET)
    if not isinstance(rfq_creator_user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.rfq_creator_user_id: expected str, got {type(rfq_creator_user_id).__name__}"
        )

    return rfq_creator_user_id


def _load_rfq_target_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_target_cost_dollars = d.get("rfq_target_cost_dollars", UNSET)
    if not isinstance(rfq_target_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.rfq_target_cost_dollars: expected str, got {type(rfq_target_cost_dollars).__name__}"
        )

    return rfq_target_cost_dollars


def _load_target_cost_excludes_fees(d: dict[str, Any], lazily: bool) -> bool | Unset:
    target_cost_excludes_fees = d.get("target_cost_excludes_fees", UNSET)
    if not isinstance(target_cost_excludes_fees, (bool, Unset, NoneType)):
        raise TypeError(
            f"Quote.target_cost_excludes_fees: expected bool, got {type(target_cost_excludes_fees).__name__}"
        )

    return target_cost_excludes_fees


def _load_rfq_creator_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    rfq_creator_order_id = d.get("rfq_creator_order_id", UNSET)
    if not isinstance(rfq_creator_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.rfq_creator_order_id: expected str, got {type(rfq_creator_order_id).__name__}"
        )

    return rfq_creator_order_id


def _load_creator_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    creator_order_id = d.get("creator_order_id", UNSET)
    if not isinstance(creator_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.creator_order_id: expected str, got {type(creator_order_id).__name__}"
        )

    return creator_order_id


def _load_creator_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    creator_subaccount = d.get("creator_subaccount", UNSET)
    if not isinstance(creator_subaccount, (int, Unset, NoneType)) or isinstance(
        creator_subaccount, bool
    ):
        raise TypeError(
            f"Quote.creator_subaccount: expected int, got {type(creator_subaccount).__name__}"
        )

    return creator_subaccount


def _load_rfq_creator_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    rfq_creator_subaccount = d.get("rfq_creator_subaccount", UNSET)
    if not isinstance(rfq_creator_subaccount, (int, Unset, NoneType)) or isinstance(
        rfq_creator_subaccount, bool
    ):
        raise TypeError(
            f"Quote.rfq_creator_subaccount: expected int, got {type(rfq_creator_subaccount).__name__}"
        )

    return rfq_creator_subaccount


def _load_yes_contracts_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_contracts_fp = d.get("yes_contracts_fp", UNSET)
    if not isinstance(yes_contracts_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.yes_contracts_fp: expected str, got {type(yes_contracts_fp).__name__}"
        )

    return yes_contracts_fp


def _load_no_contracts_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_contracts_fp = d.get("no_contracts_fp", UNSET)
    if not isinstance(no_contracts_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Quote.no_contracts_fp: expected str, got {type(no_contracts_fp).__name__}"
        )

    return no_contracts_fp


_FIELDS = frozenset(
    {
        "id",
        "rfq_id",
        "creator_id",
        "rfq_creator_id",
        "market_ticker",
        "contracts_fp",
        "yes_bid_dollars",
        "no_bid_dollars",
        "created_ts",
        "updated_ts",
        "status",
        "accepted_side",
        "accepted_ts",
        "confirmed_ts",
        "executed_ts",
        "cancelled_ts",
        "rest_remainder",
        "post_only",
        "cancellation_reason",
        "creator_user_id",
        "rfq_creator_user_id",
        "rfq_target_cost_dollars",
        "target_cost_excludes_fees",
        "rfq_creator_order_id",
        "creator_order_id",
        "creator_subaccount",
        "rfq_creator_subaccount",
        "yes_contracts_fp",
        "no_contracts_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "rfq_id": _load_rfq_id,
    "creator_id": _load_creator_id,
    "rfq_creator_id": _load_rfq_creator_id,
    "market_ticker": _load_market_ticker,
    "contracts_fp": _load_contracts_fp,
    "yes_bid_dollars": _load_yes_bid_dollars,
    "no_bid_dollars": _load_no_bid_dollars,
    "created_ts": _load_created_ts,
    "updated_ts": _load_updated_ts,
    "status": _load_status,
    "accepted_side": _load_accepted_side,
    "accepted_ts": _load_accepted_ts,
    "confirmed_ts": _load_confirmed_ts,
    "executed_ts": _load_executed_ts,
    "cancelled_ts": _load_cancelled_ts,
    "rest_remainder": _load_rest_remainder,
    "post_only": _load_post_only,
    "cancellation_reason": _load_cancellation_reason,
    "creator_user_id": _load_creator_user_id,
    "rfq_creator_user_id": _load_rfq_creator_user_id,
    "rfq_target_cost_dollars": _load_rfq_target_cost_dollars,
    "target_cost_excludes_fees": _load_target_cost_excludes_fees,
    "rfq_creator_order_id": _load_rfq_creator_order_id,
    "creator_order_id": _load_creator_order_id,
    "creator_subaccount": _load_creator_subaccount,
    "rfq_creator_subaccount": _load_rfq_creator_subaccount,
    "yes_contracts_fp": _load_yes_contracts_fp,
    "no_contracts_fp": _load_no_contracts_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "rfq_id",
    "creator_id",
    "rfq_creator_id",
    "market_ticker",
    "contracts_fp",
    "yes_bid_dollars",
    "no_bid_dollars",
    "created_ts",
    "updated_ts",
    "status",
    "accepted_side",
    "accepted_ts",
    "confirmed_ts",
    "executed_ts",
    "cancelled_ts",
    "rest_remainder",
    "post_only",
    "cancellation_reason",
    "creator_user_id",
    "rfq_creator_user_id",
    "rfq_target_cost_dollars",
    "target_cost_excludes_fees",
    "rfq_creator_order_id",
    "creator_order_id",
    "creator_subaccount",
    "rfq_creator_subaccount",
    "yes_contracts_fp",
    "no_contracts_fp",
    "additional_properties",
)
