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

T = TypeVar("T", bound="OrderbookSnapshotMsg")


@_attrs_define
class OrderbookSnapshotMsg:
    """
    Attributes:
        market_ticker (str | Unset):
        market_id (str | Unset):
        yes_dollars_fp (list[list[str] | None] | None | Unset):
        no_dollars_fp (list[list[str] | None] | None | Unset):
    """

    market_ticker: str | Unset = UNSET
    market_id: str | Unset = UNSET
    yes_dollars_fp: list[list[str] | None] | None | Unset = UNSET
    no_dollars_fp: list[list[str] | None] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id = self.market_id

        yes_dollars_fp: list[list[str] | None] | None | Unset
        if isinstance(self.yes_dollars_fp, Unset):
            yes_dollars_fp = UNSET
        elif isinstance(self.yes_dollars_fp, list):
            yes_dollars_fp = []
            for yes_dollars_fp_type_0_item_data in self.yes_dollars_fp:
                yes_dollars_fp_type_0_item: list[str] | None
                if isinstance(yes_dollars_fp_type_0_item_data, list):
                    yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_data

                else:
                    yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_data
                yes_dollars_fp.append(yes_dollars_fp_type_0_item)

        else:
            yes_dollars_fp = self.yes_dollars_fp

        no_dollars_fp: list[list[str] | None] | None | Unset
        if isinstance(self.no_dollars_fp, Unset):
            no_dollars_fp = UNSET
        elif isinstance(self.no_dollars_fp, list):
            no_dollars_fp = []
            for no_dollars_fp_type_0_item_data in self.no_dollars_fp:
                no_dollars_fp_type_0_item: list[str] | None
                if isinstance(no_dollars_fp_type_0_item_data, list):
                    no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_data

                else:
                    no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_data
                no_dollars_fp.append(no_dollars_fp_type_0_item)

        else:
            no_dollars_fp = self.no_dollars_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if yes_dollars_fp is not UNSET:
            field_dict["yes_dollars_fp"] = yes_dollars_fp
        if no_dollars_fp is not UNSET:
            field_dict["no_dollars_fp"] = no_dollars_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"OrderbookSnapshotMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_id = d.pop("market_id", UNSET)
        if not isinstance(market_id, str | Unset | None):
            raise TypeError(
                f"OrderbookSnapshotMsg.market_id: expected str, got {type(market_id).__name__}"
            )

        _yes_dollars_fp_data = d.pop("yes_dollars_fp", UNSET)
        yes_dollars_fp: list[list[str] | None] | None | Unset
        if _yes_dollars_fp_data is None or isinstance(_yes_dollars_fp_data, Unset):
            yes_dollars_fp = _yes_dollars_fp_data
        elif isinstance(_yes_dollars_fp_data, list):
            yes_dollars_fp_type_0 = []
            _yes_dollars_fp_type_0 = _yes_dollars_fp_data
            for yes_dollars_fp_type_0_item_data in _yes_dollars_fp_type_0:
                _yes_dollars_fp_type_0_item_data = yes_dollars_fp_type_0_item_data
                yes_dollars_fp_type_0_item: list[str] | None
                if _yes_dollars_fp_type_0_item_data is None:
                    yes_dollars_fp_type_0_item = _yes_dollars_fp_type_0_item_data
                elif isinstance(_yes_dollars_fp_type_0_item_data, list):
                    yes_dollars_fp_type_0_item_type_0 = cast(
                        list[str], _yes_dollars_fp_type_0_item_data
                    )

                    yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_type_0
                else:
                    raise TypeError(
                        f"yes_dollars_fp_type_0_item: unexpected JSON type {type(_yes_dollars_fp_type_0_item_data).__name__}"
                    )

                yes_dollars_fp_type_0.append(yes_dollars_fp_type_0_item)

            yes_dollars_fp = yes_dollars_fp_type_0
        else:
            raise TypeError(
                f"yes_dollars_fp: unexpected JSON type {type(_yes_dollars_fp_data).__name__}"
            )

        _no_dollars_fp_data = d.pop("no_dollars_fp", UNSET)
        no_dollars_fp: list[list[str] | None] | None | Unset
        if _no_dollars_fp_data is None or isinstance(_no_dollars_fp_data, Unset):
            no_dollars_fp = _no_dollars_fp_data
        elif isinstance(_no_dollars_fp_data, list):
            no_dollars_fp_type_0 = []
            _no_dollars_fp_type_0 = _no_dollars_fp_data
            for no_dollars_fp_type_0_item_data in _no_dollars_fp_type_0:
                _no_dollars_fp_type_0_item_data = no_dollars_fp_type_0_item_data
                no_dollars_fp_type_0_item: list[str] | None
                if _no_dollars_fp_type_0_item_data is None:
                    no_dollars_fp_type_0_item = _no_dollars_fp_type_0_item_data
                elif isinstance(_no_dollars_fp_type_0_item_data, list):
                    no_dollars_fp_type_0_item_type_0 = cast(
                        list[str], _no_dollars_fp_type_0_item_data
                    )

                    no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_type_0
                else:
                    raise TypeError(
                        f"no_dollars_fp_type_0_item: unexpected JSON type {type(_no_dollars_fp_type_0_item_data).__name__}"
                    )

                no_dollars_fp_type_0.append(no_dollars_fp_type_0_item)

            no_dollars_fp = no_dollars_fp_type_0
        else:
            raise TypeError(
                f"no_dollars_fp: unexpected JSON type {type(_no_dollars_fp_data).__name__}"
            )

        orderbook_snapshot_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            yes_dollars_fp=yes_dollars_fp,
            no_dollars_fp=no_dollars_fp,
        )

        orderbook_snapshot_msg.additional_properties = d
        return orderbook_snapshot_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("market_id", self.market_id),
            ("yes_dollars_fp", self.yes_dollars_fp),
            ("no_dollars_fp", self.no_dollars_fp),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"OrderbookSnapshotMsg({shown})"

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
