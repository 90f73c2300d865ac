from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_position import EventPosition  # noqa: PLC0415
        from ..models.market_position import MarketPosition  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetPositionsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        _market_positions_data = d.pop("market_positions", UNSET)
        market_positions: list[MarketPosition] | None | Unset
        if _market_positions_data is None or isinstance(_market_positions_data, Unset):
            market_positions = _market_positions_data
        elif isinstance(_market_positions_data, list):
            market_positions_type_0 = []
            _market_positions_type_0 = _market_positions_data
            for market_positions_type_0_item_data in _market_positions_type_0:
                market_positions_type_0_item = MarketPosition.from_dict(
                    market_positions_type_0_item_data
                )

                market_positions_type_0.append(market_positions_type_0_item)

            market_positions = market_positions_type_0
        else:
            raise TypeError(
                f"market_positions: unexpected JSON type {type(_market_positions_data).__name__}"
            )

        _event_positions_data = d.pop("event_positions", UNSET)
        event_positions: list[EventPosition] | None | Unset
        if _event_positions_data is None or isinstance(_event_positions_data, Unset):
            event_positions = _event_positions_data
        elif isinstance(_event_positions_data, list):
            event_positions_type_0 = []
            _event_positions_type_0 = _event_positions_data
            for event_positions_type_0_item_data in _event_positions_type_0:
                event_positions_type_0_item = EventPosition.from_dict(
                    event_positions_type_0_item_data
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

        get_positions_response.additional_properties = d
        return get_positions_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("cursor", self.cursor),
            ("market_positions", self.market_positions),
            ("event_positions", self.event_positions),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetPositionsResponse({shown})"

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
