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
    from ..models.associated_event import AssociatedEvent


T = TypeVar("T", bound="MultivariateEventCollection")


@_attrs_define
class MultivariateEventCollection:
    """
    Attributes:
        collection_ticker (str | Unset):
        series_ticker (str | Unset):
        exchange_index (int | Unset):
        title (str | Unset):
        description (str | Unset):
        open_date (datetime.datetime | Unset):
        close_date (datetime.datetime | Unset):
        associated_events (list[AssociatedEvent] | None | Unset):
        associated_event_tickers (list[str] | None | Unset):
        is_ordered (bool | Unset):
        is_single_market_per_event (bool | Unset):
        is_all_yes (bool | Unset):
        size_min (int | Unset):
        size_max (int | Unset):
        functional_description (str | Unset):
    """

    collection_ticker: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    open_date: datetime.datetime | Unset = UNSET
    close_date: datetime.datetime | Unset = UNSET
    associated_events: list[AssociatedEvent] | None | Unset = UNSET
    associated_event_tickers: list[str] | None | Unset = UNSET
    is_ordered: bool | Unset = UNSET
    is_single_market_per_event: bool | Unset = UNSET
    is_all_yes: bool | Unset = UNSET
    size_min: int | Unset = UNSET
    size_max: int | Unset = UNSET
    functional_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        collection_ticker = self.collection_ticker

        series_ticker = self.series_ticker

        exchange_index = self.exchange_index

        title = self.title

        description = self.description

        open_date: str | Unset = UNSET
        if not isinstance(self.open_date, Unset):
            open_date = self.open_date.isoformat()

        close_date: str | Unset = UNSET
        if not isinstance(self.close_date, Unset):
            close_date = self.close_date.isoformat()

        associated_events: list[dict[str, Any]] | None | Unset
        if isinstance(self.associated_events, Unset):
            associated_events = UNSET
        elif isinstance(self.associated_events, list):
            associated_events = []
            for associated_events_type_0_item_data in self.associated_events:
                associated_events_type_0_item = (
                    associated_events_type_0_item_data.to_dict()
                )
                associated_events.append(associated_events_type_0_item)

        else:
            associated_events = self.associated_events

        associated_event_tickers: list[str] | None | Unset
        if isinstance(self.associated_event_tickers, Unset):
            associated_event_tickers = UNSET
        elif isinstance(self.associated_event_tickers, list):
            associated_event_tickers = self.associated_event_tickers

        else:
            associated_event_tickers = self.associated_event_tickers

        is_ordered = self.is_ordered

        is_single_market_per_event = self.is_single_market_per_event

        is_all_yes = self.is_all_yes

        size_min = self.size_min

        size_max = self.size_max

        functional_description = self.functional_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_ticker is not UNSET:
            field_dict["collection_ticker"] = collection_ticker
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if open_date is not UNSET:
            field_dict["open_date"] = open_date
        if close_date is not UNSET:
            field_dict["close_date"] = close_date
        if associated_events is not UNSET:
            field_dict["associated_events"] = associated_events
        if associated_event_tickers is not UNSET:
            field_dict["associated_event_tickers"] = associated_event_tickers
        if is_ordered is not UNSET:
            field_dict["is_ordered"] = is_ordered
        if is_single_market_per_event is not UNSET:
            field_dict["is_single_market_per_event"] = is_single_market_per_event
        if is_all_yes is not UNSET:
            field_dict["is_all_yes"] = is_all_yes
        if size_min is not UNSET:
            field_dict["size_min"] = size_min
        if size_max is not UNSET:
            field_dict["size_max"] = size_max
        if functional_description is not UNSET:
            field_dict["functional_description"] = functional_description

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
            multivariate_event_collection = cls.__new__(cls)
            multivariate_event_collection._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return multivariate_event_collection
        d = dict(src_dict)
        from ..models.associated_event import AssociatedEvent  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        collection_ticker = d.get("collection_ticker", UNSET)
        if not isinstance(collection_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.collection_ticker: expected str, got {type(collection_ticker).__name__}"
            )

        series_ticker = d.get("series_ticker", UNSET)
        if not isinstance(series_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"MultivariateEventCollection.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.title: expected str, got {type(title).__name__}"
            )

        description = d.get("description", UNSET)
        if not isinstance(description, (str, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.description: expected str, got {type(description).__name__}"
            )

        _open_date = d.get("open_date", UNSET)
        open_date: datetime.datetime | Unset
        if isinstance(_open_date, Unset):
            open_date = UNSET
        else:
            open_date = datetime.datetime.fromisoformat(_open_date)

        _close_date = d.get("close_date", UNSET)
        close_date: datetime.datetime | Unset
        if isinstance(_close_date, Unset):
            close_date = UNSET
        else:
            close_date = datetime.datetime.fromisoformat(_close_date)

        _associated_events_data = d.get("associated_events", UNSET)
        associated_events: list[AssociatedEvent] | None | Unset
        if _associated_events_data is None or isinstance(
            _associated_events_data, Unset
        ):
            associated_events = _associated_events_data
        elif isinstance(_associated_events_data, list):
            associated_events_type_0 = []
            _associated_events_type_0 = _associated_events_data
            for associated_events_type_0_item_data in _associated_events_type_0:
                associated_events_type_0_item = AssociatedEvent.from_dict(
                    lazy=lazily, src_dict=associated_events_type_0_item_data
                )

                associated_events_type_0.append(associated_events_type_0_item)

            associated_events = associated_events_type_0
        else:
            raise TypeError(
                f"associated_events: unexpected JSON type {type(_associated_events_data).__name__}"
            )

        _associated_event_tickers_data = d.get("associated_event_tickers", UNSET)
        associated_event_tickers: list[str] | None | Unset
        if _associated_event_tickers_data is None or isinstance(
            _associated_event_tickers_data, Unset
        ):
            associated_event_tickers = _associated_event_tickers_data
        elif isinstance(_associated_event_tickers_data, list):
            associated_event_tickers_type_0 = cast(
                list[str], _associated_event_tickers_data
            )

            associated_event_tickers = associated_event_tickers_type_0
        else:
            raise TypeError(
                f"associated_event_tickers: unexpected JSON type {type(_associated_event_tickers_data).__name__}"
            )

        is_ordered = d.get("is_ordered", UNSET)
        if not isinstance(is_ordered, (bool, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.is_ordered: expected bool, got {type(is_ordered).__name__}"
            )

        is_single_market_per_event = d.get("is_single_market_per_event", UNSET)
        if not isinstance(is_single_market_per_event, (bool, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.is_single_market_per_event: expected bool, got {type(is_single_market_per_event).__name__}"
            )

        is_all_yes = d.get("is_all_yes", UNSET)
        if not isinstance(is_all_yes, (bool, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.is_all_yes: expected bool, got {type(is_all_yes).__name__}"
            )

        size_min = d.get("size_min", UNSET)
        if not isinstance(size_min, (int, Unset, NoneType)) or isinstance(
            size_min, bool
        ):
            raise TypeError(
                f"MultivariateEventCollection.size_min: expected int, got {type(size_min).__name__}"
            )

        size_max = d.get("size_max", UNSET)
        if not isinstance(size_max, (int, Unset, NoneType)) or isinstance(
            size_max, bool
        ):
            raise TypeError(
                f"MultivariateEventCollection.size_max: expected int, got {type(size_max).__name__}"
            )

        functional_description = d.get("functional_description", UNSET)
        if not isinstance(functional_description, (str, Unset, NoneType)):
            raise TypeError(
                f"MultivariateEventCollection.functional_description: expected str, got {type(functional_description).__name__}"
            )

        multivariate_event_collection = cls(
            collection_ticker=collection_ticker,
            series_ticker=series_ticker,
            exchange_index=exchange_index,
            title=title,
            description=description,
            open_date=open_date,
            close_date=close_date,
            associated_events=associated_events,
            associated_event_tickers=associated_event_tickers,
            is_ordered=is_ordered,
            is_single_market_per_event=is_single_market_per_event,
            is_all_yes=is_all_yes,
            size_min=size_min,
            size_max=size_max,
            functional_description=functional_description,
        )
        multivariate_event_collection.additional_properties = (
            _load_additional_properties(d, False)
        )
        return multivariate_event_collection

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
                    f"MultivariateEventCollection.{name}: {error!r}"
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
        return f"MultivariateEventCollection({', '.join(shown)})"

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


def _load_collection_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    collection_ticker = d.get("collection_ticker", UNSET)
    if not isinstance(collection_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.collection_ticker: expected str, got {type(collection_ticker).__name__}"
        )

    return collection_ticker


def _load_series_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    series_ticker = d.get("series_ticker", UNSET)
    if not isinstance(series_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.series_ticker: expected str, got {type(series_ticker).__name__}"
        )

    return series_ticker


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"MultivariateEventCollection.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.title: expected str, got {type(title).__name__}"
        )

    return title


def _load_description(d: dict[str, Any], lazily: bool) -> str | Unset:
    description = d.get("description", UNSET)
    if not isinstance(description, (str, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.description: expected str, got {type(description).__name__}"
        )

    return description


def _load_open_date(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _open_date = d.get("open_date", UNSET)
    open_date: datetime.datetime | Unset
    if isinstance(_open_date, Unset):
        open_date = UNSET
    else:
        open_date = datetime.datetime.fromisoformat(_open_date)

    return open_date


def _load_close_date(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _close_date = d.get("close_date", UNSET)
    close_date: datetime.datetime | Unset
    if isinstance(_close_date, Unset):
        close_date = UNSET
    else:
        close_date = datetime.datetime.fromisoformat(_close_date)

    return close_date


def _load_associated_events(
    d: dict[str, Any], lazily: bool
) -> list[AssociatedEvent] | None | Unset:
    from ..models.associated_event import AssociatedEvent  # noqa: PLC0415

    _associated_events_data = d.get("associated_events", UNSET)
    associated_events: list[AssociatedEvent] | None | Unset
    if _associated_events_data is None or isinstance(_associated_events_data, Unset):
        associated_events = _associated_events_data
    elif isinstance(_associated_events_data, list):
        associated_events_type_0 = []
        _associated_events_type_0 = _associated_events_data
        for associated_events_type_0_item_data in _associated_events_type_0:
            associated_events_type_0_item = AssociatedEvent.from_dict(
                lazy=lazily, src_dict=associated_events_type_0_item_data
            )

            associated_events_type_0.append(associated_events_type_0_item)

        associated_events = associated_events_type_0
    else:
        raise TypeError(
            f"associated_events: unexpected JSON type {type(_associated_events_data).__name__}"
        )

    return associated_events


def _load_associated_event_tickers(
    d: dict[str, Any], lazily: bool
) -> list[str] | None | Unset:
    _associated_event_tickers_data = d.get("associated_event_tickers", UNSET)
    associated_event_tickers: list[str] | None | Unset
    if _associated_event_tickers_data is None or isinstance(
        _associated_event_tickers_data, Unset
    ):
        associated_event_tickers = _associated_event_tickers_data
    elif isinstance(_associated_event_tickers_data, list):
        associated_event_tickers_type_0 = cast(
            list[str], _associated_event_tickers_data
        )

        associated_event_tickers = associated_event_tickers_type_0
    else:
        raise TypeError(
            f"associated_event_tickers: unexpected JSON type {type(_associated_event_tickers_data).__name__}"
        )

    return associated_event_tickers


def _load_is_ordered(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_ordered = d.get("is_ordered", UNSET)
    if not isinstance(is_ordered, (bool, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.is_ordered: expected bool, got {type(is_ordered).__name__}"
        )

    return is_ordered


def _load_is_single_market_per_event(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_single_market_per_event = d.get("is_single_market_per_event", UNSET)
    if not isinstance(is_single_market_per_event, (bool, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.is_single_market_per_event: expected bool, got {type(is_single_market_per_event).__name__}"
        )

    return is_single_market_per_event


def _load_is_all_yes(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_all_yes = d.get("is_all_yes", UNSET)
    if not isinstance(is_all_yes, (bool, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.is_all_yes: expected bool, got {type(is_all_yes).__name__}"
        )

    return is_all_yes


def _load_size_min(d: dict[str, Any], lazily: bool) -> int | Unset:
    size_min = d.get("size_min", UNSET)
    if not isinstance(size_min, (int, Unset, NoneType)) or isinstance(size_min, bool):
        raise TypeError(
            f"MultivariateEventCollection.size_min: expected int, got {type(size_min).__name__}"
        )

    return size_min


def _load_size_max(d: dict[str, Any], lazily: bool) -> int | Unset:
    size_max = d.get("size_max", UNSET)
    if not isinstance(size_max, (int, Unset, NoneType)) or isinstance(size_max, bool):
        raise TypeError(
            f"MultivariateEventCollection.size_max: expected int, got {type(size_max).__name__}"
        )

    return size_max


def _load_functional_description(d: dict[str, Any], lazily: bool) -> str | Unset:
    functional_description = d.get("functional_description", UNSET)
    if not isinstance(functional_description, (str, Unset, NoneType)):
        raise TypeError(
            f"MultivariateEventCollection.functional_description: expected str, got {type(functional_description).__name__}"
        )

    return functional_description


_FIELDS = frozenset(
    {
        "collection_ticker",
        "series_ticker",
        "exchange_index",
        "title",
        "description",
        "open_date",
        "close_date",
        "associated_events",
        "associated_event_tickers",
        "is_ordered",
        "is_single_market_per_event",
        "is_all_yes",
        "size_min",
        "size_max",
        "functional_description",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "collection_ticker": _load_collection_ticker,
    "series_ticker": _load_series_ticker,
    "exchange_index": _load_exchange_index,
    "title": _load_title,
    "description": _load_description,
    "open_date": _load_open_date,
    "close_date": _load_close_date,
    "associated_events": _load_associated_events,
    "associated_event_tickers": _load_associated_event_tickers,
    "is_ordered": _load_is_ordered,
    "is_single_market_per_event": _load_is_single_market_per_event,
    "is_all_yes": _load_is_all_yes,
    "size_min": _load_size_min,
    "size_max": _load_size_max,
    "functional_description": _load_functional_description,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "collection_ticker",
    "series_ticker",
    "exchange_index",
    "title",
    "description",
    "open_date",
    "close_date",
    "associated_events",
    "associated_event_tickers",
    "is_ordered",
    "is_single_market_per_event",
    "is_all_yes",
    "size_min",
    "size_max",
    "functional_description",
    "additional_properties",
)
