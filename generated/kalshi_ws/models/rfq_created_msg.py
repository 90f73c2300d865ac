from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_created_msg_mve_selected_legs_item import (
        RfqCreatedMsgMveSelectedLegsItem,
    )


T = TypeVar("T", bound="RfqCreatedMsg")


@_attrs_define
class RfqCreatedMsg:
    """
    Attributes:
        id (str | Unset):
        creator_id (str | Unset):
        market_ticker (str | Unset):
        event_ticker (str | Unset):
        contracts_fp (str | Unset):
        target_cost_dollars (str | Unset):
        created_ts (datetime.datetime | Unset):
        mve_collection_ticker (str | Unset):
        mve_selected_legs (list[RfqCreatedMsgMveSelectedLegsItem] | None | Unset):
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    contracts_fp: str | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[RfqCreatedMsgMveSelectedLegsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        contracts_fp = self.contracts_fp

        target_cost_dollars = self.target_cost_dollars

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | None | Unset
        if isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = UNSET
        elif isinstance(self.mve_selected_legs, list):
            mve_selected_legs = []
            for mve_selected_legs_type_0_item_data in self.mve_selected_legs:
                mve_selected_legs_type_0_item = (
                    mve_selected_legs_type_0_item_data.to_dict()
                )
                mve_selected_legs.append(mve_selected_legs_type_0_item)

        else:
            mve_selected_legs = self.mve_selected_legs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_created_msg_mve_selected_legs_item import (
            RfqCreatedMsgMveSelectedLegsItem,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str | Unset | None):
            raise TypeError(f"RfqCreatedMsg.id: expected str, got {type(id).__name__}")

        creator_id = d.pop("creator_id", UNSET)
        if not isinstance(creator_id, str | Unset | None):
            raise TypeError(
                f"RfqCreatedMsg.creator_id: expected str, got {type(creator_id).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"RfqCreatedMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"RfqCreatedMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        contracts_fp = d.pop("contracts_fp", UNSET)
        if not isinstance(contracts_fp, str | Unset | None):
            raise TypeError(
                f"RfqCreatedMsg.contracts_fp: expected str, got {type(contracts_fp).__name__}"
            )

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)
        if not isinstance(target_cost_dollars, str | Unset | None):
            raise TypeError(
                f"RfqCreatedMsg.target_cost_dollars: expected str, got {type(target_cost_dollars).__name__}"
            )

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)
        if not isinstance(mve_collection_ticker, str | Unset | None):
            raise TypeError(
                f"RfqCreatedMsg.mve_collection_ticker: expected str, got {type(mve_collection_ticker).__name__}"
            )

        _mve_selected_legs_data = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[RfqCreatedMsgMveSelectedLegsItem] | None | Unset
        if _mve_selected_legs_data is None or isinstance(
            _mve_selected_legs_data, Unset
        ):
            mve_selected_legs = _mve_selected_legs_data
        elif isinstance(_mve_selected_legs_data, list):
            mve_selected_legs_type_0 = []
            _mve_selected_legs_type_0 = _mve_selected_legs_data
            for mve_selected_legs_type_0_item_data in _mve_selected_legs_type_0:
                mve_selected_legs_type_0_item = (
                    RfqCreatedMsgMveSelectedLegsItem.from_dict(
                        mve_selected_legs_type_0_item_data
                    )
                )

                mve_selected_legs_type_0.append(mve_selected_legs_type_0_item)

            mve_selected_legs = mve_selected_legs_type_0
        else:
            raise TypeError(
                f"mve_selected_legs: unexpected JSON type {type(_mve_selected_legs_data).__name__}"
            )

        rfq_created_msg = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            created_ts=created_ts,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
        )

        rfq_created_msg.additional_properties = d
        return rfq_created_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("creator_id", self.creator_id),
            ("market_ticker", self.market_ticker),
            ("event_ticker", self.event_ticker),
            ("contracts_fp", self.contracts_fp),
            ("target_cost_dollars", self.target_cost_dollars),
            ("created_ts", self.created_ts),
            ("mve_collection_ticker", self.mve_collection_ticker),
            ("mve_selected_legs", self.mve_selected_legs),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"RfqCreatedMsg({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_fp": 1,
        "target_cost_dollars": 1,
    }

    def decimal(
        self, name: Literal["contracts_fp", "target_cost_dollars"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"RfqCreatedMsg.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"RfqCreatedMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"RfqCreatedMsg.{name} is {value!r}, not a finite number"
            )
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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
