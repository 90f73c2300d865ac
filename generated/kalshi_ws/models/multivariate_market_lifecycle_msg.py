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

from ..models.lifecycle_price_level_structure import LifecyclePriceLevelStructure
from ..models.multivariate_market_lifecycle_msg_event_type import (
    MultivariateMarketLifecycleMsgEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata


T = TypeVar("T", bound="MultivariateMarketLifecycleMsg")


@_attrs_define
class MultivariateMarketLifecycleMsg:
    """
    Attributes:
        market_ticker (str | Unset):
        exchange_index (int | Unset):
        open_ts (int | Unset):
        close_ts (int | Unset):
        determination_ts (int | Unset):
        settled_ts (int | Unset):
        result (str | Unset):
        settlement_value (str | Unset):
        is_deactivated (bool | Unset):
        additional_metadata (LifecycleAdditionalMetadata | Unset):
        event_type (MultivariateMarketLifecycleMsgEventType | Unset):
        price_level_structure (LifecyclePriceLevelStructure | Unset):
    """

    market_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    open_ts: int | Unset = UNSET
    close_ts: int | Unset = UNSET
    determination_ts: int | Unset = UNSET
    settled_ts: int | Unset = UNSET
    result: str | Unset = UNSET
    settlement_value: str | Unset = UNSET
    is_deactivated: bool | Unset = UNSET
    additional_metadata: LifecycleAdditionalMetadata | Unset = UNSET
    event_type: (
        MultivariateMarketLifecycleMsgEventType
        | Literal[
            "created",
            "deactivated",
            "activated",
            "close_date_updated",
            "determined",
            "settled",
        ]
        | Unset
    ) = UNSET
    price_level_structure: (
        LifecyclePriceLevelStructure
        | Literal[
            "banded_centi_cent",
            "",
            "linear_cent",
            "deci_cent",
            "tapered_deci_cent",
            "center_whole_edge_half_cent",
            "center_whole_edge_quint_cent",
            "center_half_edge_half_cent",
            "center_half_edge_quint_cent",
            "center_half_edge_deci_cent",
            "center_quint_edge_quint_cent",
            "center_quint_edge_deci_cent",
            "center_centi_edge_centi_cent",
            "center_deci_edge_centi_cent",
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        open_ts = self.open_ts

        close_ts = self.close_ts

        determination_ts = self.determination_ts

        settled_ts = self.settled_ts

        result = self.result

        settlement_value = self.settlement_value

        is_deactivated = self.is_deactivated

        additional_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_metadata, Unset):
            additional_metadata = self.additional_metadata.to_dict()

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = MultivariateMarketLifecycleMsgEventType.of(
                self.event_type
            ).value

        price_level_structure: str | Unset = UNSET
        if not isinstance(self.price_level_structure, Unset):
            price_level_structure = LifecyclePriceLevelStructure.of(
                self.price_level_structure
            ).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if open_ts is not UNSET:
            field_dict["open_ts"] = open_ts
        if close_ts is not UNSET:
            field_dict["close_ts"] = close_ts
        if determination_ts is not UNSET:
            field_dict["determination_ts"] = determination_ts
        if settled_ts is not UNSET:
            field_dict["settled_ts"] = settled_ts
        if result is not UNSET:
            field_dict["result"] = result
        if settlement_value is not UNSET:
            field_dict["settlement_value"] = settlement_value
        if is_deactivated is not UNSET:
            field_dict["is_deactivated"] = is_deactivated
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        open_ts = d.pop("open_ts", UNSET)
        if not isinstance(open_ts, int | Unset | None) or isinstance(open_ts, bool):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.open_ts: expected int, got {type(open_ts).__name__}"
            )

        close_ts = d.pop("close_ts", UNSET)
        if not isinstance(close_ts, int | Unset | None) or isinstance(close_ts, bool):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.close_ts: expected int, got {type(close_ts).__name__}"
            )

        determination_ts = d.pop("determination_ts", UNSET)
        if not isinstance(determination_ts, int | Unset | None) or isinstance(
            determination_ts, bool
        ):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.determination_ts: expected int, got {type(determination_ts).__name__}"
            )

        settled_ts = d.pop("settled_ts", UNSET)
        if not isinstance(settled_ts, int | Unset | None) or isinstance(
            settled_ts, bool
        ):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.settled_ts: expected int, got {type(settled_ts).__name__}"
            )

        result = d.pop("result", UNSET)
        if not isinstance(result, str | Unset | None):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.result: expected str, got {type(result).__name__}"
            )

        settlement_value = d.pop("settlement_value", UNSET)
        if not isinstance(settlement_value, str | Unset | None):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.settlement_value: expected str, got {type(settlement_value).__name__}"
            )

        is_deactivated = d.pop("is_deactivated", UNSET)
        if not isinstance(is_deactivated, bool | Unset | None):
            raise TypeError(
                f"MultivariateMarketLifecycleMsg.is_deactivated: expected bool, got {type(is_deactivated).__name__}"
            )

        _additional_metadata = d.pop("additional_metadata", UNSET)
        additional_metadata: LifecycleAdditionalMetadata | Unset
        if isinstance(_additional_metadata, Unset):
            additional_metadata = UNSET
        else:
            additional_metadata = LifecycleAdditionalMetadata.from_dict(
                _additional_metadata
            )

        _event_type = d.pop("event_type", UNSET)
        event_type: MultivariateMarketLifecycleMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = MultivariateMarketLifecycleMsgEventType._value2member_map_.get(
                _raw := _event_type
            ) or MultivariateMarketLifecycleMsgEventType(_raw)

        _price_level_structure = d.pop("price_level_structure", UNSET)
        price_level_structure: LifecyclePriceLevelStructure | Unset
        if isinstance(_price_level_structure, Unset):
            price_level_structure = UNSET
        else:
            price_level_structure = LifecyclePriceLevelStructure._value2member_map_.get(
                _raw := _price_level_structure
            ) or LifecyclePriceLevelStructure(_raw)

        multivariate_market_lifecycle_msg = cls(
            market_ticker=market_ticker,
            exchange_index=exchange_index,
            open_ts=open_ts,
            close_ts=close_ts,
            determination_ts=determination_ts,
            settled_ts=settled_ts,
            result=result,
            settlement_value=settlement_value,
            is_deactivated=is_deactivated,
            additional_metadata=additional_metadata,
            event_type=event_type,
            price_level_structure=price_level_structure,
        )

        multivariate_market_lifecycle_msg.additional_properties = d
        return multivariate_market_lifecycle_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("exchange_index", self.exchange_index),
            ("open_ts", self.open_ts),
            ("close_ts", self.close_ts),
            ("determination_ts", self.determination_ts),
            ("settled_ts", self.settled_ts),
            ("result", self.result),
            ("settlement_value", self.settlement_value),
            ("is_deactivated", self.is_deactivated),
            ("additional_metadata", self.additional_metadata),
            ("event_type", self.event_type),
            ("price_level_structure", self.price_level_structure),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"MultivariateMarketLifecycleMsg({shown})"

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
