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
    from ..models.market_orderbook_fp import MarketOrderbookFp


T = TypeVar("T", bound="GetMarketOrderbooksResponse")


@_attrs_define
class GetMarketOrderbooksResponse:
    """
    Attributes:
        orderbooks (list[MarketOrderbookFp] | None | Unset):
    """

    orderbooks: list[MarketOrderbookFp] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbooks: list[dict[str, Any]] | None | Unset
        if isinstance(self.orderbooks, Unset):
            orderbooks = UNSET
        elif isinstance(self.orderbooks, list):
            orderbooks = []
            for orderbooks_type_0_item_data in self.orderbooks:
                orderbooks_type_0_item = orderbooks_type_0_item_data.to_dict()
                orderbooks.append(orderbooks_type_0_item)

        else:
            orderbooks = self.orderbooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orderbooks is not UNSET:
            field_dict["orderbooks"] = orderbooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_orderbook_fp import MarketOrderbookFp  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _orderbooks_data = d.pop("orderbooks", UNSET)
        orderbooks: list[MarketOrderbookFp] | None | Unset
        if _orderbooks_data is None or isinstance(_orderbooks_data, Unset):
            orderbooks = _orderbooks_data
        elif isinstance(_orderbooks_data, list):
            orderbooks_type_0 = []
            _orderbooks_type_0 = _orderbooks_data
            for orderbooks_type_0_item_data in _orderbooks_type_0:
                orderbooks_type_0_item = MarketOrderbookFp.from_dict(
                    orderbooks_type_0_item_data
                )

                orderbooks_type_0.append(orderbooks_type_0_item)

            orderbooks = orderbooks_type_0
        else:
            raise TypeError(
                f"orderbooks: unexpected JSON type {type(_orderbooks_data).__name__}"
            )

        get_market_orderbooks_response = cls(
            orderbooks=orderbooks,
        )

        get_market_orderbooks_response.additional_properties = d
        return get_market_orderbooks_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("orderbooks", self.orderbooks),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetMarketOrderbooksResponse({shown})"

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
