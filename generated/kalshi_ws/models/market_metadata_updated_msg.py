from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_metadata_updated_msg_custom_strike import (
            MarketMetadataUpdatedMsgCustomStrike,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: MarketMetadataUpdatedMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = MarketMetadataUpdatedMsgEventType._value2member_map_.get(
                _raw := _event_type
            ) or MarketMetadataUpdatedMsgEventType(_raw)

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        strike_type = d.pop("strike_type", UNSET)
        if not isinstance(strike_type, str | Unset | None):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.strike_type: expected str, got {type(strike_type).__name__}"
            )

        floor_strike = d.pop("floor_strike", UNSET)
        if not isinstance(floor_strike, int | float | Unset | None) or isinstance(
            floor_strike, bool
        ):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.floor_strike: expected float, got {type(floor_strike).__name__}"
            )

        cap_strike = d.pop("cap_strike", UNSET)
        if not isinstance(cap_strike, int | float | Unset | None) or isinstance(
            cap_strike, bool
        ):
            raise TypeError(
                f"MarketMetadataUpdatedMsg.cap_strike: expected float, got {type(cap_strike).__name__}"
            )

        _custom_strike = d.pop("custom_strike", UNSET)
        custom_strike: MarketMetadataUpdatedMsgCustomStrike | Unset
        if isinstance(_custom_strike, Unset):
            custom_strike = UNSET
        else:
            custom_strike = MarketMetadataUpdatedMsgCustomStrike.from_dict(
                _custom_strike
            )

        yes_sub_title = d.pop("yes_sub_title", UNSET)
        if not isinstance(yes_sub_title, str | Unset | None):
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

        market_metadata_updated_msg.additional_properties = d
        return market_metadata_updated_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_type", self.event_type),
            ("market_ticker", self.market_ticker),
            ("strike_type", self.strike_type),
            ("floor_strike", self.floor_strike),
            ("cap_strike", self.cap_strike),
            ("custom_strike", self.custom_strike),
            ("yes_sub_title", self.yes_sub_title),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MarketMetadataUpdatedMsg({shown})"

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
