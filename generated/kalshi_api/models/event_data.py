from __future__ import annotations

import datetime
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
    from ..models.event_data_product_metadata_type_0 import (
        EventDataProductMetadataType0,
    )
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """
    Attributes:
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        sub_title (str | Unset):
        title (str | Unset):
        collateral_return_type (str | Unset):
        mutually_exclusive (bool | Unset):
        category (str | Unset):
        strike_date (datetime.datetime | None | Unset):
        strike_period (None | str | Unset):
        markets (list[Market] | None | Unset):
        product_metadata (EventDataProductMetadataType0 | None | Unset):
        settlement_sources (list[SettlementSource] | None | Unset):
        last_updated_ts (datetime.datetime | Unset):
        fee_type_override (None | str | Unset):
        fee_multiplier_override (float | None | Unset):
        exchange_index (int | Unset):
    """

    event_ticker: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    sub_title: str | Unset = UNSET
    title: str | Unset = UNSET
    collateral_return_type: str | Unset = UNSET
    mutually_exclusive: bool | Unset = UNSET
    category: str | Unset = UNSET
    strike_date: datetime.datetime | None | Unset = UNSET
    strike_period: None | str | Unset = UNSET
    markets: list[Market] | None | Unset = UNSET
    product_metadata: EventDataProductMetadataType0 | None | Unset = UNSET
    settlement_sources: list[SettlementSource] | None | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    fee_type_override: None | str | Unset = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_data_product_metadata_type_0 import (
            EventDataProductMetadataType0,  # noqa: PLC0415
        )

        event_ticker = self.event_ticker

        series_ticker = self.series_ticker

        sub_title = self.sub_title

        title = self.title

        collateral_return_type = self.collateral_return_type

        mutually_exclusive = self.mutually_exclusive

        category = self.category

        strike_date: None | str | Unset
        if isinstance(self.strike_date, Unset):
            strike_date = UNSET
        elif isinstance(self.strike_date, datetime.datetime):
            strike_date = self.strike_date.isoformat()
        else:
            strike_date = self.strike_date

        strike_period: None | str | Unset
        if isinstance(self.strike_period, Unset):
            strike_period = UNSET
        else:
            strike_period = self.strike_period

        markets: list[dict[str, Any]] | None | Unset
        if isinstance(self.markets, Unset):
            markets = UNSET
        elif isinstance(self.markets, list):
            markets = []
            for markets_type_0_item_data in self.markets:
                markets_type_0_item = markets_type_0_item_data.to_dict()
                markets.append(markets_type_0_item)

        else:
            markets = self.markets

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, EventDataProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        settlement_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.settlement_sources, Unset):
            settlement_sources = UNSET
        elif isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = (
                    settlement_sources_type_0_item_data.to_dict()
                )
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        fee_type_override: None | str | Unset
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title
        if title is not UNSET:
            field_dict["title"] = title
        if collateral_return_type is not UNSET:
            field_dict["collateral_return_type"] = collateral_return_type
        if mutually_exclusive is not UNSET:
            field_dict["mutually_exclusive"] = mutually_exclusive
        if category is not UNSET:
            field_dict["category"] = category
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period
        if markets is not UNSET:
            field_dict["markets"] = markets
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override
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
            event_data = cls.__new__(cls)
            event_data._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return event_data
        d = dict(src_dict)
        from ..models.event_data_product_metadata_type_0 import (
            EventDataProductMetadataType0,  # noqa: PLC0415
        )
        from ..models.market import Market  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"EventData.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        series_ticker = d.get("series_ticker", UNSET)
        if not isinstance(series_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"EventData.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        sub_title = d.get("sub_title", UNSET)
        if not isinstance(sub_title, (str, Unset, NoneType)):
            raise TypeError(
                f"EventData.sub_title: expected str, got {type(sub_title).__name__}"
            )

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(
                f"EventData.title: expected str, got {type(title).__name__}"
            )

        collateral_return_type = d.get("collateral_return_type", UNSET)
        if not isinstance(collateral_return_type, (str, Unset, NoneType)):
            raise TypeError(
                f"EventData.collateral_return_type: expected str, got {type(collateral_return_type).__name__}"
            )

        mutually_exclusive = d.get("mutually_exclusive", UNSET)
        if not isinstance(mutually_exclusive, (bool, Unset, NoneType)):
            raise TypeError(
                f"EventData.mutually_exclusive: expected bool, got {type(mutually_exclusive).__name__}"
            )

        category = d.get("category", UNSET)
        if not isinstance(category, (str, Unset, NoneType)):
            raise TypeError(
                f"EventData.category: expected str, got {type(category).__name__}"
            )

        _strike_date_data = d.get("strike_date", UNSET)
        strike_date: datetime.datetime | None | Unset
        if _strike_date_data is None or isinstance(_strike_date_data, Unset):
            strike_date = _strike_date_data
        elif isinstance(_strike_date_data, str):
            strike_date_type_0 = datetime.datetime.fromisoformat(_strike_date_data)

            strike_date = strike_date_type_0
        else:
            raise TypeError(
                f"strike_date: unexpected JSON type {type(_strike_date_data).__name__}"
            )

        _strike_period_data = d.get("strike_period", UNSET)
        strike_period: None | str | Unset
        if _strike_period_data is None or isinstance(_strike_period_data, Unset):
            strike_period = _strike_period_data
        elif not isinstance(_strike_period_data, (str,)):
            raise TypeError(
                f"strike_period: expected str, got {type(_strike_period_data).__name__}"
            )
        else:
            strike_period = cast(None | str | Unset, _strike_period_data)

        _markets_data = d.get("markets", UNSET)
        markets: list[Market] | None | Unset
        if _markets_data is None or isinstance(_markets_data, Unset):
            markets = _markets_data
        elif isinstance(_markets_data, list):
            markets_type_0 = []
            _markets_type_0 = _markets_data
            for markets_type_0_item_data in _markets_type_0:
                markets_type_0_item = Market.from_dict(
                    lazy=lazily, src_dict=markets_type_0_item_data
                )

                markets_type_0.append(markets_type_0_item)

            markets = markets_type_0
        else:
            raise TypeError(
                f"markets: unexpected JSON type {type(_markets_data).__name__}"
            )

        _product_metadata_data = d.get("product_metadata", UNSET)
        product_metadata: EventDataProductMetadataType0 | None | Unset
        if _product_metadata_data is None or isinstance(_product_metadata_data, Unset):
            product_metadata = _product_metadata_data
        elif isinstance(_product_metadata_data, dict):
            product_metadata_type_0 = EventDataProductMetadataType0.from_dict(
                lazy=lazily, src_dict=_product_metadata_data
            )

            product_metadata = product_metadata_type_0
        else:
            raise TypeError(
                f"product_metadata: unexpected JSON type {type(_product_metadata_data).__name__}"
            )

        _settlement_sources_data = d.get("settlement_sources", UNSET)
        settlement_sources: list[SettlementSource] | None | Unset
        if _settlement_sources_data is None or isinstance(
            _settlement_sources_data, Unset
        ):
            settlement_sources = _settlement_sources_data
        elif isinstance(_settlement_sources_data, list):
            settlement_sources_type_0 = []
            _settlement_sources_type_0 = _settlement_sources_data
            for settlement_sources_type_0_item_data in _settlement_sources_type_0:
                settlement_sources_type_0_item = SettlementSource.from_dict(
                    lazy=lazily, src_dict=settlement_sources_type_0_item_data
                )

                settlement_sources_type_0.append(settlement_sources_type_0_item)

            settlement_sources = settlement_sources_type_0
        else:
            raise TypeError(
                f"settlement_sources: unexpected JSON type {type(_settlement_sources_data).__name__}"
            )

        _last_updated_ts = d.get("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        _fee_type_override_data = d.get("fee_type_override", UNSET)
        fee_type_override: None | str | Unset
        if _fee_type_override_data is None or isinstance(
            _fee_type_override_data, Unset
        ):
            fee_type_override = _fee_type_override_data
        elif not isinstance(_fee_type_override_data, (str,)):
            raise TypeError(
                f"fee_type_override: expected str, got {type(_fee_type_override_data).__name__}"
            )
        else:
            fee_type_override = cast(None | str | Unset, _fee_type_override_data)

        _fee_multiplier_override_data = d.get("fee_multiplier_override", UNSET)
        fee_multiplier_override: float | None | Unset
        if _fee_multiplier_override_data is None or isinstance(
            _fee_multiplier_override_data, Unset
        ):
            fee_multiplier_override = _fee_multiplier_override_data
        elif not isinstance(
            _fee_multiplier_override_data,
            (
                int,
                float,
            ),
        ) or isinstance(_fee_multiplier_override_data, bool):
            raise TypeError(
                f"fee_multiplier_override: expected float, got {type(_fee_multiplier_override_data).__name__}"
            )
        else:
            fee_multiplier_override = cast(
                float | None | Unset, _fee_multiplier_override_data
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"EventData.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        event_data = cls(
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            sub_title=sub_title,
            title=title,
            collateral_return_type=collateral_return_type,
            mutually_exclusive=mutually_exclusive,
            category=category,
            strike_date=strike_date,
            strike_period=strike_period,
            markets=markets,
            product_metadata=product_metadata,
            settlement_sources=settlement_sources,
            last_updated_ts=last_updated_ts,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
            exchange_index=exchange_index,
        )
        event_data.additional_properties = _load_additional_properties(d, False)
        return event_data

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
                raise MalformedField(f"EventData.{name}: {error!r}") from error
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
        return f"EventData({', '.join(shown)})"

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


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"EventData.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_series_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    series_ticker = d.get("series_ticker", UNSET)
    if not isinstance(series_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"EventData.series_ticker: expected str, got {type(series_ticker).__name__}"
        )

    return series_ticker


def _load_sub_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    sub_title = d.get("sub_title", UNSET)
    if not isinstance(sub_title, (str, Unset, NoneType)):
        raise TypeError(
            f"EventData.sub_title: expected str, got {type(sub_title).__name__}"
        )

    return sub_title


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(f"EventData.title: expected str, got {type(title).__name__}")

    return title


def _load_collateral_return_type(d: dict[str, Any], lazily: bool) -> str | Unset:
    collateral_return_type = d.get("collateral_return_type", UNSET)
    if not isinstance(collateral_return_type, (str, Unset, NoneType)):
        raise TypeError(
            f"EventData.collateral_return_type: expected str, got {type(collateral_return_type).__name__}"
        )

    return collateral_return_type


def _load_mutually_exclusive(d: dict[str, Any], lazily: bool) -> bool | Unset:
    mutually_exclusive = d.get("mutually_exclusive", UNSET)
    if not isinstance(mutually_exclusive, (bool, Unset, NoneType)):
        raise TypeError(
            f"EventData.mutually_exclusive: expected bool, got {type(mutually_exclusive).__name__}"
        )

    return mutually_exclusive


def _load_category(d: dict[str, Any], lazily: bool) -> str | Unset:
    category = d.get("category", UNSET)
    if not isinstance(category, (str, Unset, NoneType)):
        raise TypeError(
            f"EventData.category: expected str, got {type(category).__name__}"
        )

    return category


def _load_strike_date(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _strike_date_data = d.get("strike_date", UNSET)
    strike_date: datetime.datetime | None | Unset
    if _strike_date_data is None or isinstance(_strike_date_data, Unset):
        strike_date = _strike_date_data
    elif isinstance(_strike_date_data, str):
        strike_date_type_0 = datetime.datetime.fromisoformat(_strike_date_data)

        strike_date = strike_date_type_0
    else:
        raise TypeError(
            f"strike_date: unexpected JSON type {type(_strike_date_data).__name__}"
        )

    return strike_date


def _load_strike_period(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _strike_period_data = d.get("strike_period", UNSET)
    strike_period: None | str | Unset
    if _strike_period_data is None or isinstance(_strike_period_data, Unset):
        strike_period = _strike_period_data
    elif not isinstance(_strike_period_data, (str,)):
        raise TypeError(
            f"strike_period: expected str, got {type(_strike_period_data).__name__}"
        )
    else:
        strike_period = cast(None | str | Unset, _strike_period_data)

    return strike_period


def _load_markets(d: dict[str, Any], lazily: bool) -> list[Market] | None | Unset:
    from ..models.market import Market  # noqa: PLC0415

    _markets_data = d.get("markets", UNSET)
    markets: list[Market] | None | Unset
    if _markets_data is None or isinstance(_markets_data, Unset):
        markets = _markets_data
    elif isinstance(_markets_data, list):
        markets_type_0 = []
        _markets_type_0 = _markets_data
        for markets_type_0_item_data in _markets_type_0:
            markets_type_0_item = Market.from_dict(
                lazy=lazily, src_dict=markets_type_0_item_data
            )

            markets_type_0.append(markets_type_0_item)

        markets = markets_type_0
    else:
        raise TypeError(f"markets: unexpected JSON type {type(_markets_data).__name__}")

    return markets


def _load_product_metadata(
    d: dict[str, Any], lazily: bool
) -> EventDataProductMetadataType0 | None | Unset:
    from ..models.event_data_product_metadata_type_0 import (
        EventDataProductMetadataType0,  # noqa: PLC0415
    )

    _product_metadata_data = d.get("product_metadata", UNSET)
    product_metadata: EventDataProductMetadataType0 | None | Unset
    if _product_metadata_data is None or isinstance(_product_metadata_data, Unset):
        product_metadata = _product_metadata_data
    elif isinstance(_product_metadata_data, dict):
        product_metadata_type_0 = EventDataProductMetadataType0.from_dict(
            lazy=lazily, src_dict=_product_metadata_data
        )

        product_metadata = product_metadata_type_0
    else:
        raise TypeError(
            f"product_metadata: unexpected JSON type {type(_product_metadata_data).__name__}"
        )

    return product_metadata


def _load_settlement_sources(
    d: dict[str, Any], lazily: bool
) -> list[SettlementSource] | None | Unset:
    from ..models.settlement_source import SettlementSource  # noqa: PLC0415

    _settlement_sources_data = d.get("settlement_sources", UNSET)
    settlement_sources: list[SettlementSource] | None | Unset
    if _settlement_sources_data is None or isinstance(_settlement_sources_data, Unset):
        settlement_sources = _settlement_sources_data
    elif isinstance(_settlement_sources_data, list):
        settlement_sources_type_0 = []
        _settlement_sources_type_0 = _settlement_sources_data
        for settlement_sources_type_0_item_data in _settlement_sources_type_0:
            settlement_sources_type_0_item = SettlementSource.from_dict(
                lazy=lazily, src_dict=settlement_sources_type_0_item_data
            )

            settlement_sources_type_0.append(settlement_sources_type_0_item)

        settlement_sources = settlement_sources_type_0
    else:
        raise TypeError(
            f"settlement_sources: unexpected JSON type {type(_settlement_sources_data).__name__}"
        )

    return settlement_sources


def _load_last_updated_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _last_updated_ts = d.get("last_updated_ts", UNSET)
    last_updated_ts: datetime.datetime | Unset
    if isinstance(_last_updated_ts, Unset):
        last_updated_ts = UNSET
    else:
        last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

    return last_updated_ts


def _load_fee_type_override(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _fee_type_override_data = d.get("fee_type_override", UNSET)
    fee_type_override: None | str | Unset
    if _fee_type_override_data is None or isinstance(_fee_type_override_data, Unset):
        fee_type_override = _fee_type_override_data
    elif not isinstance(_fee_type_override_data, (str,)):
        raise TypeError(
            f"fee_type_override: expected str, got {type(_fee_type_override_data).__name__}"
        )
    else:
        fee_type_override = cast(None | str | Unset, _fee_type_override_data)

    return fee_type_override


def _load_fee_multiplier_override(
    d: dict[str, Any], lazily: bool
) -> float | None | Unset:
    _fee_multiplier_override_data = d.get("fee_multiplier_override", UNSET)
    fee_multiplier_override: float | None | Unset
    if _fee_multiplier_override_data is None or isinstance(
        _fee_multiplier_override_data, Unset
    ):
        fee_multiplier_override = _fee_multiplier_override_data
    elif not isinstance(
        _fee_multiplier_override_data,
        (
            int,
            float,
        ),
    ) or isinstance(_fee_multiplier_override_data, bool):
        raise TypeError(
            f"fee_multiplier_override: expected float, got {type(_fee_multiplier_override_data).__name__}"
        )
    else:
        fee_multiplier_override = cast(
            float | None | Unset, _fee_multiplier_override_data
        )

    return fee_multiplier_override


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"EventData.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "event_ticker",
        "series_ticker",
        "sub_title",
        "title",
        "collateral_return_type",
        "mutually_exclusive",
        "category",
        "strike_date",
        "strike_period",
        "markets",
        "product_metadata",
        "settlement_sources",
        "last_updated_ts",
        "fee_type_override",
        "fee_multiplier_override",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_ticker": _load_event_ticker,
    "series_ticker": _load_series_ticker,
    "sub_title": _load_sub_title,
    "title": _load_title,
    "collateral_return_type": _load_collateral_return_type,
    "mutually_exclusive": _load_mutually_exclusive,
    "category": _load_category,
    "strike_date": _load_strike_date,
    "strike_period": _load_strike_period,
    "markets": _load_markets,
    "product_metadata": _load_product_metadata,
    "settlement_sources": _load_settlement_sources,
    "last_updated_ts": _load_last_updated_ts,
    "fee_type_override": _load_fee_type_override,
    "fee_multiplier_override": _load_fee_multiplier_override,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_ticker",
    "series_ticker",
    "sub_title",
    "title",
    "collateral_return_type",
    "mutually_exclusive",
    "category",
    "strike_date",
    "strike_period",
    "markets",
    "product_metadata",
    "settlement_sources",
    "last_updated_ts",
    "fee_type_override",
    "fee_multiplier_override",
    "exchange_index",
    "additional_properties",
)
