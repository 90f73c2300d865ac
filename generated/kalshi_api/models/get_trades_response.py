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
    from ..models.trade import Trade


T = TypeVar("T", bound="GetTradesResponse")


@_attrs_define
class GetTradesResponse:
    """
    Attributes:
        trades (list[Trade] | None | Unset):
        cursor (str | Unset):
    """

    trades: list[Trade] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trades: list[dict[str, Any]] | None | Unset
        if isinstance(self.trades, Unset):
            trades = UNSET
        elif isinstance(self.trades, list):
            trades = []
            for trades_type_0_item_data in self.trades:
                trades_type_0_item = trades_type_0_item_data.to_dict()
                trades.append(trades_type_0_item)

        else:
            trades = self.trades

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trades is not UNSET:
            field_dict["trades"] = trades
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trade import Trade  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _trades_data = d.pop("trades", UNSET)
        trades: list[Trade] | None | Unset
        if _trades_data is None or isinstance(_trades_data, Unset):
            trades = _trades_data
        elif isinstance(_trades_data, list):
            trades_type_0 = []
            _trades_type_0 = _trades_data
            for trades_type_0_item_data in _trades_type_0:
                trades_type_0_item = Trade.from_dict(trades_type_0_item_data)

                trades_type_0.append(trades_type_0_item)

            trades = trades_type_0
        else:
            raise TypeError(
                f"trades: unexpected JSON type {type(_trades_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetTradesResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_trades_response = cls(
            trades=trades,
            cursor=cursor,
        )

        get_trades_response.additional_properties = d
        return get_trades_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("trades", self.trades),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetTradesResponse({shown})"

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
