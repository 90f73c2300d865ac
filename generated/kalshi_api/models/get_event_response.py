from __future__ import annotations

from collections.abc import Callable, Mapping
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
    from ..models.event_data import EventData
    from ..models.market import Market


T = TypeVar("T", bound="GetEventResponse")


@_attrs_define
class GetEventResponse:
    """
    Attributes:
        event (EventData | Unset):
        markets (list[Market] | None | Unset):
    """

    event: EventData | Unset = UNSET
    markets: list[Market] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if markets is not UNSET:
            field_dict["markets"] = markets

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
            get_event_response = cls.__new__(cls)
            get_event_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_event_response
        d = dict(src_dict)
        from ..models.event_data import EventData  # noqa: PLC0415
        from ..models.market import Market  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _event = d.get("event", UNSET)
        event: EventData | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = EventData.from_dict(lazy=lazily, src_dict=_event)

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

        get_event_response = cls(
            event=event,
            markets=markets,
        )
        get_event_response.additional_properties = _load_additional_properties(d, False)
        return get_event_response

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
                raise MalformedField(f"GetEventResponse.{name}: {error!r}") from error
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
        return f"GetEventResponse({', '.join(shown)})"

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


def _load_event(d: dict[str, Any], lazily: bool) -> EventData | Unset:
    from ..models.event_data import EventData  # noqa: PLC0415

    _event = d.get("event", UNSET)
    event: EventData | Unset
    if isinstance(_event, Unset):
        event = UNSET
    else:
        event = EventData.from_dict(lazy=lazily, src_dict=_event)

    return event


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


_FIELDS = frozenset(
    {
        "event",
        "markets",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event": _load_event,
    "markets": _load_markets,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event",
    "markets",
    "additional_properties",
)
