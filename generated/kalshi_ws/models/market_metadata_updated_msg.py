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
from ..models.market_metadata_updated_msg_event_type import (
    MarketMetadataUpdatedMsgEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_metadata_updated_msg_custom_strike import (
        MarketMetadataUpdatedMsgCustomStrike,
    )


T = TypeVar("T", bound="MarketMetadataUpdatedMsg")


@_attrs_define
class MarketMetadataUpdatedMsg:
    """
    Attributes:
        event_type (MarketMetadataUpdatedMsgEventType | Unset):
        market_ticker (str | Unset):
        strike_type (str | Unset):
        floor_strike (float | Unset):
        cap_strike (float | Unset):
        custom_strike (MarketMetadataUpdatedMsgCustomStrike | Unset):
        yes_sub_title (str | Unset):
    """

    event_type: (
        MarketMetadataUpdatedMsgEventType | Literal["metadata_updated"] | Unset
    ) = UNSET
    market_ticker: str | Unset = UNSET
    strike_type: str | Unset = UNSET
    floor_strike: float | Unset = UNSET
    cap_strike: float | Unset = UNSET
    custom_strike: MarketMetadataUpdatedMsgCustomStrike | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = MarketMetadataUpdatedMsgEventType.of(self.event_type).value

        market_ticker = self.market_ticker

        strike_type = self.strike_type

        floor_strike = self.floor_strike

        cap_strike = self.cap_strike

        custom_strike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_strike, Unset):
            custom_strike = self.custom_strike.to_dict()

        yes_sub_title = self.yes_sub_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title

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
            market_metadata_updated_msg = cls.__new__(cls)
            market_metadata_updated_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_metadata_updated_msg
        d = dict(src_dict)
        from ..models.market_metadata_updated_msg_custom_strike import (
            MarketMetadataUpdatedMsgCustomStrike,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _event_type = d.get("event_type", UNSET)
        event_type: MarketMetadataUpdatedMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = MarketMetadataUpdatedMsgEventType._value2member_map_.get(
                _raw := _event_type
            ) or MarketMetadataUpdatedMsgEventType(_raw)

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        strike_type = d.get("strike_type", UNSET)
        if not isinstance(strike_type, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.strike_type: expected str, got {type(strike_type).__name__}"
            )

        floor_strike = d.get("floor_strike", UNSET)
        if not isinstance(floor_strike, (int, float, Unset, NoneType)) or isinstance(
            floor_strike, bool
        ):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.floor_strike: expected float, got {type(floor_strike).__name__}"
            )

        cap_strike = d.get("cap_strike", UNSET)
        if not isinstance(cap_strike, (int, float, Unset, NoneType)) or isinstance(
            cap_strike, bool
        ):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.cap_strike: expected float, got {type(cap_strike).__name__}"
            )

        _custom_strike = d.get("custom_strike", UNSET)
        custom_strike: MarketMetadataUpdatedMsgCustomStrike | Unset
        if isinstance(_custom_strike, Unset):
            custom_strike = UNSET
        else:
            custom_strike = MarketMetadataUpdatedMsgCustomStrike.from_dict(
                lazy=lazily, src_dict=_custom_strike
            )

        yes_sub_title = d.get("yes_sub_title", UNSET)
        if not isinstance(yes_sub_title, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
            )

        market_metadata_updated_msg = cls(
            event_type=event_type,
            market_ticker=market_ticker,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            custom_strike=custom_strike,
            yes_sub_title=yes_sub_title,
        )
        market_metadata_updated_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return market_metadata_updated_msg

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
                    f"MarketMetadataUpdatedMsg.{name}: {error!r}"
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
        return f"MarketMetadataUpdatedMsg({', '.join(shown)})"

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


def _load_event_type(
    d: dict[str, Any], lazily: bool
) -> MarketMetadataUpdatedMsgEventType | Unset:
    _event_type = d.get("event_type", UNSET)
    event_type: MarketMetadataUpdatedMsgEventType | Unset
    if isinstance(_event_type, Unset):
        event_type = UNSET
    else:
        event_type = MarketMetadataUpdatedMsgEventType._value2member_map_.get(
            _raw := _event_type
        ) or MarketMetadataUpdatedMsgEventType(_raw)

    return event_type


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketMetadataUpdatedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_strike_type(d: dict[str, Any], lazily: bool) -> str | Unset:
    strike_type = d.get("strike_type", UNSET)
    if not isinstance(strike_type, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketMetadataUpdatedMsg.strike_type: expected str, got {type(strike_type).__name__}"
        )

    return strike_type


def _load_floor_strike(d: dict[str, Any], lazily: bool) -> float | Unset:
    floor_strike = d.get("floor_strike", UNSET)
    if not isinstance(floor_strike, (int, float, Unset, NoneType)) or isinstance(
        floor_strike, bool
    ):
        raise TypeError(
            f"MarketMetadataUpdatedMsg.floor_strike: expected float, got {type(floor_strike).__name__}"
        )

    return floor_strike


def _load_cap_strike(d: dict[str, Any], lazily: bool) -> float | Unset:
    cap_strike = d.get("cap_strike", UNSET)
    if not isinstance(cap_strike, (int, float, Unset, NoneType)) or isinstance(
        cap_strike, bool
    ):
        raise TypeError(
            f"MarketMetadataUpdatedMsg.cap_strike: expected float, got {type(cap_strike).__name__}"
        )

    return cap_strike


def _load_custom_strike(
    d: dict[str, Any], lazily: bool
) -> MarketMetadataUpdatedMsgCustomStrike | Unset:
    from ..models.market_metadata_updated_msg_custom_strike import (
        MarketMetadataUpdatedMsgCustomStrike,  # noqa: PLC0415
    )

    _custom_strike = d.get("custom_strike", UNSET)
    custom_strike: MarketMetadataUpdatedMsgCustomStrike | Unset
    if isinstance(_custom_strike, Unset):
        custom_strike = UNSET
    else:
        custom_strike = MarketMetadataUpdatedMsgCustomStrike.from_dict(
            lazy=lazily, src_dict=_custom_strike
        )

    return custom_strike


def _load_yes_sub_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_sub_title = d.get("yes_sub_title", UNSET)
    if not isinstance(yes_sub_title, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketMetadataUpdatedMsg.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
        )

    return yes_sub_title


_FIELDS = frozenset(
    {
        "event_type",
        "market_ticker",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "custom_strike",
        "yes_sub_title",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_type": _load_event_type,
    "market_ticker": _load_market_ticker,
    "strike_type": _load_strike_type,
    "floor_strike": _load_floor_strike,
    "cap_strike": _load_cap_strike,
    "custom_strike": _load_custom_strike,
    "yes_sub_title": _load_yes_sub_title,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_type",
    "market_ticker",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "custom_strike",
    "yes_sub_title",
    "additional_properties",
)
