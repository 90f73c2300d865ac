from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderV2Request")


@_attrs_define
class DecreaseOrderV2Request:
    """
    Attributes:
        reduce_by (None | str | Unset):
        reduce_to (None | str | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):
    """

    reduce_by: None | str | Unset = UNSET
    reduce_to: None | str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        reduce_by: None | str | Unset
        if isinstance(self.reduce_by, Unset):
            reduce_by = UNSET
        else:
            reduce_by = self.reduce_by

        reduce_to: None | str | Unset
        if isinstance(self.reduce_to, Unset):
            reduce_to = UNSET
        else:
            reduce_to = self.reduce_to

        exchange_index = self.exchange_index

        market_ticker = self.market_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker

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
            decrease_order_v2_request = cls.__new__(cls)
            decrease_order_v2_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return decrease_order_v2_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _reduce_by_data = d.get("reduce_by", UNSET)
        reduce_by: None | str | Unset
        if _reduce_by_data is None or isinstance(_reduce_by_data, Unset):
            reduce_by = _reduce_by_data
        elif not isinstance(_reduce_by_data, (str,)):
            raise TypeError(
                f"reduce_by: expected str, got {type(_reduce_by_data).__name__}"
            )
        else:
            reduce_by = cast(None | str | Unset, _reduce_by_data)

        _reduce_to_data = d.get("reduce_to", UNSET)
        reduce_to: None | str | Unset
        if _reduce_to_data is None or isinstance(_reduce_to_data, Unset):
            reduce_to = _reduce_to_data
        elif not isinstance(_reduce_to_data, (str,)):
            raise TypeError(
                f"reduce_to: expected str, got {type(_reduce_to_data).__name__}"
            )
        else:
            reduce_to = cast(None | str | Unset, _reduce_to_data)

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"DecreaseOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"DecreaseOrderV2Request.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        decrease_order_v2_request = cls(
            reduce_by=reduce_by,
            reduce_to=reduce_to,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )
        decrease_order_v2_request.additional_properties = _load_additional_properties(
            d, False
        )
        return decrease_order_v2_request

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
                    f"DecreaseOrderV2Request.{name}: {error!r}"
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
        return f"DecreaseOrderV2Request({', '.join(shown)})"

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


def _load_reduce_by(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _reduce_by_data = d.get("reduce_by", UNSET)
    reduce_by: None | str | Unset
    if _reduce_by_data is None or isinstance(_reduce_by_data, Unset):
        reduce_by = _reduce_by_data
    elif not isinstance(_reduce_by_data, (str,)):
        raise TypeError(
            f"reduce_by: expected str, got {type(_reduce_by_data).__name__}"
        )
    else:
        reduce_by = cast(None | str | Unset, _reduce_by_data)

    return reduce_by


def _load_reduce_to(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _reduce_to_data = d.get("reduce_to", UNSET)
    reduce_to: None | str | Unset
    if _reduce_to_data is None or isinstance(_reduce_to_data, Unset):
        reduce_to = _reduce_to_data
    elif not isinstance(_reduce_to_data, (str,)):
        raise TypeError(
            f"reduce_to: expected str, got {type(_reduce_to_data).__name__}"
        )
    else:
        reduce_to = cast(None | str | Unset, _reduce_to_data)

    return reduce_to


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"DecreaseOrderV2Request.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"DecreaseOrderV2Request.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


_FIELDS = frozenset(
    {
        "reduce_by",
        "reduce_to",
        "exchange_index",
        "market_ticker",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "reduce_by": _load_reduce_by,
    "reduce_to": _load_reduce_to,
    "exchange_index": _load_exchange_index,
    "market_ticker": _load_market_ticker,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "reduce_by",
    "reduce_to",
    "exchange_index",
    "market_ticker",
    "additional_properties",
)
