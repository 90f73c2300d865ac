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
from ..models.propose_block_trade_request_maker_side import (
    ProposeBlockTradeRequestMakerSide,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProposeBlockTradeRequest")


@_attrs_define
class ProposeBlockTradeRequest:
    """
    Attributes:
        buyer_user_id (str):
        seller_user_id (str):
        market_ticker (str):
        price_centi_cents (int): Unit: centi-cents.
        centicount (int):
        maker_side (ProposeBlockTradeRequestMakerSide):
        expiration_ts (datetime.datetime):
        buyer_subtrader_id (str | Unset):
        buyer_subaccount (int | Unset):
        seller_subtrader_id (str | Unset):
        seller_subaccount (int | Unset):
    """

    buyer_user_id: str
    seller_user_id: str
    market_ticker: str
    price_centi_cents: int
    centicount: int
    maker_side: ProposeBlockTradeRequestMakerSide | Literal["yes", "no"]
    expiration_ts: datetime.datetime
    buyer_subtrader_id: str | Unset = UNSET
    buyer_subaccount: int | Unset = UNSET
    seller_subtrader_id: str | Unset = UNSET
    seller_subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        buyer_user_id = self.buyer_user_id

        seller_user_id = self.seller_user_id

        market_ticker = self.market_ticker

        price_centi_cents = self.price_centi_cents

        centicount = self.centicount

        maker_side = ProposeBlockTradeRequestMakerSide.of(self.maker_side).value

        expiration_ts = self.expiration_ts.isoformat()

        buyer_subtrader_id = self.buyer_subtrader_id

        buyer_subaccount = self.buyer_subaccount

        seller_subtrader_id = self.seller_subtrader_id

        seller_subaccount = self.seller_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer_user_id": buyer_user_id,
                "seller_user_id": seller_user_id,
                "market_ticker": market_ticker,
                "price_centi_cents": price_centi_cents,
                "centicount": centicount,
                "maker_side": maker_side,
                "expiration_ts": expiration_ts,
            }
        )
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        if buyer_subaccount is not UNSET:
            field_dict["buyer_subaccount"] = buyer_subaccount
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id
        if seller_subaccount is not UNSET:
            field_dict["seller_subaccount"] = seller_subaccount

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
            propose_block_trade_request = cls.__new__(cls)
            propose_block_trade_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return propose_block_trade_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        buyer_user_id = d["buyer_user_id"]
        if not isinstance(buyer_user_id, (str, NoneType)):
            raise TypeError(
                f"ProposeBlockTradeRequest.buyer_user_id: expected str, got {type(buyer_user_id).__name__}"
            )

        seller_user_id = d["seller_user_id"]
        if not isinstance(seller_user_id, (str, NoneType)):
            raise TypeError(
                f"ProposeBlockTradeRequest.seller_user_id: expected str, got {type(seller_user_id).__name__}"
            )

        market_ticker = d["market_ticker"]
        if not isinstance(market_ticker, (str, NoneType)):
            raise TypeError(
                f"ProposeBlockTradeRequest.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        price_centi_cents = d["price_centi_cents"]
        if not isinstance(price_centi_cents, (int, NoneType)) or isinstance(
            price_centi_cents, bool
        ):
            raise TypeError(
                f"ProposeBlockTradeRequest.price_centi_cents: expected int, got {type(price_centi_cents).__name__}"
            )

        centicount = d["centicount"]
        if not isinstance(centicount, (int, NoneType)) or isinstance(centicount, bool):
            raise TypeError(
                f"ProposeBlockTradeRequest.centicount: expected int, got {type(centicount).__name__}"
            )

        maker_side = ProposeBlockTradeRequestMakerSide._value2member_map_.get(
            _raw := d["maker_side"]
        ) or ProposeBlockTradeRequestMakerSide(_raw)

        expiration_ts = datetime.datetime.fromisoformat(d["expiration_ts"])

        buyer_subtrader_id = d.get("buyer_subtrader_id", UNSET)
        if not isinstance(buyer_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"ProposeBlockTradeRequest.buyer_subtrader_id: expected str, got {type(buyer_subtrader_id).__name__}"
            )

        buyer_subaccount = d.get("buyer_subaccount", UNSET)
        if not isinstance(buyer_subaccount, (int, Unset, NoneType)) or isinstance(
            buyer_subaccount, bool
        ):
            raise TypeError(
                f"ProposeBlockTradeRequest.buyer_subaccount: expected int, got {type(buyer_subaccount).__name__}"
            )

        seller_subtrader_id = d.get("seller_subtrader_id", UNSET)
        if not isinstance(seller_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"ProposeBlockTradeRequest.seller_subtrader_id: expected str, got {type(seller_subtrader_id).__name__}"
            )

        seller_subaccount = d.get("seller_subaccount", UNSET)
        if not isinstance(seller_subaccount, (int, Unset, NoneType)) or isinstance(
            seller_subaccount, bool
        ):
            raise TypeError(
                f"ProposeBlockTradeRequest.seller_subaccount: expected int, got {type(seller_subaccount).__name__}"
            )

        propose_block_trade_request = cls(
            buyer_user_id=buyer_user_id,
            seller_user_id=seller_user_id,
            market_ticker=market_ticker,
            price_centi_cents=price_centi_cents,
            centicount=centicount,
            maker_side=maker_side,
            expiration_ts=expiration_ts,
            buyer_subtrader_id=buyer_subtrader_id,
            buyer_subaccount=buyer_subaccount,
            seller_subtrader_id=seller_subtrader_id,
            seller_subaccount=seller_subaccount,
        )
        propose_block_trade_request.additional_properties = _load_additional_properties(
            d, False
        )
        return propose_block_trade_request

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
                    f"ProposeBlockTradeRequest.{name}: {error!r}"
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
        return f"ProposeBlockTradeRequest({', '.join(shown)})"

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
            raise InvalidValue(
                f"ProposeBlockTradeRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"ProposeBlockTradeRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"ProposeBlockTradeRequest.{name} is {value!r}, not a finite number"
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


def _load_buyer_user_id(d: dict[str, Any], lazily: bool) -> str:
    buyer_user_id = d["buyer_user_id"]
    if not isinstance(buyer_user_id, (str, NoneType)):
        raise TypeError(
            f"ProposeBlockTradeRequest.buyer_user_id: expected str, got {type(buyer_user_id).__name__}"
        )

    return buyer_user_id


def _load_seller_user_id(d: dict[str, Any], lazily: bool) -> str:
    seller_user_id = d["seller_user_id"]
    if not isinstance(seller_user_id, (str, NoneType)):
        raise TypeError(
            f"ProposeBlockTradeRequest.seller_user_id: expected str, got {type(seller_user_id).__name__}"
        )

    return seller_user_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str:
    market_ticker = d["market_ticker"]
    if not isinstance(market_ticker, (str, NoneType)):
        raise TypeError(
            f"ProposeBlockTradeRequest.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_price_centi_cents(d: dict[str, Any], lazily: bool) -> int:
    price_centi_cents = d["price_centi_cents"]
    if not isinstance(price_centi_cents, (int, NoneType)) or isinstance(
        price_centi_cents, bool
    ):
        raise TypeError(
            f"ProposeBlockTradeRequest.price_centi_cents: expected int, got {type(price_centi_cents).__name__}"
        )

    return price_centi_cents


def _load_centicount(d: dict[str, Any], lazily: bool) -> int:
    centicount = d["centicount"]
    if not isinstance(centicount, (int, NoneType)) or isinstance(centicount, bool):
        raise TypeError(
            f"ProposeBlockTradeRequest.centicount: expected int, got {type(centicount).__name__}"
        )

    return centicount


def _load_maker_side(
    d: dict[str, Any], lazily: bool
) -> ProposeBlockTradeRequestMakerSide:
    maker_side = ProposeBlockTradeRequestMakerSide._value2member_map_.get(
        _raw := d["maker_side"]
    ) or ProposeBlockTradeRequestMakerSide(_raw)

    return maker_side


def _load_expiration_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime:
    expiration_ts = datetime.datetime.fromisoformat(d["expiration_ts"])

    return expiration_ts


def _load_buyer_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    buyer_subtrader_id = d.get("buyer_subtrader_id", UNSET)
    if not isinstance(buyer_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"ProposeBlockTradeRequest.buyer_subtrader_id: expected str, got {type(buyer_subtrader_id).__name__}"
        )

    return buyer_subtrader_id


def _load_buyer_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    buyer_subaccount = d.get("buyer_subaccount", UNSET)
    if not isinstance(buyer_subaccount, (int, Unset, NoneType)) or isinstance(
        buyer_subaccount, bool
    ):
        raise TypeError(
            f"ProposeBlockTradeRequest.buyer_subaccount: expected int, got {type(buyer_subaccount).__name__}"
        )

    return buyer_subaccount


def _load_seller_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    seller_subtrader_id = d.get("seller_subtrader_id", UNSET)
    if not isinstance(seller_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"ProposeBlockTradeRequest.seller_subtrader_id: expected str, got {type(seller_subtrader_id).__name__}"
        )

    return seller_subtrader_id


def _load_seller_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    seller_subaccount = d.get("seller_subaccount", UNSET)
    if not isinstance(seller_subaccount, (int, Unset, NoneType)) or isinstance(
        seller_subaccount, bool
    ):
        raise TypeError(
            f"ProposeBlockTradeRequest.seller_subaccount: expected int, got {type(seller_subaccount).__name__}"
        )

    return seller_subaccount


_FIELDS = frozenset(
    {
        "buyer_user_id",
        "seller_user_id",
        "market_ticker",
        "price_centi_cents",
        "centicount",
        "maker_side",
        "expiration_ts",
        "buyer_subtrader_id",
        "buyer_subaccount",
        "seller_subtrader_id",
        "seller_subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "buyer_user_id": _load_buyer_user_id,
    "seller_user_id": _load_seller_user_id,
    "market_ticker": _load_market_ticker,
    "price_centi_cents": _load_price_centi_cents,
    "centicount": _load_centicount,
    "maker_side": _load_maker_side,
    "expiration_ts": _load_expiration_ts,
    "buyer_subtrader_id": _load_buyer_subtrader_id,
    "buyer_subaccount": _load_buyer_subaccount,
    "seller_subtrader_id": _load_seller_subtrader_id,
    "seller_subaccount": _load_seller_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "buyer_user_id",
    "seller_user_id",
    "market_ticker",
    "price_centi_cents",
    "centicount",
    "maker_side",
    "expiration_ts",
    "buyer_subtrader_id",
    "buyer_subaccount",
    "seller_subtrader_id",
    "seller_subaccount",
    "additional_properties",
)
