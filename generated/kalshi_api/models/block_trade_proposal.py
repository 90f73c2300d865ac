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
from ..models.block_trade_proposal_maker_side import BlockTradeProposalMakerSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockTradeProposal")


@_attrs_define
class BlockTradeProposal:
    """
    Attributes:
        id (str | Unset):
        proposer_user_id (str | Unset):
        buyer_user_id (str | Unset):
        buyer_subtrader_id (str | Unset):
        seller_user_id (str | Unset):
        seller_subtrader_id (str | Unset):
        market_ticker (str | Unset):
        price_centi_cents (int | Unset): Unit: centi-cents.
        centicount (int | Unset):
        maker_side (BlockTradeProposalMakerSide | Unset):
        expiration_ts (datetime.datetime | Unset):
        status (str | Unset):
        created_ts (datetime.datetime | Unset):
        updated_ts (datetime.datetime | Unset):
        buyer_accepted (bool | Unset):
        seller_accepted (bool | Unset):
        buyer_accepted_ts (datetime.datetime | Unset):
        seller_accepted_ts (datetime.datetime | Unset):
        executed_ts (datetime.datetime | Unset):
        buyer_order_id (str | Unset):
        seller_order_id (str | Unset):
    """

    id: str | Unset = UNSET
    proposer_user_id: str | Unset = UNSET
    buyer_user_id: str | Unset = UNSET
    buyer_subtrader_id: str | Unset = UNSET
    seller_user_id: str | Unset = UNSET
    seller_subtrader_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    price_centi_cents: int | Unset = UNSET
    centicount: int | Unset = UNSET
    maker_side: BlockTradeProposalMakerSide | Literal["yes", "no"] | Unset = UNSET
    expiration_ts: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    buyer_accepted: bool | Unset = UNSET
    seller_accepted: bool | Unset = UNSET
    buyer_accepted_ts: datetime.datetime | Unset = UNSET
    seller_accepted_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    buyer_order_id: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        proposer_user_id = self.proposer_user_id

        buyer_user_id = self.buyer_user_id

        buyer_subtrader_id = self.buyer_subtrader_id

        seller_user_id = self.seller_user_id

        seller_subtrader_id = self.seller_subtrader_id

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        centicount = self.centicount

        maker_side: str | Unset = UNSET
        if not isinstance(self.maker_side, Unset):
            maker_side = BlockTradeProposalMakerSide.of(self.maker_side).value

        expiration_ts: str | Unset = UNSET
        if not isinstance(self.expiration_ts, Unset):
            expiration_ts = self.expiration_ts.isoformat()

        status = self.status

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        buyer_accepted = self.buyer_accepted

        seller_accepted = self.seller_accepted

        buyer_accepted_ts: str | Unset = UNSET
        if not isinstance(self.buyer_accepted_ts, Unset):
            buyer_accepted_ts = self.buyer_accepted_ts.isoformat()

        seller_accepted_ts: str | Unset = UNSET
        if not isinstance(self.seller_accepted_ts, Unset):
            seller_accepted_ts = self.seller_accepted_ts.isoformat()

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        buyer_order_id = self.buyer_order_id

        seller_order_id = self.seller_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if proposer_user_id is not UNSET:
            field_dict["proposer_user_id"] = proposer_user_id
        if buyer_user_id is not UNSET:
            field_dict["buyer_user_id"] = buyer_user_id
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if seller_user_id is not UNSET:
            field_dict["seller_user_id"] = seller_user_id
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if price_centi_cents is not UNSET:
            field_dict["price_centi_cents"] = price_centi_cents
        if centicount is not UNSET:
            field_dict["centicount"] = centicount
        if maker_side is not UNSET:
            field_dict["maker_side"] = maker_side
        if expiration_ts is not UNSET:
            field_dict["expiration_ts"] = expiration_ts
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if buyer_accepted is not UNSET:
            field_dict["buyer_accepted"] = buyer_accepted
        if seller_accepted is not UNSET:
            field_dict["seller_accepted"] = seller_accepted
        if buyer_accepted_ts is not UNSET:
            field_dict["buyer_accepted_ts"] = buyer_accepted_ts
        if seller_accepted_ts is not UNSET:
            field_dict["seller_accepted_ts"] = seller_accepted_ts
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if buyer_order_id is not UNSET:
            field_dict["buyer_order_id"] = buyer_order_id
        if seller_order_id is not UNSET:
            field_dict["seller_order_id"] = seller_order_id

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
            block_trade_proposal = cls.__new__(cls)
            block_trade_proposal._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return block_trade_proposal
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.id: expected str, got {type(id).__name__}"
            )

        proposer_user_id = d.get("proposer_user_id", UNSET)
        if not isinstance(proposer_user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.proposer_user_id: expected str, got {type(proposer_user_id).__name__}"
            )

        buyer_user_id = d.get("buyer_user_id", UNSET)
        if not isinstance(buyer_user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.buyer_user_id: expected str, got {type(buyer_user_id).__name__}"
            )

        buyer_subtrader_id = d.get("buyer_subtrader_id", UNSET)
        if not isinstance(buyer_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.buyer_subtrader_id: expected str, got {type(buyer_subtrader_id).__name__}"
            )

        seller_user_id = d.get("seller_user_id", UNSET)
        if not isinstance(seller_user_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.seller_user_id: expected str, got {type(seller_user_id).__name__}"
            )

        seller_subtrader_id = d.get("seller_subtrader_id", UNSET)
        if not isinstance(seller_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.seller_subtrader_id: expected str, got {type(seller_subtrader_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        price_centi_cents = d.get("price_centi_cents", UNSET)
        if not isinstance(price_centi_cents, (int, Unset, NoneType)) or isinstance(
            price_centi_cents, bool
        ):
            raise TypeError(
                f"BlockTradeProposal.price_centi_cents: expected int, got {type(price_centi_cents).__name__}"
            )

        centicount = d.get("centicount", UNSET)
        if not isinstance(centicount, (int, Unset, NoneType)) or isinstance(
            centicount, bool
        ):
            raise TypeError(
                f"BlockTradeProposal.centicount: expected int, got {type(centicount).__name__}"
            )

        _maker_side = d.get("maker_side", UNSET)
        maker_side: BlockTradeProposalMakerSide | Unset
        if isinstance(_maker_side, Unset):
            maker_side = UNSET
        else:
            maker_side = BlockTradeProposalMakerSide._value2member_map_.get(
                _raw := _maker_side
            ) or BlockTradeProposalMakerSide(_raw)

        _expiration_ts = d.get("expiration_ts", UNSET)
        expiration_ts: datetime.datetime | Unset
        if isinstance(_expiration_ts, Unset):
            expiration_ts = UNSET
        else:
            expiration_ts = datetime.datetime.fromisoformat(_expiration_ts)

        status = d.get("status", UNSET)
        if not isinstance(status, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.status: expected str, got {type(status).__name__}"
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

        buyer_accepted = d.get("buyer_accepted", UNSET)
        if not isinstance(buyer_accepted, (bool, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.buyer_accepted: expected bool, got {type(buyer_accepted).__name__}"
            )

        seller_accepted = d.get("seller_accepted", UNSET)
        if not isinstance(seller_accepted, (bool, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.seller_accepted: expected bool, got {type(seller_accepted).__name__}"
            )

        _buyer_accepted_ts = d.get("buyer_accepted_ts", UNSET)
        buyer_accepted_ts: datetime.datetime | Unset
        if isinstance(_buyer_accepted_ts, Unset):
            buyer_accepted_ts = UNSET
        else:
            buyer_accepted_ts = datetime.datetime.fromisoformat(_buyer_accepted_ts)

        _seller_accepted_ts = d.get("seller_accepted_ts", UNSET)
        seller_accepted_ts: datetime.datetime | Unset
        if isinstance(_seller_accepted_ts, Unset):
            seller_accepted_ts = UNSET
        else:
            seller_accepted_ts = datetime.datetime.fromisoformat(_seller_accepted_ts)

        _executed_ts = d.get("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        buyer_order_id = d.get("buyer_order_id", UNSET)
        if not isinstance(buyer_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.buyer_order_id: expected str, got {type(buyer_order_id).__name__}"
            )

        seller_order_id = d.get("seller_order_id", UNSET)
        if not isinstance(seller_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"BlockTradeProposal.seller_order_id: expected str, got {type(seller_order_id).__name__}"
            )

        block_trade_proposal = cls(
            id=id,
            proposer_user_id=proposer_user_id,
            buyer_user_id=buyer_user_id,
            buyer_subtrader_id=buyer_subtrader_id,
            seller_user_id=seller_user_id,
            seller_subtrader_id=seller_subtrader_id,
            market_ticker=market_ticker,
            price_centi_cents=price_centi_cents,
            centicount=centicount,
            maker_side=maker_side,
            expiration_ts=expiration_ts,
            status=status,
            created_ts=created_ts,
            updated_ts=updated_ts,
            buyer_accepted=buyer_accepted,
            seller_accepted=seller_accepted,
            buyer_accepted_ts=buyer_accepted_ts,
            seller_accepted_ts=seller_accepted_ts,
            executed_ts=executed_ts,
            buyer_order_id=buyer_order_id,
            seller_order_id=seller_order_id,
        )
        block_trade_proposal.additional_properties = _load_additional_properties(
            d, False
        )
        return block_trade_proposal

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
                raise MalformedField(f"BlockTradeProposal.{name}: {error!r}") from error
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
        return f"BlockTradeProposal({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "price_centi_cents": 10000,
    }

    def decimal(self, name: Literal["price_centi_cents"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"BlockTradeProposal.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"BlockTradeProposal.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"BlockTradeProposal.{name} is {value!r}, not a finite number"
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
        raise TypeError(f"BlockTradeProposal.id: expected str, got {type(id).__name__}")

    return id


def _load_proposer_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    proposer_user_id = d.get("proposer_user_id", UNSET)
    if not isinstance(proposer_user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.proposer_user_id: expected str, got {type(proposer_user_id).__name__}"
        )

    return proposer_user_id


def _load_buyer_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    buyer_user_id = d.get("buyer_user_id", UNSET)
    if not isinstance(buyer_user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.buyer_user_id: expected str, got {type(buyer_user_id).__name__}"
        )

    return buyer_user_id


def _load_buyer_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    buyer_subtrader_id = d.get("buyer_subtrader_id", UNSET)
    if not isinstance(buyer_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.buyer_subtrader_id: expected str, got {type(buyer_subtrader_id).__name__}"
        )

    return buyer_subtrader_id


def _load_seller_user_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    seller_user_id = d.get("seller_user_id", UNSET)
    if not isinstance(seller_user_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.seller_user_id: expected str, got {type(seller_user_id).__name__}"
        )

    return seller_user_id


def _load_seller_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    seller_subtrader_id = d.get("seller_subtrader_id", UNSET)
    if not isinstance(seller_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.seller_subtrader_id: expected str, got {type(seller_subtrader_id).__name__}"
        )

    return seller_subtrader_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_price_centi_cents(d: dict[str, Any], lazily: bool) -> int | Unset:
    price_centi_cents = d.get("price_centi_cents", UNSET)
    if not isinstance(price_centi_cents, (int, Unset, NoneType)) or isinstance(
        price_centi_cents, bool
    ):
        raise TypeError(
            f"BlockTradeProposal.price_centi_cents: expected int, got {type(price_centi_cents).__name__}"
        )

    return price_centi_cents


def _load_centicount(d: dict[str, Any], lazily: bool) -> int | Unset:
    centicount = d.get("centicount", UNSET)
    if not isinstance(centicount, (int, Unset, NoneType)) or isinstance(
        centicount, bool
    ):
        raise TypeError(
            f"BlockTradeProposal.centicount: expected int, got {type(centicount).__name__}"
        )

    return centicount


def _load_maker_side(
    d: dict[str, Any], lazily: bool
) -> BlockTradeProposalMakerSide | Unset:
    _maker_side = d.get("maker_side", UNSET)
    maker_side: BlockTradeProposalMakerSide | Unset
    if isinstance(_maker_side, Unset):
        maker_side = UNSET
    else:
        maker_side = BlockTradeProposalMakerSide._value2member_map_.get(
            _raw := _maker_side
        ) or BlockTradeProposalMakerSide(_raw)

    return maker_side


def _load_expiration_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _expiration_ts = d.get("expiration_ts", UNSET)
    expiration_ts: datetime.datetime | Unset
    if isinstance(_expiration_ts, Unset):
        expiration_ts = UNSET
    else:
        expiration_ts = datetime.datetime.fromisoformat(_expiration_ts)

    return expiration_ts


def _load_status(d: dict[str, Any], lazily: bool) -> str | Unset:
    status = d.get("status", UNSET)
    if not isinstance(status, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.status: expected str, got {type(status).__name__}"
        )

    return status


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


def _load_buyer_accepted(d: dict[str, Any], lazily: bool) -> bool | Unset:
    buyer_accepted = d.get("buyer_accepted", UNSET)
    if not isinstance(buyer_accepted, (bool, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.buyer_accepted: expected bool, got {type(buyer_accepted).__name__}"
        )

    return buyer_accepted


def _load_seller_accepted(d: dict[str, Any], lazily: bool) -> bool | Unset:
    seller_accepted = d.get("seller_accepted", UNSET)
    if not isinstance(seller_accepted, (bool, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.seller_accepted: expected bool, got {type(seller_accepted).__name__}"
        )

    return seller_accepted


def _load_buyer_accepted_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _buyer_accepted_ts = d.get("buyer_accepted_ts", UNSET)
    buyer_accepted_ts: datetime.datetime | Unset
    if isinstance(_buyer_accepted_ts, Unset):
        buyer_accepted_ts = UNSET
    else:
        buyer_accepted_ts = datetime.datetime.fromisoformat(_buyer_accepted_ts)

    return buyer_accepted_ts


def _load_seller_accepted_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _seller_accepted_ts = d.get("seller_accepted_ts", UNSET)
    seller_accepted_ts: datetime.datetime | Unset
    if isinstance(_seller_accepted_ts, Unset):
        seller_accepted_ts = UNSET
    else:
        seller_accepted_ts = datetime.datetime.fromisoformat(_seller_accepted_ts)

    return seller_accepted_ts


def _load_executed_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _executed_ts = d.get("executed_ts", UNSET)
    executed_ts: datetime.datetime | Unset
    if isinstance(_executed_ts, Unset):
        executed_ts = UNSET
    else:
        executed_ts = datetime.datetime.fromisoformat(_executed_ts)

    return executed_ts


def _load_buyer_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    buyer_order_id = d.get("buyer_order_id", UNSET)
    if not isinstance(buyer_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.buyer_order_id: expected str, got {type(buyer_order_id).__name__}"
        )

    return buyer_order_id


def _load_seller_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    seller_order_id = d.get("seller_order_id", UNSET)
    if not isinstance(seller_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"BlockTradeProposal.seller_order_id: expected str, got {type(seller_order_id).__name__}"
        )

    return seller_order_id


_FIELDS = frozenset(
    {
        "id",
        "proposer_user_id",
        "buyer_user_id",
        "buyer_subtrader_id",
        "seller_user_id",
        "seller_subtrader_id",
        "market_ticker",
        "price_centi_cents",
        "centicount",
        "maker_side",
        "expiration_ts",
        "status",
        "created_ts",
        "updated_ts",
        "buyer_accepted",
        "seller_accepted",
        "buyer_accepted_ts",
        "seller_accepted_ts",
        "executed_ts",
        "buyer_order_id",
        "seller_order_id",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "proposer_user_id": _load_proposer_user_id,
    "buyer_user_id": _load_buyer_user_id,
    "buyer_subtrader_id": _load_buyer_subtrader_id,
    "seller_user_id": _load_seller_user_id,
    "seller_subtrader_id": _load_seller_subtrader_id,
    "market_ticker": _load_market_ticker,
    "price_centi_cents": _load_price_centi_cents,
    "centicount": _load_centicount,
    "maker_side": _load_maker_side,
    "expiration_ts": _load_expiration_ts,
    "status": _load_status,
    "created_ts": _load_created_ts,
    "updated_ts": _load_updated_ts,
    "buyer_accepted": _load_buyer_accepted,
    "seller_accepted": _load_seller_accepted,
    "buyer_accepted_ts": _load_buyer_accepted_ts,
    "seller_accepted_ts": _load_seller_accepted_ts,
    "executed_ts": _load_executed_ts,
    "buyer_order_id": _load_buyer_order_id,
    "seller_order_id": _load_seller_order_id,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "proposer_user_id",
    "buyer_user_id",
    "buyer_subtrader_id",
    "seller_user_id",
    "seller_subtrader_id",
    "market_ticker",
    "price_centi_cents",
    "centicount",
    "maker_side",
    "expiration_ts",
    "status",
    "created_ts",
    "updated_ts",
    "buyer_accepted",
    "seller_accepted",
    "buyer_accepted_ts",
    "seller_accepted_ts",
    "executed_ts",
    "buyer_order_id",
    "seller_order_id",
    "additional_properties",
)
