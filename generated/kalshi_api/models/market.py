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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..models.market_market_type import MarketMarketType
from ..models.market_result import MarketResult
from ..models.market_settlement_bounds_type import MarketSettlementBoundsType
from ..models.market_status import MarketStatus
from ..models.market_strike_type import MarketStrikeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.mve_selected_leg import MveSelectedLeg
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


@_attrs_define
class Market:
    """
    Attributes:
        ticker (str | Unset):
        event_ticker (str | Unset):
        market_type (MarketMarketType | Unset):
        title (str | Unset):
        subtitle (str | Unset):
        yes_sub_title (str | Unset):
        no_sub_title (str | Unset):
        created_time (datetime.datetime | Unset):
        updated_time (datetime.datetime | Unset):
        open_time (datetime.datetime | Unset):
        close_time (datetime.datetime | Unset):
        expected_expiration_time (datetime.datetime | None | Unset):
        expiration_time (datetime.datetime | Unset):
        latest_expiration_time (datetime.datetime | Unset):
        settlement_timer_seconds (int | Unset):
        status (MarketStatus | Unset):
        yes_bid_dollars (str | Unset):
        yes_bid_size_fp (str | Unset):
        yes_ask_dollars (str | Unset):
        yes_ask_size_fp (str | Unset):
        no_bid_dollars (str | Unset):
        no_ask_dollars (str | Unset):
        last_price_dollars (str | Unset):
        volume_fp (str | Unset):
        volume_24h_fp (str | Unset):
        result (MarketResult | Unset):
        can_close_early (bool | Unset):
        open_interest_fp (str | Unset):
        notional_value_dollars (str | Unset):
        previous_yes_bid_dollars (str | Unset):
        previous_yes_ask_dollars (str | Unset):
        previous_price_dollars (str | Unset):
        settlement_value_dollars (None | str | Unset):
        settlement_ts (datetime.datetime | None | Unset):
        settlement_bounds_type (MarketSettlementBoundsType | Unset):
        settlement_floor_dollars (None | str | Unset):
        expiration_value (str | Unset):
        occurrence_datetime (datetime.datetime | None | Unset):
        fee_waiver_expiration_time (datetime.datetime | None | Unset):
        early_close_condition (None | str | Unset):
        strike_type (MarketStrikeType | Unset):
        floor_strike (float | None | Unset):
        cap_strike (float | None | Unset):
        functional_strike (None | str | Unset):
        custom_strike (MarketCustomStrikeType0 | None | Unset):
        rules_primary (str | Unset):
        rules_secondary (str | Unset):
        mve_collection_ticker (str | Unset):
        mve_selected_legs (list[MveSelectedLeg] | None | Unset):
        primary_participant_key (None | str | Unset):
        price_level_structure (str | Unset):
        price_ranges (list[PriceRange] | None | Unset):
        is_provisional (bool | Unset):
        exchange_index (int | Unset):
    """

    ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    market_type: MarketMarketType | Literal["binary", "scalar"] | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    no_sub_title: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    open_time: datetime.datetime | Unset = UNSET
    close_time: datetime.datetime | Unset = UNSET
    expected_expiration_time: datetime.datetime | None | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    latest_expiration_time: datetime.datetime | Unset = UNSET
    settlement_timer_seconds: int | Unset = UNSET
    status: (
        MarketStatus
        | Literal[
            "initialized",
            "inactive",
            "active",
            "closed",
            "determined",
            "disputed",
            "amended",
            "finalized",
        ]
        | Unset
    ) = UNSET
    yes_bid_dollars: str | Unset = UNSET
    yes_bid_size_fp: str | Unset = UNSET
    yes_ask_dollars: str | Unset = UNSET
    yes_ask_size_fp: str | Unset = UNSET
    no_bid_dollars: str | Unset = UNSET
    no_ask_dollars: str | Unset = UNSET
    last_price_dollars: str | Unset = UNSET
    volume_fp: str | Unset = UNSET
    volume_24h_fp: str | Unset = UNSET
    result: MarketResult | Literal["yes", "no", "scalar", ""] | Unset = UNSET
    can_close_early: bool | Unset = UNSET
    open_interest_fp: str | Unset = UNSET
    notional_value_dollars: str | Unset = UNSET
    previous_yes_bid_dollars: str | Unset = UNSET
    previous_yes_ask_dollars: str | Unset = UNSET
    previous_price_dollars: str | Unset = UNSET
    settlement_value_dollars: None | str | Unset = UNSET
    settlement_ts: datetime.datetime | None | Unset = UNSET
    settlement_bounds_type: (
        MarketSettlementBoundsType | Literal["default", "floor"] | Unset
    ) = UNSET
    settlement_floor_dollars: None | str | Unset = UNSET
    expiration_value: str | Unset = UNSET
    occurrence_datetime: datetime.datetime | None | Unset = UNSET
    fee_waiver_expiration_time: datetime.datetime | None | Unset = UNSET
    early_close_condition: None | str | Unset = UNSET
    strike_type: (
        MarketStrikeType
        | Literal[
            "greater",
            "greater_or_equal",
            "less",
            "less_or_equal",
            "between",
            "functional",
            "custom",
            "structured",
        ]
        | Unset
    ) = UNSET
    floor_strike: float | None | Unset = UNSET
    cap_strike: float | None | Unset = UNSET
    functional_strike: None | str | Unset = UNSET
    custom_strike: MarketCustomStrikeType0 | None | Unset = UNSET
    rules_primary: str | Unset = UNSET
    rules_secondary: str | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | None | Unset = UNSET
    primary_participant_key: None | str | Unset = UNSET
    price_level_structure: str | Unset = UNSET
    price_ranges: list[PriceRange] | None | Unset = UNSET
    is_provisional: bool | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: PLC0415

        ticker = self.ticker

        event_ticker = self.event_ticker

        market_type: str | Unset = UNSET
        if not isinstance(self.market_type, Unset):
            market_type = MarketMarketType.of(self.market_type).value

        title = self.title

        subtitle = self.subtitle

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        open_time: str | Unset = UNSET
        if not isinstance(self.open_time, Unset):
            open_time = self.open_time.isoformat()

        close_time: str | Unset = UNSET
        if not isinstance(self.close_time, Unset):
            close_time = self.close_time.isoformat()

        expected_expiration_time: None | str | Unset
        if isinstance(self.expected_expiration_time, Unset):
            expected_expiration_time = UNSET
        elif isinstance(self.expected_expiration_time, datetime.datetime):
            expected_expiration_time = self.expected_expiration_time.isoformat()
        else:
            expected_expiration_time = self.expected_expiration_time

        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()

        latest_expiration_time: str | Unset = UNSET
        if not isinstance(self.latest_expiration_time, Unset):
            latest_expiration_time = self.latest_expiration_time.isoformat()

        settlement_timer_seconds = self.settlement_timer_seconds

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = MarketStatus.of(self.status).value

        yes_bid_dollars = self.yes_bid_dollars

        yes_bid_size_fp = self.yes_bid_size_fp

        yes_ask_dollars = self.yes_ask_dollars

        yes_ask_size_fp = self.yes_ask_size_fp

        no_bid_dollars = self.no_bid_dollars

        no_ask_dollars = self.no_ask_dollars

        last_price_dollars = self.last_price_dollars

        volume_fp = self.volume_fp

        volume_24h_fp = self.volume_24h_fp

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = MarketResult.of(self.result).value

        can_close_early = self.can_close_early

        open_interest_fp = self.open_interest_fp

        notional_value_dollars = self.notional_value_dollars

        previous_yes_bid_dollars = self.previous_yes_bid_dollars

        previous_yes_ask_dollars = self.previous_yes_ask_dollars

        previous_price_dollars = self.previous_price_dollars

        settlement_value_dollars: None | str | Unset
        if isinstance(self.settlement_value_dollars, Unset):
            settlement_value_dollars = UNSET
        else:
            settlement_value_dollars = self.settlement_value_dollars

        settlement_ts: None | str | Unset
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        elif isinstance(self.settlement_ts, datetime.datetime):
            settlement_ts = self.settlement_ts.isoformat()
        else:
            settlement_ts = self.settlement_ts

        settlement_bounds_type: str | Unset = UNSET
        if not isinstance(self.settlement_bounds_type, Unset):
            settlement_bounds_type = MarketSettlementBoundsType.of(
                self.settlement_bounds_type
            ).value

        settlement_floor_dollars: None | str | Unset
        if isinstance(self.settlement_floor_dollars, Unset):
            settlement_floor_dollars = UNSET
        else:
            settlement_floor_dollars = self.settlement_floor_dollars

        expiration_value = self.expiration_value

        occurrence_datetime: None | str | Unset
        if isinstance(self.occurrence_datetime, Unset):
            occurrence_datetime = UNSET
        elif isinstance(self.occurrence_datetime, datetime.datetime):
            occurrence_datetime = self.occurrence_datetime.isoformat()
        else:
            occurrence_datetime = self.occurrence_datetime

        fee_waiver_expiration_time: None | str | Unset
        if isinstance(self.fee_waiver_expiration_time, Unset):
            fee_waiver_expiration_time = UNSET
        elif isinstance(self.fee_waiver_expiration_time, datetime.datetime):
            fee_waiver_expiration_time = self.fee_waiver_expiration_time.isoformat()
        else:
            fee_waiver_expiration_time = self.fee_waiver_expiration_time

        early_close_condition: None | str | Unset
        if isinstance(self.early_close_condition, Unset):
            early_close_condition = UNSET
        else:
            early_close_condition = self.early_close_condition

        strike_type: str | Unset = UNSET
        if not isinstance(self.strike_type, Unset):
            strike_type = MarketStrikeType.of(self.strike_type).value

        floor_strike: float | None | Unset
        if isinstance(self.floor_strike, Unset):
            floor_strike = UNSET
        else:
            floor_strike = self.floor_strike

        cap_strike: float | None | Unset
        if isinstance(self.cap_strike, Unset):
            cap_strike = UNSET
        else:
            cap_strike = self.cap_strike

        functional_strike: None | str | Unset
        if isinstance(self.functional_strike, Unset):
            functional_strike = UNSET
        else:
            functional_strike = self.functional_strike

        custom_strike: dict[str, Any] | None | Unset
        if isinstance(self.custom_strike, Unset):
            custom_strike = UNSET
        elif isinstance(self.custom_strike, MarketCustomStrikeType0):
            custom_strike = self.custom_strike.to_dict()
        else:
            custom_strike = self.custom_strike

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

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

        primary_participant_key: None | str | Unset
        if isinstance(self.primary_participant_key, Unset):
            primary_participant_key = UNSET
        else:
            primary_participant_key = self.primary_participant_key

        price_level_structure = self.price_level_structure

        price_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.price_ranges, Unset):
            price_ranges = UNSET
        elif isinstance(self.price_ranges, list):
            price_ranges = []
            for price_ranges_type_0_item_data in self.price_ranges:
                price_ranges_type_0_item = price_ranges_type_0_item_data.to_dict()
                price_ranges.append(price_ranges_type_0_item)

        else:
            price_ranges = self.price_ranges

        is_provisional = self.is_provisional

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_type is not UNSET:
            field_dict["market_type"] = market_type
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title
        if no_sub_title is not UNSET:
            field_dict["no_sub_title"] = no_sub_title
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if open_time is not UNSET:
            field_dict["open_time"] = open_time
        if close_time is not UNSET:
            field_dict["close_time"] = close_time
        if expected_expiration_time is not UNSET:
            field_dict["expected_expiration_time"] = expected_expiration_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if latest_expiration_time is not UNSET:
            field_dict["latest_expiration_time"] = latest_expiration_time
        if settlement_timer_seconds is not UNSET:
            field_dict["settlement_timer_seconds"] = settlement_timer_seconds
        if status is not UNSET:
            field_dict["status"] = status
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if yes_bid_size_fp is not UNSET:
            field_dict["yes_bid_size_fp"] = yes_bid_size_fp
        if yes_ask_dollars is not UNSET:
            field_dict["yes_ask_dollars"] = yes_ask_dollars
        if yes_ask_size_fp is not UNSET:
            field_dict["yes_ask_size_fp"] = yes_ask_size_fp
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if no_ask_dollars is not UNSET:
            field_dict["no_ask_dollars"] = no_ask_dollars
        if last_price_dollars is not UNSET:
            field_dict["last_price_dollars"] = last_price_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if volume_24h_fp is not UNSET:
            field_dict["volume_24h_fp"] = volume_24h_fp
        if result is not UNSET:
            field_dict["result"] = result
        if can_close_early is not UNSET:
            field_dict["can_close_early"] = can_close_early
        if open_interest_fp is not UNSET:
            field_dict["open_interest_fp"] = open_interest_fp
        if notional_value_dollars is not UNSET:
            field_dict["notional_value_dollars"] = notional_value_dollars
        if previous_yes_bid_dollars is not UNSET:
            field_dict["previous_yes_bid_dollars"] = previous_yes_bid_dollars
        if previous_yes_ask_dollars is not UNSET:
            field_dict["previous_yes_ask_dollars"] = previous_yes_ask_dollars
        if previous_price_dollars is not UNSET:
            field_dict["previous_price_dollars"] = previous_price_dollars
        if settlement_value_dollars is not UNSET:
            field_dict["settlement_value_dollars"] = settlement_value_dollars
        if settlement_ts is not UNSET:
            field_dict["settlement_ts"] = settlement_ts
        if settlement_bounds_type is not UNSET:
            field_dict["settlement_bounds_type"] = settlement_bounds_type
        if settlement_floor_dollars is not UNSET:
            field_dict["settlement_floor_dollars"] = settlement_floor_dollars
        if expiration_value is not UNSET:
            field_dict["expiration_value"] = expiration_value
        if occurrence_datetime is not UNSET:
            field_dict["occurrence_datetime"] = occurrence_datetime
        if fee_waiver_expiration_time is not UNSET:
            field_dict["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        if early_close_condition is not UNSET:
            field_dict["early_close_condition"] = early_close_condition
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if functional_strike is not UNSET:
            field_dict["functional_strike"] = functional_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if rules_primary is not UNSET:
            field_dict["rules_primary"] = rules_primary
        if rules_secondary is not UNSET:
            field_dict["rules_secondary"] = rules_secondary
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if primary_participant_key is not UNSET:
            field_dict["primary_participant_key"] = primary_participant_key
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges
        if is_provisional is not UNSET:
            field_dict["is_provisional"] = is_provisional
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: PLC0415
        from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415
        from ..models.price_range import PriceRange  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)
        if not isinstance(ticker, str | Unset | None):
            raise TypeError(f"Market.ticker: expected str, got {type(ticker).__name__}")

        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"Market.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        _market_type = d.pop("market_type", UNSET)
        market_type: MarketMarketType | Unset
        if isinstance(_market_type, Unset):
            market_type = UNSET
        else:
            market_type = MarketMarketType._value2member_map_.get(
                _raw := _market_type
            ) or MarketMarketType(_raw)

        title = d.pop("title", UNSET)
        if not isinstance(title, str | Unset | None):
            raise TypeError(f"Market.title: expected str, got {type(title).__name__}")

        subtitle = d.pop("subtitle", UNSET)
        if not isinstance(subtitle, str | Unset | None):
            raise TypeError(
                f"Market.subtitle: expected str, got {type(subtitle).__name__}"
            )

        yes_sub_title = d.pop("yes_sub_title", UNSET)
        if not isinstance(yes_sub_title, str | Unset | None):
            raise TypeError(
                f"Market.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
            )

        no_sub_title = d.pop("no_sub_title", UNSET)
        if not isinstance(no_sub_title, str | Unset | None):
            raise TypeError(
                f"Market.no_sub_title: expected str, got {type(no_sub_title).__name__}"
            )

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updated_time", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _open_time = d.pop("open_time", UNSET)
        open_time: datetime.datetime | Unset
        if isinstance(_open_time, Unset):
            open_time = UNSET
        else:
            open_time = datetime.datetime.fromisoformat(_open_time)

        _close_time = d.pop("close_time", UNSET)
        close_time: datetime.datetime | Unset
        if isinstance(_close_time, Unset):
            close_time = UNSET
        else:
            close_time = datetime.datetime.fromisoformat(_close_time)

        _expected_expiration_time_data = d.pop("expected_expiration_time", UNSET)
        expected_expiration_time: datetime.datetime | None | Unset
        if _expected_expiration_time_data is None or isinstance(
            _expected_expiration_time_data, Unset
        ):
            expected_expiration_time = _expected_expiration_time_data
        elif isinstance(_expected_expiration_time_data, str):
            expected_expiration_time_type_0 = datetime.datetime.fromisoformat(
                _expected_expiration_time_data
            )

            expected_expiration_time = expected_expiration_time_type_0
        else:
            raise TypeError(
                f"expected_expiration_time: unexpected JSON type {type(_expected_expiration_time_data).__name__}"
            )

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        _latest_expiration_time = d.pop("latest_expiration_time", UNSET)
        latest_expiration_time: datetime.datetime | Unset
        if isinstance(_latest_expiration_time, Unset):
            latest_expiration_time = UNSET
        else:
            latest_expiration_time = datetime.datetime.fromisoformat(
                _latest_expiration_time
            )

        settlement_timer_seconds = d.pop("settlement_timer_seconds", UNSET)
        if not isinstance(settlement_timer_seconds, int | Unset | None) or isinstance(
            settlement_timer_seconds, bool
        ):
            raise TypeError(
                f"Market.settlement_timer_seconds: expected int, got {type(settlement_timer_seconds).__name__}"
            )

        _status = d.pop("status", UNSET)
        status: MarketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MarketStatus._value2member_map_.get(
                _raw := _status
            ) or MarketStatus(_raw)

        yes_bid_dollars = d.pop("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, str | Unset | None):
            raise TypeError(
                f"Market.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        yes_bid_size_fp = d.pop("yes_bid_size_fp", UNSET)
        if not isinstance(yes_bid_size_fp, str | Unset | None):
            raise TypeError(
                f"Market.yes_bid_size_fp: expected str, got {type(yes_bid_size_fp).__name__}"
            )

        yes_ask_dollars = d.pop("yes_ask_dollars", UNSET)
        if not isinstance(yes_ask_dollars, str | Unset | None):
            raise TypeError(
                f"Market.yes_ask_dollars: expected str, got {type(yes_ask_dollars).__name__}"
            )

        yes_ask_size_fp = d.pop("yes_ask_size_fp", UNSET)
        if not isinstance(yes_ask_size_fp, str | Unset | None):
            raise TypeError(
                f"Market.yes_ask_size_fp: expected str, got {type(yes_ask_size_fp).__name__}"
            )

        no_bid_dollars = d.pop("no_bid_dollars", UNSET)
        if not isinstance(no_bid_dollars, str | Unset | None):
            raise TypeError(
                f"Market.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
            )

        no_ask_dollars = d.pop("no_ask_dollars", UNSET)
        if not isinstance(no_ask_dollars, str | Unset | None):
            raise TypeError(
                f"Market.no_ask_dollars: expected str, got {type(no_ask_dollars).__name__}"
            )

        last_price_dollars = d.pop("last_price_dollars", UNSET)
        if not isinstance(last_price_dollars, str | Unset | None):
            raise TypeError(
                f"Market.last_price_dollars: expected str, got {type(last_price_dollars).__name__}"
            )

        volume_fp = d.pop("volume_fp", UNSET)
        if not isinstance(volume_fp, str | Unset | None):
            raise TypeError(
                f"Market.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        volume_24h_fp = d.pop("volume_24h_fp", UNSET)
        if not isinstance(volume_24h_fp, str | Unset | None):
            raise TypeError(
                f"Market.volume_24h_fp: expected str, got {type(volume_24h_fp).__name__}"
            )

        _result = d.pop("result", UNSET)
        result: MarketResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MarketResult._value2member_map_.get(
                _raw := _result
            ) or MarketResult(_raw)

        can_close_early = d.pop("can_close_early", UNSET)
        if not isinstance(can_close_early, bool | Unset | None):
            raise TypeError(
                f"Market.can_close_early: expected bool, got {type(can_close_early).__name__}"
            )

        open_interest_fp = d.pop("open_interest_fp", UNSET)
        if not isinstance(open_interest_fp, str | Unset | None):
            raise TypeError(
                f"Market.open_interest_fp: expected str, got {type(open_interest_fp).__name__}"
            )

        notional_value_dollars = d.pop("notional_value_dollars", UNSET)
        if not isinstance(notional_value_dollars, str | Unset | None):
            raise TypeError(
                f"Market.notional_value_dollars: expected str, got {type(notional_value_dollars).__name__}"
            )

        previous_yes_bid_dollars = d.pop("previous_yes_bid_dollars", UNSET)
        if not isinstance(previous_yes_bid_dollars, str | Unset | None):
            raise TypeError(
                f"Market.previous_yes_bid_dollars: expected str, got {type(previous_yes_bid_dollars).__name__}"
            )

        previous_yes_ask_dollars = d.pop("previous_yes_ask_dollars", UNSET)
        if not isinstance(previous_yes_ask_dollars, str | Unset | None):
            raise TypeError(
                f"Market.previous_yes_ask_dollars: expected str, got {type(previous_yes_ask_dollars).__name__}"
            )

        previous_price_dollars = d.pop("previous_price_dollars", UNSET)
        if not isinstance(previous_price_dollars, str | Unset | None):
            raise TypeError(
                f"Market.previous_price_dollars: expected str, got {type(previous_price_dollars).__name__}"
            )

        _settlement_value_dollars_data = d.pop("settlement_value_dollars", UNSET)
        settlement_value_dollars: None | str | Unset
        if _settlement_value_dollars_data is None or isinstance(
            _settlement_value_dollars_data, Unset
        ):
            settlement_value_dollars = _settlement_value_dollars_data
        elif not isinstance(_settlement_value_dollars_data, str):
            raise TypeError(
                f"settlement_value_dollars: expected str, got {type(_settlement_value_dollars_data).__name__}"
            )
        else:
            settlement_value_dollars = cast(
                None | str | Unset, _settlement_value_dollars_data
            )

        _settlement_ts_data = d.pop("settlement_ts", UNSET)
        settlement_ts: datetime.datetime | None | Unset
        if _settlement_ts_data is None or isinstance(_settlement_ts_data, Unset):
            settlement_ts = _settlement_ts_data
        elif isinstance(_settlement_ts_data, str):
            settlement_ts_type_0 = datetime.datetime.fromisoformat(_settlement_ts_data)

            settlement_ts = settlement_ts_type_0
        else:
            raise TypeError(
                f"settlement_ts: unexpected JSON type {type(_settlement_ts_data).__name__}"
            )

        _settlement_bounds_type = d.pop("settlement_bounds_type", UNSET)
        settlement_bounds_type: MarketSettlementBoundsType | Unset
        if isinstance(_settlement_bounds_type, Unset):
            settlement_bounds_type = UNSET
        else:
            settlement_bounds_type = MarketSettlementBoundsType._value2member_map_.get(
                _raw := _settlement_bounds_type
            ) or MarketSettlementBoundsType(_raw)

        _settlement_floor_dollars_data = d.pop("settlement_floor_dollars", UNSET)
        settlement_floor_dollars: None | str | Unset
        if _settlement_floor_dollars_data is None or isinstance(
            _settlement_floor_dollars_data, Unset
        ):
            settlement_floor_dollars = _settlement_floor_dollars_data
        elif not isinstance(_settlement_floor_dollars_data, str):
            raise TypeError(
                f"settlement_floor_dollars: expected str, got {type(_settlement_floor_dollars_data).__name__}"
            )
        else:
            settlement_floor_dollars = cast(
                None | str | Unset, _settlement_floor_dollars_data
            )

        expiration_value = d.pop("expiration_value", UNSET)
        if not isinstance(expiration_value, str | Unset | None):
            raise TypeError(
                f"Market.expiration_value: expected str, got {type(expiration_value).__name__}"
            )

        _occurrence_datetime_data = d.pop("occurrence_datetime", UNSET)
        occurrence_datetime: datetime.datetime | None | Unset
        if _occurrence_datetime_data is None or isinstance(
            _occurrence_datetime_data, Unset
        ):
            occurrence_datetime = _occurrence_datetime_data
        elif isinstance(_occurrence_datetime_data, str):
            occurrence_datetime_type_0 = datetime.datetime.fromisoformat(
                _occurrence_datetime_data
            )

            occurrence_datetime = occurrence_datetime_type_0
        else:
            raise TypeError(
                f"occurrence_datetime: unexpected JSON type {type(_occurrence_datetime_data).__name__}"
            )

        _fee_waiver_expiration_time_data = d.pop("fee_waiver_expiration_time", UNSET)
        fee_waiver_expiration_time: datetime.datetime | None | Unset
        if _fee_waiver_expiration_time_data is None or isinstance(
            _fee_waiver_expiration_time_data, Unset
        ):
            fee_waiver_expiration_time = _fee_waiver_expiration_time_data
        elif isinstance(_fee_waiver_expiration_time_data, str):
            fee_waiver_expiration_time_type_0 = datetime.datetime.fromisoformat(
                _fee_waiver_expiration_time_data
            )

            fee_waiver_expiration_time = fee_waiver_expiration_time_type_0
        else:
            raise TypeError(
                f"fee_waiver_expiration_time: unexpected JSON type {type(_fee_waiver_expiration_time_data).__name__}"
            )

        _early_close_condition_data = d.pop("early_close_condition", UNSET)
        early_close_condition: None | str | Unset
        if _early_close_condition_data is None or isinstance(
            _early_close_condition_data, Unset
        ):
            early_close_condition = _early_close_condition_data
        elif not isinstance(_early_close_condition_data, str):
            raise TypeError(
                f"early_close_condition: expected str, got {type(_early_close_condition_data).__name__}"
            )
        else:
            early_close_condition = cast(
                None | str | Unset, _early_close_condition_data
            )

        _strike_type = d.pop("strike_type", UNSET)
        strike_type: MarketStrikeType | Unset
        if isinstance(_strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = MarketStrikeType._value2member_map_.get(
                _raw := _strike_type
            ) or MarketStrikeType(_raw)

        _floor_strike_data = d.pop("floor_strike", UNSET)
        floor_strike: float | None | Unset
        if _floor_strike_data is None or isinstance(_floor_strike_data, Unset):
            floor_strike = _floor_strike_data
        elif not isinstance(_floor_strike_data, int | float) or isinstance(
            _floor_strike_data, bool
        ):
            raise TypeError(
                f"floor_strike: expected float, got {type(_floor_strike_data).__name__}"
            )
        else:
            floor_strike = cast(float | None | Unset, _floor_strike_data)

        _cap_strike_data = d.pop("cap_strike", UNSET)
        cap_strike: float | None | Unset
        if _cap_strike_data is None or isinstance(_cap_strike_data, Unset):
            cap_strike = _cap_strike_data
        elif not isinstance(_cap_strike_data, int | float) or isinstance(
            _cap_strike_data, bool
        ):
            raise TypeError(
                f"cap_strike: expected float, got {type(_cap_strike_data).__name__}"
            )
        else:
            cap_strike = cast(float | None | Unset, _cap_strike_data)

        _functional_strike_data = d.pop("functional_strike", UNSET)
        functional_strike: None | str | Unset
        if _functional_strike_data is None or isinstance(
            _functional_strike_data, Unset
        ):
            functional_strike = _functional_strike_data
        elif not isinstance(_functional_strike_data, str):
            raise TypeError(
                f"functional_strike: expected str, got {type(_functional_strike_data).__name__}"
            )
        else:
            functional_strike = cast(None | str | Unset, _functional_strike_data)

        _custom_strike_data = d.pop("custom_strike", UNSET)
        custom_strike: MarketCustomStrikeType0 | None | Unset
        if _custom_strike_data is None or isinstance(_custom_strike_data, Unset):
            custom_strike = _custom_strike_data
        elif isinstance(_custom_strike_data, dict):
            custom_strike_type_0 = MarketCustomStrikeType0.from_dict(
                _custom_strike_data
            )

            custom_strike = custom_strike_type_0
        else:
            raise TypeError(
                f"custom_strike: unexpected JSON type {type(_custom_strike_data).__name__}"
            )

        rules_primary = d.pop("rules_primary", UNSET)
        if not isinstance(rules_primary, str | Unset | None):
            raise TypeError(
                f"Market.rules_primary: expected str, got {type(rules_primary).__name__}"
            )

        rules_secondary = d.pop("rules_secondary", UNSET)
        if not isinstance(rules_secondary, str | Unset | None):
            raise TypeError(
                f"Market.rules_secondary: expected str, got {type(rules_secondary).__name__}"
            )

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)
        if not isinstance(mve_collection_ticker, str | Unset | None):
            raise TypeError(
                f"Market.mve_collection_ticker: expected str, got {type(mve_collection_ticker).__name__}"
            )

        _mve_selected_legs_data = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | None | Unset
        if _mve_selected_legs_data is None or isinstance(
            _mve_selected_legs_data, Unset
        ):
            mve_selected_legs = _mve_selected_legs_data
        elif isinstance(_mve_selected_legs_data, list):
            mve_selected_legs_type_0 = []
            _mve_selected_legs_type_0 = _mve_selected_legs_data
            for mve_selected_legs_type_0_item_data in _mve_selected_legs_type_0:
                mve_selected_legs_type_0_item = MveSelectedLeg.from_dict(
                    mve_selected_legs_type_0_item_data
                )

                mve_selected_legs_type_0.append(mve_selected_legs_type_0_item)

            mve_selected_legs = mve_selected_legs_type_0
        else:
            raise TypeError(
                f"mve_selected_legs: unexpected JSON type {type(_mve_selected_legs_data).__name__}"
            )

        _primary_participant_key_data = d.pop("primary_participant_key", UNSET)
        primary_participant_key: None | str | Unset
        if _primary_participant_key_data is None or isinstance(
            _primary_participant_key_data, Unset
        ):
            primary_participant_key = _primary_participant_key_data
        elif not isinstance(_primary_participant_key_data, str):
            raise TypeError(
                f"primary_participant_key: expected str, got {type(_primary_participant_key_data).__name__}"
            )
        else:
            primary_participant_key = cast(
                None | str | Unset, _primary_participant_key_data
            )

        price_level_structure = d.pop("price_level_structure", UNSET)
        if not isinstance(price_level_structure, str | Unset | None):
            raise TypeError(
                f"Market.price_level_structure: expected str, got {type(price_level_structure).__name__}"
            )

        _price_ranges_data = d.pop("price_ranges", UNSET)
        price_ranges: list[PriceRange] | None | Unset
        if _price_ranges_data is None or isinstance(_price_ranges_data, Unset):
            price_ranges = _price_ranges_data
        elif isinstance(_price_ranges_data, list):
            price_ranges_type_0 = []
            _price_ranges_type_0 = _price_ranges_data
            for price_ranges_type_0_item_data in _price_ranges_type_0:
                price_ranges_type_0_item = PriceRange.from_dict(
                    price_ranges_type_0_item_data
                )

                price_ranges_type_0.append(price_ranges_type_0_item)

            price_ranges = price_ranges_type_0
        else:
            raise TypeError(
                f"price_ranges: unexpected JSON type {type(_price_ranges_data).__name__}"
            )

        is_provisional = d.pop("is_provisional", UNSET)
        if not isinstance(is_provisional, bool | Unset | None):
            raise TypeError(
                f"Market.is_provisional: expected bool, got {type(is_provisional).__name__}"
            )

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"Market.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        market = cls(
            ticker=ticker,
            event_ticker=event_ticker,
            market_type=market_type,
            title=title,
            subtitle=subtitle,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title,
            created_time=created_time,
            updated_time=updated_time,
            open_time=open_time,
            close_time=close_time,
            expected_expiration_time=expected_expiration_time,
            expiration_time=expiration_time,
            latest_expiration_time=latest_expiration_time,
            settlement_timer_seconds=settlement_timer_seconds,
            status=status,
            yes_bid_dollars=yes_bid_dollars,
            yes_bid_size_fp=yes_bid_size_fp,
            yes_ask_dollars=yes_ask_dollars,
            yes_ask_size_fp=yes_ask_size_fp,
            no_bid_dollars=no_bid_dollars,
            no_ask_dollars=no_ask_dollars,
            last_price_dollars=last_price_dollars,
            volume_fp=volume_fp,
            volume_24h_fp=volume_24h_fp,
            result=result,
            can_close_early=can_close_early,
            open_interest_fp=open_interest_fp,
            notional_value_dollars=notional_value_dollars,
            previous_yes_bid_dollars=previous_yes_bid_dollars,
            previous_yes_ask_dollars=previous_yes_ask_dollars,
            previous_price_dollars=previous_price_dollars,
            settlement_value_dollars=settlement_value_dollars,
            settlement_ts=settlement_ts,
            settlement_bounds_type=settlement_bounds_type,
            settlement_floor_dollars=settlement_floor_dollars,
            expiration_value=expiration_value,
            occurrence_datetime=occurrence_datetime,
            fee_waiver_expiration_time=fee_waiver_expiration_time,
            early_close_condition=early_close_condition,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            functional_strike=functional_strike,
            custom_strike=custom_strike,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            primary_participant_key=primary_participant_key,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
            is_provisional=is_provisional,
            exchange_index=exchange_index,
        )

        market.additional_properties = d
        return market

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("ticker", self.ticker),
            ("event_ticker", self.event_ticker),
            ("market_type", self.market_type),
            ("title", self.title),
            ("subtitle", self.subtitle),
            ("yes_sub_title", self.yes_sub_title),
            ("no_sub_title", self.no_sub_title),
            ("created_time", self.created_time),
            ("updated_time", self.updated_time),
            ("open_time", self.open_time),
            ("close_time", self.close_time),
            ("expected_expiration_time", self.expected_expiration_time),
            ("expiration_time", self.expiration_time),
            ("latest_expiration_time", self.latest_expiration_time),
            ("settlement_timer_seconds", self.settlement_timer_seconds),
            ("status", self.status),
            ("yes_bid_dollars", self.yes_bid_dollars),
            ("yes_bid_size_fp", self.yes_bid_size_fp),
            ("yes_ask_dollars", self.yes_ask_dollars),
            ("yes_ask_size_fp", self.yes_ask_size_fp),
            ("no_bid_dollars", self.no_bid_dollars),
            ("no_ask_dollars", self.no_ask_dollars),
            ("last_price_dollars", self.last_price_dollars),
            ("volume_fp", self.volume_fp),
            ("volume_24h_fp", self.volume_24h_fp),
            ("result", self.result),
            ("can_close_early", self.can_close_early),
            ("open_interest_fp", self.open_interest_fp),
            ("notional_value_dollars", self.notional_value_dollars),
            ("previous_yes_bid_dollars", self.previous_yes_bid_dollars),
            ("previous_yes_ask_dollars", self.previous_yes_ask_dollars),
            ("previous_price_dollars", self.previous_price_dollars),
            ("settlement_value_dollars", self.settlement_value_dollars),
            ("settlement_ts", self.settlement_ts),
            ("settlement_bounds_type", self.settlement_bounds_type),
            ("settlement_floor_dollars", self.settlement_floor_dollars),
            ("expiration_value", self.expiration_value),
            ("occurrence_datetime", self.occurrence_datetime),
            ("fee_waiver_expiration_time", self.fee_waiver_expiration_time),
            ("early_close_condition", self.early_close_condition),
            ("strike_type", self.strike_type),
            ("floor_strike", self.floor_strike),
            ("cap_strike", self.cap_strike),
            ("functional_strike", self.functional_strike),
            ("custom_strike", self.custom_strike),
            ("rules_primary", self.rules_primary),
            ("rules_secondary", self.rules_secondary),
            ("mve_collection_ticker", self.mve_collection_ticker),
            ("mve_selected_legs", self.mve_selected_legs),
            ("primary_participant_key", self.primary_participant_key),
            ("price_level_structure", self.price_level_structure),
            ("price_ranges", self.price_ranges),
            ("is_provisional", self.is_provisional),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Market({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "last_price_dollars": 1,
        "no_ask_dollars": 1,
        "no_bid_dollars": 1,
        "notional_value_dollars": 1,
        "open_interest_fp": 1,
        "previous_price_dollars": 1,
        "previous_yes_ask_dollars": 1,
        "previous_yes_bid_dollars": 1,
        "settlement_floor_dollars": 1,
        "settlement_value_dollars": 1,
        "volume_24h_fp": 1,
        "volume_fp": 1,
        "yes_ask_dollars": 1,
        "yes_ask_size_fp": 1,
        "yes_bid_dollars": 1,
        "yes_bid_size_fp": 1,
    }

    def decimal(
        self,
        name: Literal[
            "last_price_dollars",
            "no_ask_dollars",
            "no_bid_dollars",
            "notional_value_dollars",
            "open_interest_fp",
            "previous_price_dollars",
            "previous_yes_ask_dollars",
            "previous_yes_bid_dollars",
            "settlement_floor_dollars",
            "settlement_value_dollars",
            "volume_24h_fp",
            "volume_fp",
            "yes_ask_dollars",
            "yes_ask_size_fp",
            "yes_bid_dollars",
            "yes_bid_size_fp",
        ],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(f"Market.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(f"Market.{name} is {value!r}, not a number") from None
        if not amount.is_finite():
            raise InvalidValue(f"Market.{name} is {value!r}, not a finite number")
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
