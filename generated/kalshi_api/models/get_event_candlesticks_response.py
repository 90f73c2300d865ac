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

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="GetEventCandlesticksResponse")


@_attrs_define
class GetEventCandlesticksResponse:
    """
    Attributes:
        market_tickers (list[str] | None | Unset):
        market_candlesticks (list[list[MarketCandlestick] | None] | None | Unset):
        adjusted_end_ts (int | Unset):
    """

    market_tickers: list[str] | None | Unset = UNSET
    market_candlesticks: list[list[MarketCandlestick] | None] | None | Unset = UNSET
    adjusted_end_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | None | Unset
        if isinstance(self.market_tickers, Unset):
            market_tickers = UNSET
        elif isinstance(self.market_tickers, list):
            market_tickers = self.market_tickers

        else:
            market_tickers = self.market_tickers

        market_candlesticks: list[list[dict[str, Any]] | None] | None | Unset
        if isinstance(self.market_candlesticks, Unset):
            market_candlesticks = UNSET
        elif isinstance(self.market_candlesticks, list):
            market_candlesticks = []
            for market_candlesticks_type_0_item_data in self.market_candlesticks:
                market_candlesticks_type_0_item: list[dict[str, Any]] | None
                if isinstance(market_candlesticks_type_0_item_data, list):
                    market_candlesticks_type_0_item = []
                    for (
                        market_candlesticks_type_0_item_type_0_item_data
                    ) in market_candlesticks_type_0_item_data:
                        market_candlesticks_type_0_item_type_0_item = (
                            market_candlesticks_type_0_item_type_0_item_data.to_dict()
                        )
                        market_candlesticks_type_0_item.append(
                            market_candlesticks_type_0_item_type_0_item
                        )

                else:
                    market_candlesticks_type_0_item = (
                        market_candlesticks_type_0_item_data
                    )
                market_candlesticks.append(market_candlesticks_type_0_item)

        else:
            market_candlesticks = self.market_candlesticks

        adjusted_end_ts = self.adjusted_end_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_candlesticks is not UNSET:
            field_dict["market_candlesticks"] = market_candlesticks
        if adjusted_end_ts is not UNSET:
            field_dict["adjusted_end_ts"] = adjusted_end_ts

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
            get_event_candlesticks_response = cls.__new__(cls)
            get_event_candlesticks_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_event_candlesticks_response
        d = dict(src_dict)
        from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _market_tickers_data = d.get("market_tickers", UNSET)
        market_tickers: list[str] | None | Unset
        if _market_tickers_data is None or isinstance(_market_tickers_data, Unset):
            market_tickers = _market_tickers_data
        elif isinstance(_market_tickers_data, list):
            market_tickers_type_0 = cast(list[str], _market_tickers_data)

            market_tickers = market_tickers_type_0
        else:
            raise TypeError(
                f"market_tickers: unexpected JSON type {type(_market_tickers_data).__name__}"
            )

        _market_candlesticks_data = d.get("market_candlesticks", UNSET)
        market_candlesticks: list[list[MarketCandlestick] | None] | None | Unset
        if _market_candlesticks_data is None or isinstance(
            _market_candlesticks_data, Unset
        ):
            market_candlesticks = _market_candlesticks_data
        elif isinstance(_market_candlesticks_data, list):
            market_candlesticks_type_0 = []
            _market_candlesticks_type_0 = _market_candlesticks_data
            for market_candlesticks_type_0_item_data in _market_candlesticks_type_0:
                _market_candlesticks_type_0_item_data = (
                    market_candlesticks_type_0_item_data
                )
                market_candlesticks_type_0_item: list[MarketCandlestick] | None
                if _market_candlesticks_type_0_item_data is None:
                    market_candlesticks_type_0_item = (
                        _market_candlesticks_type_0_item_data
                    )
                elif isinstance(_market_candlesticks_type_0_item_data, list):
                    market_candlesticks_type_0_item_type_0 = []
                    _market_candlesticks_type_0_item_type_0 = (
                        _market_candlesticks_type_0_item_data
                    )
                    for (
                        market_candlesticks_type_0_item_type_0_item_data
                    ) in _market_candlesticks_type_0_item_type_0:
                        market_candlesticks_type_0_item_type_0_item = MarketCandlestick.from_dict(
                            lazy=lazily,
                            src_dict=market_candlesticks_type_0_item_type_0_item_data,
                        )

                        market_candlesticks_type_0_item_type_0.append(
                            market_candlesticks_type_0_item_type_0_item
                        )

                    market_candlesticks_type_0_item = (
                        market_candlesticks_type_0_item_type_0
                    )
                else:
                    raise TypeError(
                        f"market_candlesticks_type_0_item: unexpected JSON type {type(_market_candlesticks_type_0_item_data).__name__}"
                    )

                market_candlesticks_type_0.append(market_candlesticks_type_0_item)

            market_candlesticks = market_candlesticks_type_0
        else:
            raise TypeError(
                f"market_candlesticks: unexpected JSON type {type(_market_candlesticks_data).__name__}"
            )

        adjusted_end_ts = d.get("adjusted_end_ts", UNSET)
        if not isinstance(adjusted_end_ts, (int, Unset, NoneType)) or isinstance(
            adjusted_end_ts, bool
        ):
            raise TypeError(
                f"GetEventCandlesticksResponse.adjusted_end_ts: expected int, got {type(adjusted_end_ts).__name__}"
            )

        get_event_candlesticks_response = cls(
            market_tickers=market_tickers,
            market_candlesticks=market_candlesticks,
            adjusted_end_ts=adjusted_end_ts,
        )
        get_event_candlesticks_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_event_candlesticks_response

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
                    f"GetEventCandlesticksResponse.{name}: {error!r}"
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
        return f"GetEventCandlesticksResponse({', '.join(shown)})"

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


def _load_market_tickers(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _market_tickers_data = d.get("market_tickers", UNSET)
    market_tickers: list[str] | None | Unset
    if _market_tickers_data is None or isinstance(_market_tickers_data, Unset):
        market_tickers = _market_tickers_data
    elif isinstance(_market_tickers_data, list):
        market_tickers_type_0 = cast(list[str], _market_tickers_data)

        market_tickers = market_tickers_type_0
    else:
        raise TypeError(
            f"market_tickers: unexpected JSON type {type(_market_tickers_data).__name__}"
        )

    return market_tickers


def _load_market_candlesticks(
    d: dict[str, Any], lazily: bool
) -> list[list[MarketCandlestick] | None] | None | Unset:
    from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

    _market_candlesticks_data = d.get("market_candlesticks", UNSET)
    market_candlesticks: list[list[MarketCandlestick] | None] | None | Unset
    if _market_candlesticks_data is None or isinstance(
        _market_candlesticks_data, Unset
    ):
        market_candlesticks = _market_candlesticks_data
    elif isinstance(_market_candlesticks_data, list):
        market_candlesticks_type_0 = []
        _market_candlesticks_type_0 = _market_candlesticks_data
        for market_candlesticks_type_0_item_data in _market_candlesticks_type_0:
            _market_candlesticks_type_0_item_data = market_candlesticks_type_0_item_data
            market_candlesticks_type_0_item: list[MarketCandlestick] | None
            if _market_candlesticks_type_0_item_data is None:
                market_candlesticks_type_0_item = _market_candlesticks_type_0_item_data
            elif isinstance(_market_candlesticks_type_0_item_data, list):
                market_candlesticks_type_0_item_type_0 = []
                _market_candlesticks_type_0_item_type_0 = (
                    _market_candlesticks_type_0_item_data
                )
                for (
                    market_candlesticks_type_0_item_type_0_item_data
                ) in _market_candlesticks_type_0_item_type_0:
                    market_candlesticks_type_0_item_type_0_item = (
                        MarketCandlestick.from_dict(
                            lazy=lazily,
                            src_dict=market_candlesticks_type_0_item_type_0_item_data,
                        )
                    )

                    market_candlesticks_type_0_item_type_0.append(
                        market_candlesticks_type_0_item_type_0_item
                    )

                market_candlesticks_type_0_item = market_candlesticks_type_0_item_type_0
            else:
                raise TypeError(
                    f"market_candlesticks_type_0_item: unexpected JSON type {type(_market_candlesticks_type_0_item_data).__name__}"
                )

            market_candlesticks_type_0.append(market_candlesticks_type_0_item)

        market_candlesticks = market_candlesticks_type_0
    else:
        raise TypeError(
            f"market_candlesticks: unexpected JSON type {type(_market_candlesticks_data).__name__}"
        )

    return market_candlesticks


def _load_adjusted_end_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    adjusted_end_ts = d.get("adjusted_end_ts", UNSET)
    if not isinstance(adjusted_end_ts, (int, Unset, NoneType)) or isinstance(
        adjusted_end_ts, bool
    ):
        raise TypeError(
            f"GetEventCandlesticksResponse.adjusted_end_ts: expected int, got {type(adjusted_end_ts).__name__}"
        )

    return adjusted_end_ts


_FIELDS = frozenset(
    {
        "market_tickers",
        "market_candlesticks",
        "adjusted_end_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_tickers": _load_market_tickers,
    "market_candlesticks": _load_market_candlesticks,
    "adjusted_end_ts": _load_adjusted_end_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_tickers",
    "market_candlesticks",
    "adjusted_end_ts",
    "additional_properties",
)
