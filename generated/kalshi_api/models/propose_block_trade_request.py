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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        buyer_user_id = d.pop("buyer_user_id")
        if not isinstance(buyer_user_id, str | None):
            raise TypeError(
                f"ProposeBlockTradeRequest.buyer_user_id: expected str, got {type(buyer_user_id).__name__}"
            )

        seller_user_id = d.pop("seller_user_id")
        if not isinstance(seller_user_id, str | None):
            raise TypeError(
                f"ProposeBlockTradeRequest.seller_user_id: expected str, got {type(seller_user_id).__name__}"
            )

        market_ticker = d.pop("market_ticker")
        if not isinstance(market_ticker, str | None):
            raise TypeError(
                f"ProposeBlockTradeRequest.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        price_centi_cents = d.pop("price_centi_cents")
        if not isinstance(price_centi_cents, int | None) or isinstance(
            price_centi_cents, bool
        ):
            raise TypeError(
                f"ProposeBlockTradeRequest.price_centi_cents: expected int, got {type(price_centi_cents).__name__}"
            )

        centicount = d.pop("centicount")
        if not isinstance(centicount, int | None) or isinstance(centicount, bool):
            raise TypeError(
                f"ProposeBlockTradeRequest.centicount: expected int, got {type(centicount).__name__}"
            )

        maker_side = ProposeBlockTradeRequestMakerSide._value2member_map_.get(
            _raw := d.pop("maker_side")
        ) or ProposeBlockTradeRequestMakerSide(_raw)

        expiration_ts = datetime.datetime.fromisoformat(d.pop("expiration_ts"))

        buyer_subtrader_id = d.pop("buyer_subtrader_id", UNSET)
        if not isinstance(buyer_subtrader_id, str | Unset | None):
            raise TypeError(
                f"ProposeBlockTradeRequest.buyer_subtrader_id: expected str, got {type(buyer_subtrader_id).__name__}"
            )

        buyer_subaccount = d.pop("buyer_subaccount", UNSET)
        if not isinstance(buyer_subaccount, int | Unset | None) or isinstance(
            buyer_subaccount, bool
        ):
            raise TypeError(
                f"ProposeBlockTradeRequest.buyer_subaccount: expected int, got {type(buyer_subaccount).__name__}"
            )

        seller_subtrader_id = d.pop("seller_subtrader_id", UNSET)
        if not isinstance(seller_subtrader_id, str | Unset | None):
            raise TypeError(
                f"ProposeBlockTradeRequest.seller_subtrader_id: expected str, got {type(seller_subtrader_id).__name__}"
            )

        seller_subaccount = d.pop("seller_subaccount", UNSET)
        if not isinstance(seller_subaccount, int | Unset | None) or isinstance(
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

        propose_block_trade_request.additional_properties = d
        return propose_block_trade_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("buyer_user_id", self.buyer_user_id),
            ("seller_user_id", self.seller_user_id),
            ("market_ticker", self.market_ticker),
            ("price_centi_cents", self.price_centi_cents),
            ("centicount", self.centicount),
            ("maker_side", self.maker_side),
            ("expiration_ts", self.expiration_ts),
            ("buyer_subtrader_id", self.buyer_subtrader_id),
            ("buyer_subaccount", self.buyer_subaccount),
            ("seller_subtrader_id", self.seller_subtrader_id),
            ("seller_subaccount", self.seller_subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ProposeBlockTradeRequest({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "price_centi_cents": 10000,
    }

    def decimal(self, name: Literal["price_centi_cents"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
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
