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
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueuePosition")


@_attrs_define
class OrderQueuePosition:
    """
    Attributes:
        order_id (str | Unset):
        market_ticker (str | Unset):
        queue_position_fp (str | Unset):
    """

    order_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    queue_position_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        market_ticker = self.market_ticker

        queue_position_fp = self.queue_position_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp

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
            order_queue_position = cls.__new__(cls)
            order_queue_position._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return order_queue_position
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        order_id = d.get("order_id", UNSET)
        if not isinstance(order_id, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderQueuePosition.order_id: expected str, got {type(order_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderQueuePosition.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        queue_position_fp = d.get("queue_position_fp", UNSET)
        if not isinstance(queue_position_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderQueuePosition.queue_position_fp: expected str, got {type(queue_position_fp).__name__}"
            )

        order_queue_position = cls(
            order_id=order_id,
            market_ticker=market_ticker,
            queue_position_fp=queue_position_fp,
        )
        order_queue_position.additional_properties = _load_additional_properties(
            d, False
        )
        return order_queue_position

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
                raise MalformedField(f"OrderQueuePosition.{name}: {error!r}") from error
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
        return f"OrderQueuePosition({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "queue_position_fp": 1,
    }

    def decimal(self, name: Literal["queue_position_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"OrderQueuePosition.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"OrderQueuePosition.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"OrderQueuePosition.{name} is {value!r}, not a finite number"
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


def _load_order_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_id = d.get("order_id", UNSET)
    if not isinstance(order_id, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderQueuePosition.order_id: expected str, got {type(order_id).__name__}"
        )

    return order_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderQueuePosition.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_queue_position_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    queue_position_fp = d.get("queue_position_fp", UNSET)
    if not isinstance(queue_position_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderQueuePosition.queue_position_fp: expected str, got {type(queue_position_fp).__name__}"
        )

    return queue_position_fp


_FIELDS = frozenset(
    {
        "order_id",
        "market_ticker",
        "queue_position_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "order_id": _load_order_id,
    "market_ticker": _load_market_ticker,
    "queue_position_fp": _load_queue_position_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "order_id",
    "market_ticker",
    "queue_position_fp",
    "additional_properties",
)
