from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OkResponseMsg")


@_attrs_define
class OkResponseMsg:
    """
    Attributes:
        market_tickers (list[str] | None | Unset):
        market_ids (list[str] | None | Unset):
    """

    market_tickers: list[str] | None | Unset = UNSET
    market_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | None | Unset
        if isinstance(self.market_tickers, Unset):
            market_tickers = UNSET
        elif isinstance(self.market_tickers, list):
            market_tickers = self.market_tickers

        else:
            market_tickers = self.market_tickers

        market_ids: list[str] | None | Unset
        if isinstance(self.market_ids, Unset):
            market_ids = UNSET
        elif isinstance(self.market_ids, list):
            market_ids = self.market_ids

        else:
            market_ids = self.market_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _market_tickers_data = d.pop("market_tickers", UNSET)
        market_tickers: list[str] | None | Unset
        if _market_tickers_data is None or isinstance(_market_tickers_data, Unset):
            market_tickers = _market_tickers_data
        elif isinstance(_market_tickers_data, list):
            market_tickers_type_0 = cast(list[str], _market_tickers_data)

            market_tickers = market_tickers_type_0
        else:
            raise TypeError(
                f"market_tickers: unexpected JSON type {type(_market_tickers_data).__name__}"
            )

        _market_ids_data = d.pop("market_ids", UNSET)
        market_ids: list[str] | None | Unset
        if _market_ids_data is None or isinstance(_market_ids_data, Unset):
            market_ids = _market_ids_data
        elif isinstance(_market_ids_data, list):
            market_ids_type_0 = cast(list[str], _market_ids_data)

            market_ids = market_ids_type_0
        else:
            raise TypeError(
                f"market_ids: unexpected JSON type {type(_market_ids_data).__name__}"
            )

        ok_response_msg = cls(
            market_tickers=market_tickers,
            market_ids=market_ids,
        )

        ok_response_msg.additional_properties = d
        return ok_response_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_tickers", self.market_tickers),
            ("market_ids", self.market_ids),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OkResponseMsg({shown})"

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
