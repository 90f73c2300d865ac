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
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


T = TypeVar("T", bound="GetPositionsResponse")


@_attrs_define
class GetPositionsResponse:
    """
    Attributes:
        cursor (str | Unset):
        market_positions (list[MarketPosition] | None | Unset):
        event_positions (list[EventPosition] | None | Unset):
    """

    cursor: str | Unset = UNSET
    market_positions: list[MarketPosition] | None | Unset = UNSET
    event_positions: list[EventPosition] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        market_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.market_positions, Unset):
            market_positions = UNSET
        elif isinstance(self.market_positions, list):
            market_positions = []
            for market_positions_type_0_item_data in self.market_positions:
                market_positions_type_0_item = (
                    market_positions_type_0_item_data.to_dict()
                )
                market_positions.append(market_positions_type_0_item)

        else:
            market_positions = self.market_positions

        event_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.event_positions, Unset):
            event_positions = UNSET
        elif isinstance(self.event_positions, list):
            event_positions = []
            for event_positions_type_0_item_data in self.event_positions:
                event_positions_type_0_item = event_positions_type_0_item_data.to_dict()
                event_positions.append(event_positions_type_0_item)

        else:
            event_positions = self.event_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if market_positions is not UNSET:
            field_dict["market_positions"] = market_positions
        if event_positions is not UNSET:
            field_dict["event_positions"] = event_positions

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
            get_positions_response = cls.__new__(cls)
            get_positions_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_positions_response
        d = dict(src_dict)
        from ..models.event_position import EventPosition  # noqa: PLC0415
        from ..models.market_position import MarketPosition  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        cursor = d.get("cursor", UNSET)
        if not isinstance(cursor, (str, Unset, NoneType)):
            raise TypeError(
                f"GetPositionsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        _market_positions_data = d.get("market_positions", UNSET)
        market_positions: list[MarketPosition] | None | Unset
        if _market_positions_data is None or isinstance(_market_positions_data, Unset):
            market_positions = _market_positions_data
        elif isinstance(_market_positions_data, list):
            market_positions_type_0 = []
            _market_positions_type_0 = _market_positions_data
            for market_positions_type_0_item_data in _market_positions_type_0:
                market_positions_type_0_item = MarketPosition.from_dict(
                    lazy=lazily, src_dict=market_positions_type_0_item_data
                )

                market_positions_type_0.append(market_positions_type_0_item)

            market_positions = market_positions_type_0
        else:
            raise TypeError(
                f"market_positions: unexpected JSON type {type(_market_positions_data).__name__}"
            )

        _event_positions_data = d.get("event_positions", UNSET)
        event_positions: list[EventPosition] | None | Unset
        if _event_positions_data is None or isinstance(_event_positions_data, Unset):
            event_positions = _event_positions_data
        elif isinstance(_event_positions_data, list):
            event_positions_type_0 = []
            _event_positions_type_0 = _event_positions_data
            for event_positions_type_0_item_data in _event_positions_type_0:
                event_positions_type_0_item = EventPosition.from_dict(
                    lazy=lazily, src_dict=event_positions_type_0_item_data
                )

                event_positions_type_0.append(event_positions_type_0_item)

            event_positions = event_positions_type_0
        else:
            raise TypeError(
                f"event_positions: unexpected JSON type {type(_event_positions_data).__name__}"
            )

        get_positions_response = cls(
            cursor=cursor,
            market_positions=market_positions,
            event_positions=event_positions,
        )
        get_positions_response.additional_properties = _load_additional_properties(
            d, False
        )
        return get_positions_response

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
                    f"GetPositionsResponse.{name}: {error!r}"
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
        return f"GetPositionsResponse({', '.join(shown)})"

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


def _load_cursor(d: dict[str, Any], lazily: bool) -> str | Unset:
    cursor = d.get("cursor", UNSET)
    if not isinstance(cursor, (str, Unset, NoneType)):
        raise TypeError(
            f"GetPositionsResponse.cursor: expected str, got {type(cursor).__name__}"
        )

    return cursor


def _load_market_positions(
    d: dict[str, Any], lazily: bool
) -> list[MarketPosition] | None | Unset:
    from ..models.market_position import MarketPosition  # noqa: PLC0415

    _market_positions_data = d.get("market_positions", UNSET)
    market_positions: list[MarketPosition] | None | Unset
    if _market_positions_data is None or isinstance(_market_positions_data, Unset):
        market_positions = _market_positions_data
    elif isinstance(_market_positions_data, list):
        market_positions_type_0 = []
        _market_positions_type_0 = _market_positions_data
        for market_positions_type_0_item_data in _market_positions_type_0:
            market_positions_type_0_item = MarketPosition.from_dict(
                lazy=lazily, src_dict=market_positions_type_0_item_data
            )

            market_positions_type_0.append(market_positions_type_0_item)

        market_positions = market_positions_type_0
    else:
        raise TypeError(
            f"market_positions: unexpected JSON type {type(_market_positions_data).__name__}"
        )

    return market_positions


def _load_event_positions(
    d: dict[str, Any], lazily: bool
) -> list[EventPosition] | None | Unset:
    from ..models.event_position import EventPosition  # noqa: PLC0415

    _event_positions_data = d.get("event_positions", UNSET)
    event_positions: list[EventPosition] | None | Unset
    if _event_positions_data is None or isinstance(_event_positions_data, Unset):
        event_positions = _event_positions_data
    elif isinstance(_event_positions_data, list):
        event_positions_type_0 = []
        _event_positions_type_0 = _event_positions_data
        for event_positions_type_0_item_data in _event_positions_type_0:
            event_positions_type_0_item = EventPosition.from_dict(
                lazy=lazily, src_dict=event_positions_type_0_item_data
            )

            event_positions_type_0.append(event_positions_type_0_item)

        event_positions = event_positions_type_0
    else:
        raise TypeError(
            f"event_positions: unexpected JSON type {type(_event_positions_data).__name__}"
        )

    return event_positions


_FIELDS = frozenset(
    {
        "cursor",
        "market_positions",
        "event_positions",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "cursor": _load_cursor,
    "market_positions": _load_market_positions,
    "event_positions": _load_event_positions,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "cursor",
    "market_positions",
    "event_positions",
    "additional_properties",
)
