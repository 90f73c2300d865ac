from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str | Unset | None):
            raise TypeError(f"Quote.id: expected str, got {type(id).__name__}")

        rfq_id = d.pop("rfq_id", UNSET)
        if not isinstance(rfq_id, str | Unset | None):
            raise TypeError(f"Quote.rfq_id: expected str, got {type(rfq_id).__name__}")

        creator_id = d.pop("creator_id", UNSET)
        if not isinstance(creator_id, str | Unset | None):
            raise TypeError(
                f"Quote.creator_id: expected str, got {type(creator_id).__name__}"
            )

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)
        if not isinstance(rfq_creator_id, str | Unset | None):
            raise TypeError(
                f"Quote.rfq_creator_id: expected str, got {type(rfq_creator_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"Quote.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        contracts_fp = d.pop("contracts_fp", UNSET)
        if not isinstance(contracts_fp, str | Unset | None):
            raise TypeError(
                f"Quote.contracts_fp: expected str, got {type(contracts_fp).__name__}"
            )

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, str | Unset | None):
            raise TypeError(
                f"Quote.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        no_bid_dollars = d.pop("no_bid_dollars", UNSET)
        if not isinstance(no_bid_dollars, str | Unset | None):
            raise TypeError(
                f"Quote.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
            )

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        _status = d.pop("status", UNSET)
        status: QuoteStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QuoteStatus._value2member_map_.get(_raw := _status) or QuoteStatus(
                _raw
            )

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: QuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = QuoteAcceptedSide._value2member_map_.get(
                _raw := _accepted_side
            ) or QuoteAcceptedSide(_raw)

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        _confirmed_ts = d.pop("confirmed_ts", UNSET)
        confirmed_ts: datetime.datetime | Unset
        if isinstance(_confirmed_ts, Unset):
            confirmed_ts = UNSET
        else:
            confirmed_ts = datetime.datetime.fromisoformat(_confirmed_ts)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = datetime.datetime.fromisoformat(_cancelled_ts)

        rest_remainder = d.pop("rest_remainder", UNSET)
        if not isinstance(rest_remainder, bool | Unset | None):
            raise TypeError(
                f"Quote.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
            )

        post_only = d.pop("post_only", UNSET)
        if not isinstance(post_only, bool | Unset | None):
            raise TypeError(
                f"Quote.post_only: expected bool, got {type(post_only).__name__}"
            )

        cancellation_reason = d.pop("cancellation_reason", UNSET)
        if not isinstance(cancellation_reason, str | Unset | None):
            raise TypeError(
                f"Quote.cancellation_reason: expected str, got {type(cancellation_reason).__name__}"
            )

        creator_user_id = d.pop("creator_user_id", UNSET)
        if not isinstance(creator_user_id, str | Unset | None):
            raise TypeError(
                f"Quote.creator_user_id: expected str, got {type(creator_user_id).__name__}"
            )

        rfq_creator_user_id = d.pop("rfq_creator_user_id", UNSET)
        if not isinstance(rfq_creator_user_id, str | Unset | None):
            raise TypeError(
                f"Quote.rfq_creator_user_id: expected str, got {type(rfq_creator_user_id).__name__}"
            )

        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)
        if not isinstance(rfq_target_cost_dollars, str | Unset | None):
            raise TypeError(
                f"Quote.rfq_target_cost_dollars: expected str, got {type(rfq_target_cost_dollars).__name__}"
            )

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)
        if not isinstance(target_cost_excludes_fees, bool | Unset | None):
            raise TypeError(
                f"Quote.target_cost_excludes_fees: expected bool, got {type(target_cost_excludes_fees).__name__}"
            )

        rfq_creator_order_id = d.pop("rfq_creator_order_id", UNSET)
        if not isinstance(rfq_creator_order_id, str | Unset | None):
            raise TypeError(
                f"Quote.rfq_creator_order_id: expected str, got {type(rfq_creator_order_id).__name__}"
            )

        creator_order_id = d.pop("creator_order_id", UNSET)
        if not isinstance(creator_order_id, str | Unset | None):
            raise TypeError(
                f"Quote.creator_order_id: expected str, got {type(creator_order_id).__name__}"
            )

        creator_subaccount = d.pop("creator_subaccount", UNSET)
        if not isinstance(creator_subaccount, int | Unset | None) or isinstance(
            creator_subaccount, bool
        ):
            raise TypeError(
                f"Quote.creator_subaccount: expected int, got {type(creator_subaccount).__name__}"
            )

        rfq_creator_subaccount = d.pop("rfq_creator_subaccount", UNSET)
        if not isinstance(rfq_creator_subaccount, int | Unset | None) or isinstance(
            rfq_creator_subaccount, bool
        ):
            raise TypeError(
                f"Quote.rfq_creator_subaccount: expected int, got {type(rfq_creator_subaccount).__name__}"
            )

        yes_contracts_fp = d.pop("yes_contracts_fp", UNSET)
        if not isinstance(yes_contracts_fp, str | Unset | None):
            raise TypeError(
                f"Quote.yes_contracts_fp: expected str, got {type(yes_contracts_fp).__name__}"
            )

        no_contracts_fp = d.pop("no_contracts_fp", UNSET)
        if not isinstance(no_contracts_fp, str | Unset | None):
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

        quote.additional_properties = d
        return quote

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("rfq_id", self.rfq_id),
            ("creator_id", self.creator_id),
            ("rfq_creator_id", self.rfq_creator_id),
            ("market_ticker", self.market_ticker),
            ("contracts_fp", self.contracts_fp),
            ("yes_bid_dollars", self.yes_bid_dollars),
            ("no_bid_dollars", self.no_bid_dollars),
            ("created_ts", self.created_ts),
            ("updated_ts", self.updated_ts),
            ("status", self.status),
            ("accepted_side", self.accepted_side),
            ("accepted_ts", self.accepted_ts),
            ("confirmed_ts", self.confirmed_ts),
            ("executed_ts", self.executed_ts),
            ("cancelled_ts", self.cancelled_ts),
            ("rest_remainder", self.rest_remainder),
            ("post_only", self.post_only),
            ("cancellation_reason", self.cancellation_reason),
            ("creator_user_id", self.creator_user_id),
            ("rfq_creator_user_id", self.rfq_creator_user_id),
            ("rfq_target_cost_dollars", self.rfq_target_cost_dollars),
            ("target_cost_excludes_fees", self.target_cost_excludes_fees),
            ("rfq_creator_order_id", self.rfq_creator_order_id),
            ("creator_order_id", self.creator_order_id),
            ("creator_subaccount", self.creator_subaccount),
            ("rfq_creator_subaccount", self.rfq_creator_subaccount),
            ("yes_contracts_fp", self.yes_contracts_fp),
            ("no_contracts_fp", self.no_contracts_fp),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Quote({shown})"

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
        if isinstance(value, bool) or not isinstance(value, str | int):
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
