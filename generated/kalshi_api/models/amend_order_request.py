from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.amend_order_request_action import AmendOrderRequestAction
from ..models.amend_order_request_side import AmendOrderRequestSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define
class AmendOrderRequest:
    """
    Attributes:
        ticker (str):
        side (AmendOrderRequestSide):
        action (AmendOrderRequestAction):
        subaccount (int | Unset):  Default: 0.
        client_order_id (str | Unset):
        updated_client_order_id (str | Unset):
        yes_price (int | Unset): Unit: cents.
        no_price (int | Unset): Unit: cents.
        yes_price_dollars (str | Unset):
        no_price_dollars (str | Unset):
        count (int | Unset):
        count_fp (None | str | Unset):
        exchange_index (int | Unset):  Default: 0.
    """

    ticker: str
    side: AmendOrderRequestSide | Literal["yes", "no"]
    action: AmendOrderRequestAction | Literal["buy", "sell"]
    subaccount: int | Unset = 0
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    yes_price: int | Unset = UNSET
    no_price: int | Unset = UNSET
    yes_price_dollars: str | Unset = UNSET
    no_price_dollars: str | Unset = UNSET
    count: int | Unset = UNSET
    count_fp: None | str | Unset = UNSET
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = AmendOrderRequestSide.of(self.side).value

        action = AmendOrderRequestAction.of(self.action).value

        subaccount = self.subaccount

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        count = self.count

        count_fp: None | str | Unset
        if isinstance(self.count_fp, Unset):
            count_fp = UNSET
        else:
            count_fp = self.count_fp

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "action": action,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

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
            amend_order_request = cls.__new__(cls)
            amend_order_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return amend_order_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d["ticker"]
        if not isinstance(ticker, (str, NoneType)):
            raise TypeError(
                f"AmendOrderRequest.ticker: expected str, got {type(ticker).__name__}"
            )

        side = AmendOrderRequestSide._value2member_map_.get(
            _raw := d["side"]
        ) or AmendOrderRequestSide(_raw)

        action = AmendOrderRequestAction._value2member_map_.get(
            _raw := d["action"]
        ) or AmendOrderRequestAction(_raw)

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"AmendOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        client_order_id = d.get("client_order_id", UNSET)
        if not isinstance(client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderRequest.client_order_id: expected str, got {type(client_order_id).__name__}"
            )

        updated_client_order_id = d.get("updated_client_order_id", UNSET)
        if not isinstance(updated_client_order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderRequest.updated_client_order_id: expected str, got {type(updated_client_order_id).__name__}"
            )

        yes_price = d.get("yes_price", UNSET)
        if not isinstance(yes_price, (int, Unset, NoneType)) or isinstance(
            yes_price, bool
        ):
            raise TypeError(
                f"AmendOrderRequest.yes_price: expected int, got {type(yes_price).__name__}"
            )

        no_price = d.get("no_price", UNSET)
        if not isinstance(no_price, (int, Unset, NoneType)) or isinstance(
            no_price, bool
        ):
            raise TypeError(
                f"AmendOrderRequest.no_price: expected int, got {type(no_price).__name__}"
            )

        yes_price_dollars = d.get("yes_price_dollars", UNSET)
        if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderRequest.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
            )

        no_price_dollars = d.get("no_price_dollars", UNSET)
        if not isinstance(no_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"AmendOrderRequest.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
            )

        count = d.get("count", UNSET)
        if not isinstance(count, (int, Unset, NoneType)) or isinstance(count, bool):
            raise TypeError(
                f"AmendOrderRequest.count: expected int, got {type(count).__name__}"
            )

        _count_fp_data = d.get("count_fp", UNSET)
        count_fp: None | str | Unset
        if _count_fp_data is None or isinstance(_count_fp_data, Unset):
            count_fp = _count_fp_data
        elif not isinstance(_count_fp_data, (str,)):
            raise TypeError(
                f"count_fp: expected str, got {type(_count_fp_data).__name__}"
            )
        else:
            count_fp = cast(None | str | Unset, _count_fp_data)

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"AmendOrderRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        amend_order_request = cls(
            ticker=ticker,
            side=side,
            action=action,
            subaccount=subaccount,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            yes_price=yes_price,
            no_price=no_price,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            count=count,
            count_fp=count_fp,
            exchange_index=exchange_index,
        )
        amend_order_request.additional_properties = _load_additional_properties(
            d, False
        )
        return amend_order_request

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
                raise MalformedField(f"AmendOrderRequest.{name}: {error!r}") from error
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
        return f"AmendOrderRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "count_fp": 1,
        "no_price": 100,
        "no_price_dollars": 1,
        "yes_price": 100,
        "yes_price_dollars": 1,
    }

    def decimal(
        self,
        name: Literal[
            "count_fp", "no_price", "no_price_dollars", "yes_price", "yes_price_dollars"
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"AmendOrderRequest.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"AmendOrderRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"AmendOrderRequest.{name} is {value!r}, not a finite number"
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


def _load_ticker(d: dict[str, Any], lazily: bool) -> str:
    ticker = d["ticker"]
    if not isinstance(ticker, (str, NoneType)):
        raise TypeError(
            f"AmendOrderRequest.ticker: expected str, got {type(ticker).__name__}"
        )

    return ticker


def _load_side(d: dict[str, Any], lazily: bool) -> AmendOrderRequestSide:
    side = AmendOrderRequestSide._value2member_map_.get(
        _raw := d["side"]
    ) or AmendOrderRequestSide(_raw)

    return side


def _load_action(d: dict[str, Any], lazily: bool) -> AmendOrderRequestAction:
    action = AmendOrderRequestAction._value2member_map_.get(
        _raw := d["action"]
    ) or AmendOrderRequestAction(_raw)

    return action


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"AmendOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    client_order_id = d.get("client_order_id", UNSET)
    if not isinstance(client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderRequest.client_order_id: expected str, got {type(client_order_id).__name__}"
        )

    return client_order_id


def _load_updated_client_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    updated_client_order_id = d.get("updated_client_order_id", UNSET)
    if not isinstance(updated_client_order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderRequest.updated_client_order_id: expected str, got {type(updated_client_order_id).__name__}"
        )

    return updated_client_order_id


def _load_yes_price(d: dict[str, Any], lazily: bool) -> int | Unset:
    yes_price = d.get("yes_price", UNSET)
    if not isinstance(yes_price, (int, Unset, NoneType)) or isinstance(yes_price, bool):
        raise TypeError(
            f"AmendOrderRequest.yes_price: expected int, got {type(yes_price).__name__}"
        )

    return yes_price


def _load_no_price(d: dict[str, Any], lazily: bool) -> int | Unset:
    no_price = d.get("no_price", UNSET)
    if not isinstance(no_price, (int, Unset, NoneType)) or isinstance(no_price, bool):
        raise TypeError(
            f"AmendOrderRequest.no_price: expected int, got {type(no_price).__name__}"
        )

    return no_price


def _load_yes_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_price_dollars = d.get("yes_price_dollars", UNSET)
    if not isinstance(yes_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderRequest.yes_price_dollars: expected str, got {type(yes_price_dollars).__name__}"
        )

    return yes_price_dollars


def _load_no_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_price_dollars = d.get("no_price_dollars", UNSET)
    if not isinstance(no_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"AmendOrderRequest.no_price_dollars: expected str, got {type(no_price_dollars).__name__}"
        )

    return no_price_dollars


def _load_count(d: dict[str, Any], lazily: bool) -> int | Unset:
    count = d.get("count", UNSET)
    if not isinstance(count, (int, Unset, NoneType)) or isinstance(count, bool):
        raise TypeError(
            f"AmendOrderRequest.count: expected int, got {type(count).__name__}"
        )

    return count


def _load_count_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _count_fp_data = d.get("count_fp", UNSET)
    count_fp: None | str | Unset
    if _count_fp_data is None or isinstance(_count_fp_data, Unset):
        count_fp = _count_fp_data
    elif not isinstance(_count_fp_data, (str,)):
        raise TypeError(f"count_fp: expected str, got {type(_count_fp_data).__name__}")
    else:
        count_fp = cast(None | str | Unset, _count_fp_data)

    return count_fp


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"AmendOrderRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "ticker",
        "side",
        "action",
        "subaccount",
        "client_order_id",
        "updated_client_order_id",
        "yes_price",
        "no_price",
        "yes_price_dollars",
        "no_price_dollars",
        "count",
        "count_fp",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "ticker": _load_ticker,
    "side": _load_side,
    "action": _load_action,
    "subaccount": _load_subaccount,
    "client_order_id": _load_client_order_id,
    "updated_client_order_id": _load_updated_client_order_id,
    "yes_price": _load_yes_price,
    "no_price": _load_no_price,
    "yes_price_dollars": _load_yes_price_dollars,
    "no_price_dollars": _load_no_price_dollars,
    "count": _load_count,
    "count_fp": _load_count_fp,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "side",
    "action",
    "subaccount",
    "client_order_id",
    "updated_client_order_id",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "count",
    "count_fp",
    "exchange_index",
    "additional_properties",
)
