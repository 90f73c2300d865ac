from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.lifecycle_price_level_structure import LifecyclePriceLevelStructure
from ..models.market_lifecycle_v2_msg_event_type import MarketLifecycleV2MsgEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata
    from ..models.market_lifecycle_v2_msg_price_ranges_item import (
        MarketLifecycleV2MsgPriceRangesItem,
    )


T = TypeVar("T", bound="MarketLifecycleV2Msg")


@_attrs_define
class MarketLifecycleV2Msg:
    """
    Attributes:
        market_ticker (str | Unset):
        exchange_index (int | Unset):
        open_ts (int | Unset):
        close_ts (int | Unset):
        determination_ts (int | Unset):
        settled_ts (int | Unset):
        result (str | Unset):
        settlement_value (str | Unset):
        is_deactivated (bool | Unset):
        additional_metadata (LifecycleAdditionalMetadata | Unset):
        event_type (MarketLifecycleV2MsgEventType | Unset):
        price_level_structure (LifecyclePriceLevelStructure | Unset):
        price_ranges (list[MarketLifecycleV2MsgPriceRangesItem] | None | Unset):
    """

    market_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    open_ts: int | Unset = UNSET
    close_ts: int | Unset = UNSET
    determination_ts: int | Unset = UNSET
    settled_ts: int | Unset = UNSET
    result: str | Unset = UNSET
    settlement_value: str | Unset = UNSET
    is_deactivated: bool | Unset = UNSET
    additional_metadata: LifecycleAdditionalMetadata | Unset = UNSET
    event_type: (
        MarketLifecycleV2MsgEventType
        | Literal[
            "created",
            "deactivated",
            "activated",
            "close_date_updated",
            "determined",
            "settled",
            "price_level_structure_updated",
        ]
        | Unset
    ) = UNSET
    price_level_structure: (
        LifecyclePriceLevelStructure
        | Literal[
            "banded_centi_cent",
            "",
            "linear_cent",
            "deci_cent",
            "tapered_deci_cent",
            "center_whole_edge_half_cent",
            "center_whole_edge_quint_cent",
            "center_half_edge_half_cent",
            "center_half_edge_quint_cent",
            "center_half_edge_deci_cent",
            "center_quint_edge_quint_cent",
            "center_quint_edge_deci_cent",
            "center_centi_edge_centi_cent",
            "center_deci_edge_centi_cent",
        ]
        | Unset
    ) = UNSET
    price_ranges: list[MarketLifecycleV2MsgPriceRangesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        open_ts = self.open_ts

        close_ts = self.close_ts

        determination_ts = self.determination_ts

        settled_ts = self.settled_ts

        result = self.result

        settlement_value = self.settlement_value

        is_deactivated = self.is_deactivated

        additional_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_metadata, Unset):
            additional_metadata = self.additional_metadata.to_dict()

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = MarketLifecycleV2MsgEventType.of(self.event_type).value

        price_level_structure: str | Unset = UNSET
        if not isinstance(self.price_level_structure, Unset):
            price_level_structure = LifecyclePriceLevelStructure.of(
                self.price_level_structure
            ).value

        price_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.price_ranges, Unset):
            price_ranges = UNSET
        elif isinstance(self.price_ranges, list):
            price_ranges = []
            for price_ranges_type_0_item_data in self.price_ranges:
                price_ranges_type_0_item = price_ranges_type_0_item_data.to_dict()
                price_ranges.append(price_ranges_type_0_item)

        else:
            price_ranges = self.price_ranges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if open_ts is not UNSET:
            field_dict["open_ts"] = open_ts
        if close_ts is not UNSET:
            field_dict["close_ts"] = close_ts
        if determination_ts is not UNSET:
            field_dict["determination_ts"] = determination_ts
        if settled_ts is not UNSET:
            field_dict["settled_ts"] = settled_ts
        if result is not UNSET:
            field_dict["result"] = result
        if settlement_value is not UNSET:
            field_dict["settlement_value"] = settlement_value
        if is_deactivated is not UNSET:
            field_dict["is_deactivated"] = is_deactivated
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges

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
            market_lifecycle_v2_msg = cls.__new__(cls)
            market_lifecycle_v2_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_lifecycle_v2_msg
        d = dict(src_dict)
        from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata  # noqa: PLC0415
        from ..models.market_lifecycle_v2_msg_price_ranges_item import (
            MarketLifecycleV2MsgPriceRangesItem,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketLifecycleV2Msg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"MarketLifecycleV2Msg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        open_ts = d.get("open_ts", UNSET)
        if not isinstance(open_ts, (int, Unset, NoneType)) or isinstance(open_ts, bool):
            raise TypeError(
                f"MarketLifecycleV2Msg.open_ts: expected int, got {type(open_ts).__name__}"
            )

        close_ts = d.get("close_ts", UNSET)
        if not isinstance(close_ts, (int, Unset, NoneType)) or isinstance(
            close_ts, bool
        ):
            raise TypeError(
                f"MarketLifecycleV2Msg.close_ts: expected int, got {type(close_ts).__name__}"
            )

        determination_ts = d.get("determination_ts", UNSET)
        if not isinstance(determination_ts, (int, Unset, NoneType)) or isinstance(
            determination_ts, bool
        ):
            raise TypeError(
                f"MarketLifecycleV2Msg.determination_ts: expected int, got {type(determination_ts).__name__}"
            )

        settled_ts = d.get("settled_ts", UNSET)
        if not isinstance(settled_ts, (int, Unset, NoneType)) or isinstance(
            settled_ts, bool
        ):
            raise TypeError(
                f"MarketLifecycleV2Msg.settled_ts: expected int, got {type(settled_ts).__name__}"
            )

        result = d.get("result", UNSET)
        if not isinstance(result, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketLifecycleV2Msg.result: expected str, got {type(result).__name__}"
            )

        settlement_value = d.get("settlement_value", UNSET)
        if not isinstance(settlement_value, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketLifecycleV2Msg.settlement_value: expected str, got {type(settlement_value).__name__}"
            )

        is_deactivated = d.get("is_deactivated", UNSET)
        if not isinstance(is_deactivated, (bool, Unset, NoneType)):
            raise TypeError(
                f"MarketLifecycleV2Msg.is_deactivated: expected bool, got {type(is_deactivated).__name__}"
            )

        _additional_metadata = d.get("additional_metadata", UNSET)
        additional_metadata: LifecycleAdditionalMetadata | Unset
        if isinstance(_additional_metadata, Unset):
            additional_metadata = UNSET
        else:
            additional_metadata = LifecycleAdditionalMetadata.from_dict(
                lazy=lazily, src_dict=_additional_metadata
            )

        _event_type = d.get("event_type", UNSET)
        event_type: MarketLifecycleV2MsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = MarketLifecycleV2MsgEventType._value2member_map_.get(
                _raw := _event_type
            ) or MarketLifecycleV2MsgEventType(_raw)

        _price_level_structure = d.get("price_level_structure", UNSET)
        price_level_structure: LifecyclePriceLevelStructure | Unset
        if isinstance(_price_level_structure, Unset):
            price_level_structure = UNSET
        else:
            price_level_structure = LifecyclePriceLevelStructure._value2member_map_.get(
                _raw := _price_level_structure
            ) or LifecyclePriceLevelStructure(_raw)

        _price_ranges_data = d.get("price_ranges", UNSET)
        price_ranges: list[MarketLifecycleV2MsgPriceRangesItem] | None | Unset
        if _price_ranges_data is None or isinstance(_price_ranges_data, Unset):
            price_ranges = _price_ranges_data
        elif isinstance(_price_ranges_data, list):
            price_ranges_type_0 = []
            _price_ranges_type_0 = _price_ranges_data
            for price_ranges_type_0_item_data in _price_ranges_type_0:
                price_ranges_type_0_item = (
                    MarketLifecycleV2MsgPriceRangesItem.from_dict(
                        lazy=lazily, src_dict=price_ranges_type_0_item_data
                    )
                )

                price_ranges_type_0.append(price_ranges_type_0_item)

            price_ranges = price_ranges_type_0
        else:
            raise TypeError(
                f"price_ranges: unexpected JSON type {type(_price_ranges_data).__name__}"
            )

        market_lifecycle_v2_msg = cls(
            market_ticker=market_ticker,
            exchange_index=exchange_index,
            open_ts=open_ts,
            close_ts=close_ts,
            determination_ts=determination_ts,
            settled_ts=settled_ts,
            result=result,
            settlement_value=settlement_value,
            is_deactivated=is_deactivated,
            additional_metadata=additional_metadata,
            event_type=event_type,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
        )
        market_lifecycle_v2_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return market_lifecycle_v2_msg

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
                    f"MarketLifecycleV2Msg.{name}: {error!r}"
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
        return f"MarketLifecycleV2Msg({', '.join(shown)})"

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


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketLifecycleV2Msg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"MarketLifecycleV2Msg.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_open_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    open_ts = d.get("open_ts", UNSET)
    if not isinstance(open_ts, (int, Unset, NoneType)) or isinstance(open_ts, bool):
        raise TypeError(
            f"MarketLifecycleV2Msg.open_ts: expected int, got {type(open_ts).__name__}"
        )

    return open_ts


def _load_close_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    close_ts = d.get("close_ts", UNSET)
    if not isinstance(close_ts, (int, Unset, NoneType)) or isinstance(close_ts, bool):
        raise TypeError(
            f"MarketLifecycleV2Msg.close_ts: expected int, got {type(close_ts).__name__}"
        )

    return close_ts


def _load_determination_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    determination_ts = d.get("determination_ts", UNSET)
    if not isinstance(determination_ts, (int, Unset, NoneType)) or isinstance(
        determination_ts, bool
    ):
        raise TypeError(
            f"MarketLifecycleV2Msg.determination_ts: expected int, got {type(determination_ts).__name__}"
        )

    return determination_ts


def _load_settled_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    settled_ts = d.get("settled_ts", UNSET)
    if not isinstance(settled_ts, (int, Unset, NoneType)) or isinstance(
        settled_ts, bool
    ):
        raise TypeError(
            f"MarketLifecycleV2Msg.settled_ts: expected int, got {type(settled_ts).__name__}"
        )

    return settled_ts


def _load_result(d: dict[str, Any], lazily: bool) -> str | Unset:
    result = d.get("result", UNSET)
    if not isinstance(result, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketLifecycleV2Msg.result: expected str, got {type(result).__name__}"
        )

    return result


def _load_settlement_value(d: dict[str, Any], lazily: bool) -> str | Unset:
    settlement_value = d.get("settlement_value", UNSET)
    if not isinstance(settlement_value, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketLifecycleV2Msg.settlement_value: expected str, got {type(settlement_value).__name__}"
        )

    return settlement_value


def _load_is_deactivated(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_deactivated = d.get("is_deactivated", UNSET)
    if not isinstance(is_deactivated, (bool, Unset, NoneType)):
        raise TypeError(
            f"MarketLifecycleV2Msg.is_deactivated: expected bool, got {type(is_deactivated).__name__}"
        )

    return is_deactivated


def _load_additional_metadata(
    d: dict[str, Any], lazily: bool
) -> LifecycleAdditionalMetadata | Unset:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata  # noqa: PLC0415

    _additional_metadata = d.get("additional_metadata", UNSET)
    additional_metadata: LifecycleAdditionalMetadata | Unset
    if isinstance(_additional_metadata, Unset):
        additional_metadata = UNSET
    else:
        additional_metadata = LifecycleAdditionalMetadata.from_dict(
            lazy=lazily, src_dict=_additional_metadata
        )

    return additional_metadata


def _load_event_type(
    d: dict[str, Any], lazily: bool
) -> MarketLifecycleV2MsgEventType | Unset:
    _event_type = d.get("event_type", UNSET)
    event_type: MarketLifecycleV2MsgEventType | Unset
    if isinstance(_event_type, Unset):
        event_type = UNSET
    else:
        event_type = MarketLifecycleV2MsgEventType._value2member_map_.get(
            _raw := _event_type
        ) or MarketLifecycleV2MsgEventType(_raw)

    return event_type


def _load_price_level_structure(
    d: dict[str, Any], lazily: bool
) -> LifecyclePriceLevelStructure | Unset:
    _price_level_structure = d.get("price_level_structure", UNSET)
    price_level_structure: LifecyclePriceLevelStructure | Unset
    if isinstance(_price_level_structure, Unset):
        price_level_structure = UNSET
    else:
        price_level_structure = LifecyclePriceLevelStructure._value2member_map_.get(
            _raw := _price_level_structure
        ) or LifecyclePriceLevelStructure(_raw)

    return price_level_structure


def _load_price_ranges(
    d: dict[str, Any], lazily: bool
) -> list[MarketLifecycleV2MsgPriceRangesItem] | None | Unset:
    from ..models.market_lifecycle_v2_msg_price_ranges_item import (
        MarketLifecycleV2MsgPriceRangesItem,  # noqa: PLC0415
    )

    _price_ranges_data = d.get("price_ranges", UNSET)
    price_ranges: list[MarketLifecycleV2MsgPriceRangesItem] | None | Unset
    if _price_ranges_data is None or isinstance(_price_ranges_data, Unset):
        price_ranges = _price_ranges_data
    elif isinstance(_price_ranges_data, list):
        price_ranges_type_0 = []
        _price_ranges_type_0 = _price_ranges_data
        for price_ranges_type_0_item_data in _price_ranges_type_0:
            price_ranges_type_0_item = MarketLifecycleV2MsgPriceRangesItem.from_dict(
                lazy=lazily, src_dict=price_ranges_type_0_item_data
            )

            price_ranges_type_0.append(price_ranges_type_0_item)

        price_ranges = price_ranges_type_0
    else:
        raise TypeError(
            f"price_ranges: unexpected JSON type {type(_price_ranges_data).__name__}"
        )

    return price_ranges


_FIELDS = frozenset(
    {
        "market_ticker",
        "exchange_index",
        "open_ts",
        "close_ts",
        "determination_ts",
        "settled_ts",
        "result",
        "settlement_value",
        "is_deactivated",
        "additional_metadata",
        "event_type",
        "price_level_structure",
        "price_ranges",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "exchange_index": _load_exchange_index,
    "open_ts": _load_open_ts,
    "close_ts": _load_close_ts,
    "determination_ts": _load_determination_ts,
    "settled_ts": _load_settled_ts,
    "result": _load_result,
    "settlement_value": _load_settlement_value,
    "is_deactivated": _load_is_deactivated,
    "additional_metadata": _load_additional_metadata,
    "event_type": _load_event_type,
    "price_level_structure": _load_price_level_structure,
    "price_ranges": _load_price_ranges,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "exchange_index",
    "open_ts",
    "close_ts",
    "determination_ts",
    "settled_ts",
    "result",
    "settlement_value",
    "is_deactivated",
    "additional_metadata",
    "event_type",
    "price_level_structure",
    "price_ranges",
    "additional_properties",
)
