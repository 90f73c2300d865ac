from __future__ import annotations

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

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


T = TypeVar("T", bound="MarketCandlestickHistorical")


@_attrs_define
class MarketCandlestickHistorical:
    """
    Attributes:
        end_period_ts (int | Unset):
        yes_bid (BidAskDistributionHistorical | Unset):
        yes_ask (BidAskDistributionHistorical | Unset):
        price (PriceDistributionHistorical | Unset):
        volume (str | Unset):
        open_interest (str | Unset):
    """

    end_period_ts: int | Unset = UNSET
    yes_bid: BidAskDistributionHistorical | Unset = UNSET
    yes_ask: BidAskDistributionHistorical | Unset = UNSET
    price: PriceDistributionHistorical | Unset = UNSET
    volume: str | Unset = UNSET
    open_interest: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        end_period_ts = self.end_period_ts

        yes_bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yes_bid, Unset):
            yes_bid = self.yes_bid.to_dict()

        yes_ask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yes_ask, Unset):
            yes_ask = self.yes_ask.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        volume = self.volume

        open_interest = self.open_interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_period_ts is not UNSET:
            field_dict["end_period_ts"] = end_period_ts
        if yes_bid is not UNSET:
            field_dict["yes_bid"] = yes_bid
        if yes_ask is not UNSET:
            field_dict["yes_ask"] = yes_ask
        if price is not UNSET:
            field_dict["price"] = price
        if volume is not UNSET:
            field_dict["volume"] = volume
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest

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
            market_candlestick_historical = cls.__new__(cls)
            market_candlestick_historical._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_candlestick_historical
        d = dict(src_dict)
        from ..models.bid_ask_distribution_historical import (
            BidAskDistributionHistorical,  # noqa: PLC0415
        )
        from ..models.price_distribution_historical import PriceDistributionHistorical  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        end_period_ts = d.get("end_period_ts", UNSET)
        if not isinstance(end_period_ts, (int, Unset, NoneType)) or isinstance(
            end_period_ts, bool
        ):
            raise TypeError(
                f"MarketCandlestickHistorical.end_period_ts: expected int, got {type(end_period_ts).__name__}"
            )

        _yes_bid = d.get("yes_bid", UNSET)
        yes_bid: BidAskDistributionHistorical | Unset
        if isinstance(_yes_bid, Unset):
            yes_bid = UNSET
        else:
            yes_bid = BidAskDistributionHistorical.from_dict(
                lazy=lazily, src_dict=_yes_bid
            )

        _yes_ask = d.get("yes_ask", UNSET)
        yes_ask: BidAskDistributionHistorical | Unset
        if isinstance(_yes_ask, Unset):
            yes_ask = UNSET
        else:
            yes_ask = BidAskDistributionHistorical.from_dict(
                lazy=lazily, src_dict=_yes_ask
            )

        _price = d.get("price", UNSET)
        price: PriceDistributionHistorical | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = PriceDistributionHistorical.from_dict(lazy=lazily, src_dict=_price)

        volume = d.get("volume", UNSET)
        if not isinstance(volume, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketCandlestickHistorical.volume: expected str, got {type(volume).__name__}"
            )

        open_interest = d.get("open_interest", UNSET)
        if not isinstance(open_interest, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketCandlestickHistorical.open_interest: expected str, got {type(open_interest).__name__}"
            )

        market_candlestick_historical = cls(
            end_period_ts=end_period_ts,
            yes_bid=yes_bid,
            yes_ask=yes_ask,
            price=price,
            volume=volume,
            open_interest=open_interest,
        )
        market_candlestick_historical.additional_properties = (
            _load_additional_properties(d, False)
        )
        return market_candlestick_historical

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
                    f"MarketCandlestickHistorical.{name}: {error!r}"
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
        return f"MarketCandlestickHistorical({', '.join(shown)})"

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


def _load_end_period_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    end_period_ts = d.get("end_period_ts", UNSET)
    if not isinstance(end_period_ts, (int, Unset, NoneType)) or isinstance(
        end_period_ts, bool
    ):
        raise TypeError(
            f"MarketCandlestickHistorical.end_period_ts: expected int, got {type(end_period_ts).__name__}"
        )

    return end_period_ts


def _load_yes_bid(
    d: dict[str, Any], lazily: bool
) -> BidAskDistributionHistorical | Unset:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical  # noqa: PLC0415

    _yes_bid = d.get("yes_bid", UNSET)
    yes_bid: BidAskDistributionHistorical | Unset
    if isinstance(_yes_bid, Unset):
        yes_bid = UNSET
    else:
        yes_bid = BidAskDistributionHistorical.from_dict(lazy=lazily, src_dict=_yes_bid)

    return yes_bid


def _load_yes_ask(
    d: dict[str, Any], lazily: bool
) -> BidAskDistributionHistorical | Unset:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical  # noqa: PLC0415

    _yes_ask = d.get("yes_ask", UNSET)
    yes_ask: BidAskDistributionHistorical | Unset
    if isinstance(_yes_ask, Unset):
        yes_ask = UNSET
    else:
        yes_ask = BidAskDistributionHistorical.from_dict(lazy=lazily, src_dict=_yes_ask)

    return yes_ask


def _load_price(d: dict[str, Any], lazily: bool) -> PriceDistributionHistorical | Unset:
    from ..models.price_distribution_historical import PriceDistributionHistorical  # noqa: PLC0415

    _price = d.get("price", UNSET)
    price: PriceDistributionHistorical | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = PriceDistributionHistorical.from_dict(lazy=lazily, src_dict=_price)

    return price


def _load_volume(d: dict[str, Any], lazily: bool) -> str | Unset:
    volume = d.get("volume", UNSET)
    if not isinstance(volume, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketCandlestickHistorical.volume: expected str, got {type(volume).__name__}"
        )

    return volume


def _load_open_interest(d: dict[str, Any], lazily: bool) -> str | Unset:
    open_interest = d.get("open_interest", UNSET)
    if not isinstance(open_interest, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketCandlestickHistorical.open_interest: expected str, got {type(open_interest).__name__}"
        )

    return open_interest


_FIELDS = frozenset(
    {
        "end_period_ts",
        "yes_bid",
        "yes_ask",
        "price",
        "volume",
        "open_interest",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "end_period_ts": _load_end_period_ts,
    "yes_bid": _load_yes_bid,
    "yes_ask": _load_yes_ask,
    "price": _load_price,
    "volume": _load_volume,
    "open_interest": _load_open_interest,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "end_period_ts",
    "yes_bid",
    "yes_ask",
    "price",
    "volume",
    "open_interest",
    "additional_properties",
)
