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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.fee_type import FeeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """
    Attributes:
        ticker (str | Unset):
        frequency (str | Unset):
        title (str | Unset):
        category (str | Unset):
        categories (list[str] | None | Unset):
        tags (list[str] | None | Unset):
        settlement_sources (list[SettlementSource] | None | Unset):
        contract_url (str | Unset):
        contract_terms_url (str | Unset):
        product_metadata (None | SeriesProductMetadataType0 | Unset):
        fee_type (FeeType | Unset):
        fee_multiplier (float | Unset):
        additional_prohibitions (list[str] | None | Unset):
        volume_fp (str | Unset):
        last_updated_ts (datetime.datetime | Unset):
        exchange_index (int | Unset):
    """

    ticker: str | Unset = UNSET
    frequency: str | Unset = UNSET
    title: str | Unset = UNSET
    category: str | Unset = UNSET
    categories: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    settlement_sources: list[SettlementSource] | None | Unset = UNSET
    contract_url: str | Unset = UNSET
    contract_terms_url: str | Unset = UNSET
    product_metadata: None | SeriesProductMetadataType0 | Unset = UNSET
    fee_type: (
        FeeType
        | Literal[
            "quadratic",
            "quadratic_with_maker_fees",
            "quadratic_with_combo_maker_fees",
            "flat",
        ]
        | Unset
    ) = UNSET
    fee_multiplier: float | Unset = UNSET
    additional_prohibitions: list[str] | None | Unset = UNSET
    volume_fp: str | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0  # noqa: PLC0415

        ticker = self.ticker

        frequency = self.frequency

        title = self.title

        category = self.category

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        contract_url = self.contract_url

        contract_terms_url = self.contract_terms_url

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, SeriesProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = FeeType.of(self.fee_type).value

        fee_multiplier = self.fee_multiplier

        additional_prohibitions: list[str] | None | Unset
        if isinstance(self.additional_prohibitions, Unset):
            additional_prohibitions = UNSET
        elif isinstance(self.additional_prohibitions, list):
            additional_prohibitions = self.additional_prohibitions

        else:
            additional_prohibitions = self.additional_prohibitions

        volume_fp = self.volume_fp

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if contract_url is not UNSET:
            field_dict["contract_url"] = contract_url
        if contract_terms_url is not UNSET:
            field_dict["contract_terms_url"] = contract_terms_url
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_multiplier is not UNSET:
            field_dict["fee_multiplier"] = fee_multiplier
        if additional_prohibitions is not UNSET:
            field_dict["additional_prohibitions"] = additional_prohibitions
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
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
            series = cls.__new__(cls)
            series._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return series
        d = dict(src_dict)
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0  # noqa: PLC0415
        from ..models.settlement_source import SettlementSource  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(f"Series.ticker: expected str, got {type(ticker).__name__}")

        frequency = d.get("frequency", UNSET)
        if not isinstance(frequency, (str, Unset, NoneType)):
            raise TypeError(
                f"Series.frequency: expected str, got {type(frequency).__name__}"
            )

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(f"Series.title: expected str, got {type(title).__name__}")

        category = d.get("category", UNSET)
        if not isinstance(category, (str, Unset, NoneType)):
            raise TypeError(
                f"Series.category: expected str, got {type(category).__name__}"
            )

        _categories_data = d.get("categories", UNSET)
        categories: list[str] | None | Unset
        if _categories_data is None or isinstance(_categories_data, Unset):
            categories = _categories_data
        elif isinstance(_categories_data, list):
            categories_type_0 = cast(list[str], _categories_data)

            categories = categories_type_0
        else:
            raise TypeError(
                f"categories: unexpected JSON type {type(_categories_data).__name__}"
            )

        _tags_data = d.get("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags_data is None or isinstance(_tags_data, Unset):
            tags = _tags_data
        elif isinstance(_tags_data, list):
            tags_type_0 = cast(list[str], _tags_data)

            tags = tags_type_0
        else:
            raise TypeError(f"tags: unexpected JSON type {type(_tags_data).__name__}")

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

        contract_url = d.get("contract_url", UNSET)
        if not isinstance(contract_url, (str, Unset, NoneType)):
            raise TypeError(
                f"Series.contract_url: expected str, got {type(contract_url).__name__}"
            )

        contract_terms_url = d.get("contract_terms_url", UNSET)
        if not isinstance(contract_terms_url, (str, Unset, NoneType)):
            raise TypeError(
                f"Series.contract_terms_url: expected str, got {type(contract_terms_url).__name__}"
            )

        _product_metadata_data = d.get("product_metadata", UNSET)
        product_metadata: None | SeriesProductMetadataType0 | Unset
        if _product_metadata_data is None or isinstance(_product_metadata_data, Unset):
            product_metadata = _product_metadata_data
        elif isinstance(_product_metadata_data, dict):
            product_metadata_type_0 = SeriesProductMetadataType0.from_dict(
                lazy=lazily, src_dict=_product_metadata_data
            )

            product_metadata = product_metadata_type_0
        else:
            raise TypeError(
                f"product_metadata: unexpected JSON type {type(_product_metadata_data).__name__}"
            )

        _fee_type = d.get("fee_type", UNSET)
        fee_type: FeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = FeeType._value2member_map_.get(_raw := _fee_type) or FeeType(
                _raw
            )

        fee_multiplier = d.get("fee_multiplier", UNSET)
        if not isinstance(fee_multiplier, (int, float, Unset, NoneType)) or isinstance(
            fee_multiplier, bool
        ):
            raise TypeError(
                f"Series.fee_multiplier: expected float, got {type(fee_multiplier).__name__}"
            )

        _additional_prohibitions_data = d.get("additional_prohibitions", UNSET)
        additional_prohibitions: list[str] | None | Unset
        if _additional_prohibitions_data is None or isinstance(
            _additional_prohibitions_data, Unset
        ):
            additional_prohibitions = _additional_prohibitions_data
        elif isinstance(_additional_prohibitions_data, list):
            additional_prohibitions_type_0 = cast(
                list[str], _additional_prohibitions_data
            )

            additional_prohibitions = additional_prohibitions_type_0
        else:
            raise TypeError(
                f"additional_prohibitions: unexpected JSON type {type(_additional_prohibitions_data).__name__}"
            )

        volume_fp = d.get("volume_fp", UNSET)
        if not isinstance(volume_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Series.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        _last_updated_ts = d.get("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"Series.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        series = cls(
            ticker=ticker,
            frequency=frequency,
            title=title,
            category=category,
            categories=categories,
            tags=tags,
            settlement_sources=settlement_sources,
            contract_url=contract_url,
            contract_terms_url=contract_terms_url,
            product_metadata=product_metadata,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            additional_prohibitions=additional_prohibitions,
            volume_fp=volume_fp,
            last_updated_ts=last_updated_ts,
            exchange_index=exchange_index,
        )
        series.additional_properties = _load_additional_properties(d, False)
        return series

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
                raise MalformedField(f"Series.{name}: {error!r}") from error
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
        return f"Series({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "volume_fp": 1,
    }

    def decimal(self, name: Literal["volume_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"Series.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"Series.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"Series.{name} is {value!r}, not a finite number")
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


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(f"Series.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_frequency(d: dict[str, Any], lazily: bool) -> str | Unset:
    frequency = d.get("frequency", UNSET)
    if not isinstance(frequency, (str, Unset, NoneType)):
        raise TypeError(
            f"Series.frequency: expected str, got {type(frequency).__name__}"
        )

    return frequency


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(f"Series.title: expected str, got {type(title).__name__}")

    return title


def _load_category(d: dict[str, Any], lazily: bool) -> str | Unset:
    category = d.get("category", UNSET)
    if not isinstance(category, (str, Unset, NoneType)):
        raise TypeError(f"Series.category: expected str, got {type(category).__name__}")

    return category


def _load_categories(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _categories_data = d.get("categories", UNSET)
    categories: list[str] | None | Unset
    if _categories_data is None or isinstance(_categories_data, Unset):
        categories = _categories_data
    elif isinstance(_categories_data, list):
        categories_type_0 = cast(list[str], _categories_data)

        categories = categories_type_0
    else:
        raise TypeError(
            f"categories: unexpected JSON type {type(_categories_data).__name__}"
        )

    return categories


def _load_tags(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _tags_data = d.get("tags", UNSET)
    tags: list[str] | None | Unset
    if _tags_data is None or isinstance(_tags_data, Unset):
        tags = _tags_data
    elif isinstance(_tags_data, list):
        tags_type_0 = cast(list[str], _tags_data)

        tags = tags_type_0
    else:
        raise TypeError(f"tags: unexpected JSON type {type(_tags_data).__name__}")

    return tags


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


def _load_contract_url(d: dict[str, Any], lazily: bool) -> str | Unset:
    contract_url = d.get("contract_url", UNSET)
    if not isinstance(contract_url, (str, Unset, NoneType)):
        raise TypeError(
            f"Series.contract_url: expected str, got {type(contract_url).__name__}"
        )

    return contract_url


def _load_contract_terms_url(d: dict[str, Any], lazily: bool) -> str | Unset:
    contract_terms_url = d.get("contract_terms_url", UNSET)
    if not isinstance(contract_terms_url, (str, Unset, NoneType)):
        raise TypeError(
            f"Series.contract_terms_url: expected str, got {type(contract_terms_url).__name__}"
        )

    return contract_terms_url


def _load_product_metadata(
    d: dict[str, Any], lazily: bool
) -> None | SeriesProductMetadataType0 | Unset:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0  # noqa: PLC0415

    _product_metadata_data = d.get("product_metadata", UNSET)
    product_metadata: None | SeriesProductMetadataType0 | Unset
    if _product_metadata_data is None or isinstance(_product_metadata_data, Unset):
        product_metadata = _product_metadata_data
    elif isinstance(_product_metadata_data, dict):
        product_metadata_type_0 = SeriesProductMetadataType0.from_dict(
            lazy=lazily, src_dict=_product_metadata_data
        )

        product_metadata = product_metadata_type_0
    else:
        raise TypeError(
            f"product_metadata: unexpected JSON type {type(_product_metadata_data).__name__}"
        )

    return product_metadata


def _load_fee_type(d: dict[str, Any], lazily: bool) -> FeeType | Unset:
    _fee_type = d.get("fee_type", UNSET)
    fee_type: FeeType | Unset
    if isinstance(_fee_type, Unset):
        fee_type = UNSET
    else:
        fee_type = FeeType._value2member_map_.get(_raw := _fee_type) or FeeType(_raw)

    return fee_type


def _load_fee_multiplier(d: dict[str, Any], lazily: bool) -> float | Unset:
    fee_multiplier = d.get("fee_multiplier", UNSET)
    if not isinstance(fee_multiplier, (int, float, Unset, NoneType)) or isinstance(
        fee_multiplier, bool
    ):
        raise TypeError(
            f"Series.fee_multiplier: expected float, got {type(fee_multiplier).__name__}"
        )

    return fee_multiplier


def _load_additional_prohibitions(
    d: dict[str, Any], lazily: bool
) -> list[str] | None | Unset:
    _additional_prohibitions_data = d.get("additional_prohibitions", UNSET)
    additional_prohibitions: list[str] | None | Unset
    if _additional_prohibitions_data is None or isinstance(
        _additional_prohibitions_data, Unset
    ):
        additional_prohibitions = _additional_prohibitions_data
    elif isinstance(_additional_prohibitions_data, list):
        additional_prohibitions_type_0 = cast(list[str], _additional_prohibitions_data)

        additional_prohibitions = additional_prohibitions_type_0
    else:
        raise TypeError(
            f"additional_prohibitions: unexpected JSON type {type(_additional_prohibitions_data).__name__}"
        )

    return additional_prohibitions


def _load_volume_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    volume_fp = d.get("volume_fp", UNSET)
    if not isinstance(volume_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Series.volume_fp: expected str, got {type(volume_fp).__name__}"
        )

    return volume_fp


def _load_last_updated_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _last_updated_ts = d.get("last_updated_ts", UNSET)
    last_updated_ts: datetime.datetime | Unset
    if isinstance(_last_updated_ts, Unset):
        last_updated_ts = UNSET
    else:
        last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

    return last_updated_ts


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"Series.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "ticker",
        "frequency",
        "title",
        "category",
        "categories",
        "tags",
        "settlement_sources",
        "contract_url",
        "contract_terms_url",
        "product_metadata",
        "fee_type",
        "fee_multiplier",
        "additional_prohibitions",
        "volume_fp",
        "last_updated_ts",
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
    "frequency": _load_frequency,
    "title": _load_title,
    "category": _load_category,
    "categories": _load_categories,
    "tags": _load_tags,
    "settlement_sources": _load_settlement_sources,
    "contract_url": _load_contract_url,
    "contract_terms_url": _load_contract_terms_url,
    "product_metadata": _load_product_metadata,
    "fee_type": _load_fee_type,
    "fee_multiplier": _load_fee_multiplier,
    "additional_prohibitions": _load_additional_prohibitions,
    "volume_fp": _load_volume_fp,
    "last_updated_ts": _load_last_updated_ts,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "frequency",
    "title",
    "category",
    "categories",
    "tags",
    "settlement_sources",
    "contract_url",
    "contract_terms_url",
    "product_metadata",
    "fee_type",
    "fee_multiplier",
    "additional_prohibitions",
    "volume_fp",
    "last_updated_ts",
    "exchange_index",
    "additional_properties",
)
