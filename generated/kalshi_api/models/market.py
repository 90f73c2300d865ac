from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
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

from ..errors import InvalidValue, MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            market = cls.__new__(cls)
            market._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return market
        d = dict(src_dict)
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: PLC0415
        from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415
        from ..models.price_range import PriceRange  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        ticker = d.get("ticker", UNSET)
        if not isinstance(ticker, (str, Unset, NoneType)):
            raise TypeError(f"Market.ticker: expected str, got {type(ticker).__name__}")

        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        _market_type = d.get("market_type", UNSET)
        market_type: MarketMarketType | Unset
        if isinstance(_market_type, Unset):
            market_type = UNSET
        else:
            market_type = MarketMarketType._value2member_map_.get(
                _raw := _market_type
            ) or MarketMarketType(_raw)

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(f"Market.title: expected str, got {type(title).__name__}")

        subtitle = d.get("subtitle", UNSET)
        if not isinstance(subtitle, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.subtitle: expected str, got {type(subtitle).__name__}"
            )

        yes_sub_title = d.get("yes_sub_title", UNSET)
        if not isinstance(yes_sub_title, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
            )

        no_sub_title = d.get("no_sub_title", UNSET)
        if not isinstance(no_sub_title, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.no_sub_title: expected str, got {type(no_sub_title).__name__}"
            )

        _created_time = d.get("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.get("updated_time", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _open_time = d.get("open_time", UNSET)
        open_time: datetime.datetime | Unset
        if isinstance(_open_time, Unset):
            open_time = UNSET
        else:
            open_time = datetime.datetime.fromisoformat(_open_time)

        _close_time = d.get("close_time", UNSET)
        close_time: datetime.datetime | Unset
        if isinstance(_close_time, Unset):
            close_time = UNSET
        else:
            close_time = datetime.datetime.fromisoformat(_close_time)

        _expected_expiration_time_data = d.get("expected_expiration_time", UNSET)
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

        _expiration_time = d.get("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = datetime.datetime.fromisoformat(_expiration_time)

        _latest_expiration_time = d.get("latest_expiration_time", UNSET)
        latest_expiration_time: datetime.datetime | Unset
        if isinstance(_latest_expiration_time, Unset):
            latest_expiration_time = UNSET
        else:
            latest_expiration_time = datetime.datetime.fromisoformat(
                _latest_expiration_time
            )

        settlement_timer_seconds = d.get("settlement_timer_seconds", UNSET)
        if not isinstance(
            settlement_timer_seconds, (int, Unset, NoneType)
        ) or isinstance(settlement_timer_seconds, bool):
            raise TypeError(
                f"Market.settlement_timer_seconds: expected int, got {type(settlement_timer_seconds).__name__}"
            )

        _status = d.get("status", UNSET)
        status: MarketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MarketStatus._value2member_map_.get(
                _raw := _status
            ) or MarketStatus(_raw)

        yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
        if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
            )

        yes_bid_size_fp = d.get("yes_bid_size_fp", UNSET)
        if not isinstance(yes_bid_size_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.yes_bid_size_fp: expected str, got {type(yes_bid_size_fp).__name__}"
            )

        yes_ask_dollars = d.get("yes_ask_dollars", UNSET)
        if not isinstance(yes_ask_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.yes_ask_dollars: expected str, got {type(yes_ask_dollars).__name__}"
            )

        yes_ask_size_fp = d.get("yes_ask_size_fp", UNSET)
        if not isinstance(yes_ask_size_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.yes_ask_size_fp: expected str, got {type(yes_ask_size_fp).__name__}"
            )

        no_bid_dollars = d.get("no_bid_dollars", UNSET)
        if not isinstance(no_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
            )

        no_ask_dollars = d.get("no_ask_dollars", UNSET)
        if not isinstance(no_ask_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.no_ask_dollars: expected str, got {type(no_ask_dollars).__name__}"
            )

        last_price_dollars = d.get("last_price_dollars", UNSET)
        if not isinstance(last_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.last_price_dollars: expected str, got {type(last_price_dollars).__name__}"
            )

        volume_fp = d.get("volume_fp", UNSET)
        if not isinstance(volume_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.volume_fp: expected str, got {type(volume_fp).__name__}"
            )

        volume_24h_fp = d.get("volume_24h_fp", UNSET)
        if not isinstance(volume_24h_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.volume_24h_fp: expected str, got {type(volume_24h_fp).__name__}"
            )

        _result = d.get("result", UNSET)
        result: MarketResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MarketResult._value2member_map_.get(
                _raw := _result
            ) or MarketResult(_raw)

        can_close_early = d.get("can_close_early", UNSET)
        if not isinstance(can_close_early, (bool, Unset, NoneType)):
            raise TypeError(
                f"Market.can_close_early: expected bool, got {type(can_close_early).__name__}"
            )

        open_interest_fp = d.get("open_interest_fp", UNSET)
        if not isinstance(open_interest_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.open_interest_fp: expected str, got {type(open_interest_fp).__name__}"
            )

        notional_value_dollars = d.get("notional_value_dollars", UNSET)
        if not isinstance(notional_value_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.notional_value_dollars: expected str, got {type(notional_value_dollars).__name__}"
            )

        previous_yes_bid_dollars = d.get("previous_yes_bid_dollars", UNSET)
        if not isinstance(previous_yes_bid_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.previous_yes_bid_dollars: expected str, got {type(previous_yes_bid_dollars).__name__}"
            )

        previous_yes_ask_dollars = d.get("previous_yes_ask_dollars", UNSET)
        if not isinstance(previous_yes_ask_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.previous_yes_ask_dollars: expected str, got {type(previous_yes_ask_dollars).__name__}"
            )

        previous_price_dollars = d.get("previous_price_dollars", UNSET)
        if not isinstance(previous_price_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.previous_price_dollars: expected str, got {type(previous_price_dollars).__name__}"
            )

        _settlement_value_dollars_data = d.get("settlement_value_dollars", UNSET)
        settlement_value_dollars: None | str | Unset
        if _settlement_value_dollars_data is None or isinstance(
            _settlement_value_dollars_data, Unset
        ):
            settlement_value_dollars = _settlement_value_dollars_data
        elif not isinstance(_settlement_value_dollars_data, (str,)):
            raise TypeError(
                f"settlement_value_dollars: expected str, got {type(_settlement_value_dollars_data).__name__}"
            )
        else:
            settlement_value_dollars = cast(
                None | str | Unset, _settlement_value_dollars_data
            )

        _settlement_ts_data = d.get("settlement_ts", UNSET)
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

        _settlement_bounds_type = d.get("settlement_bounds_type", UNSET)
        settlement_bounds_type: MarketSettlementBoundsType | Unset
        if isinstance(_settlement_bounds_type, Unset):
            settlement_bounds_type = UNSET
        else:
            settlement_bounds_type = MarketSettlementBoundsType._value2member_map_.get(
                _raw := _settlement_bounds_type
            ) or MarketSettlementBoundsType(_raw)

        _settlement_floor_dollars_data = d.get("settlement_floor_dollars", UNSET)
        settlement_floor_dollars: None | str | Unset
        if _settlement_floor_dollars_data is None or isinstance(
            _settlement_floor_dollars_data, Unset
        ):
            settlement_floor_dollars = _settlement_floor_dollars_data
        elif not isinstance(_settlement_floor_dollars_data, (str,)):
            raise TypeError(
                f"settlement_floor_dollars: expected str, got {type(_settlement_floor_dollars_data).__name__}"
            )
        else:
            settlement_floor_dollars = cast(
                None | str | Unset, _settlement_floor_dollars_data
            )

        expiration_value = d.get("expiration_value", UNSET)
        if not isinstance(expiration_value, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.expiration_value: expected str, got {type(expiration_value).__name__}"
            )

        _occurrence_datetime_data = d.get("occurrence_datetime", UNSET)
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

        _fee_waiver_expiration_time_data = d.get("fee_waiver_expiration_time", UNSET)
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

        _early_close_condition_data = d.get("early_close_condition", UNSET)
        early_close_condition: None | str | Unset
        if _early_close_condition_data is None or isinstance(
            _early_close_condition_data, Unset
        ):
            early_close_condition = _early_close_condition_data
        elif not isinstance(_early_close_condition_data, (str,)):
            raise TypeError(
                f"early_close_condition: expected str, got {type(_early_close_condition_data).__name__}"
            )
        else:
            early_close_condition = cast(
                None | str | Unset, _early_close_condition_data
            )

        _strike_type = d.get("strike_type", UNSET)
        strike_type: MarketStrikeType | Unset
        if isinstance(_strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = MarketStrikeType._value2member_map_.get(
                _raw := _strike_type
            ) or MarketStrikeType(_raw)

        _floor_strike_data = d.get("floor_strike", UNSET)
        floor_strike: float | None | Unset
        if _floor_strike_data is None or isinstance(_floor_strike_data, Unset):
            floor_strike = _floor_strike_data
        elif not isinstance(
            _floor_strike_data,
            (
                int,
                float,
            ),
        ) or isinstance(_floor_strike_data, bool):
            raise TypeError(
                f"floor_strike: expected float, got {type(_floor_strike_data).__name__}"
            )
        else:
            floor_strike = cast(float | None | Unset, _floor_strike_data)

        _cap_strike_data = d.get("cap_strike", UNSET)
        cap_strike: float | None | Unset
        if _cap_strike_data is None or isinstance(_cap_strike_data, Unset):
            cap_strike = _cap_strike_data
        elif not isinstance(
            _cap_strike_data,
            (
                int,
                float,
            ),
        ) or isinstance(_cap_strike_data, bool):
            raise TypeError(
                f"cap_strike: expected float, got {type(_cap_strike_data).__name__}"
            )
        else:
            cap_strike = cast(float | None | Unset, _cap_strike_data)

        _functional_strike_data = d.get("functional_strike", UNSET)
        functional_strike: None | str | Unset
        if _functional_strike_data is None or isinstance(
            _functional_strike_data, Unset
        ):
            functional_strike = _functional_strike_data
        elif not isinstance(_functional_strike_data, (str,)):
            raise TypeError(
                f"functional_strike: expected str, got {type(_functional_strike_data).__name__}"
            )
        else:
            functional_strike = cast(None | str | Unset, _functional_strike_data)

        _custom_strike_data = d.get("custom_strike", UNSET)
        custom_strike: MarketCustomStrikeType0 | None | Unset
        if _custom_strike_data is None or isinstance(_custom_strike_data, Unset):
            custom_strike = _custom_strike_data
        elif isinstance(_custom_strike_data, dict):
            custom_strike_type_0 = MarketCustomStrikeType0.from_dict(
                lazy=lazily, src_dict=_custom_strike_data
            )

            custom_strike = custom_strike_type_0
        else:
            raise TypeError(
                f"custom_strike: unexpected JSON type {type(_custom_strike_data).__name__}"
            )

        rules_primary = d.get("rules_primary", UNSET)
        if not isinstance(rules_primary, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.rules_primary: expected str, got {type(rules_primary).__name__}"
            )

        rules_secondary = d.get("rules_secondary", UNSET)
        if not isinstance(rules_secondary, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.rules_secondary: expected str, got {type(rules_secondary).__name__}"
            )

        mve_collection_ticker = d.get("mve_collection_ticker", UNSET)
        if not isinstance(mve_collection_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.mve_collection_ticker: expected str, got {type(mve_collection_ticker).__name__}"
            )

        _mve_selected_legs_data = d.get("mve_selected_legs", UNSET)
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
                    lazy=lazily, src_dict=mve_selected_legs_type_0_item_data
                )

                mve_selected_legs_type_0.append(mve_selected_legs_type_0_item)

            mve_selected_legs = mve_selected_legs_type_0
        else:
            raise TypeError(
                f"mve_selected_legs: unexpected JSON type {type(_mve_selected_legs_data).__name__}"
            )

        _primary_participant_key_data = d.get("primary_participant_key", UNSET)
        primary_participant_key: None | str | Unset
        if _primary_participant_key_data is None or isinstance(
            _primary_participant_key_data, Unset
        ):
            primary_participant_key = _primary_participant_key_data
        elif not isinstance(_primary_participant_key_data, (str,)):
            raise TypeError(
                f"primary_participant_key: expected str, got {type(_primary_participant_key_data).__name__}"
            )
        else:
            primary_participant_key = cast(
                None | str | Unset, _primary_participant_key_data
            )

        price_level_structure = d.get("price_level_structure", UNSET)
        if not isinstance(price_level_structure, (str, Unset, NoneType)):
            raise TypeError(
                f"Market.price_level_structure: expected str, got {type(price_level_structure).__name__}"
            )

        _price_ranges_data = d.get("price_ranges", UNSET)
        price_ranges: list[PriceRange] | None | Unset
        if _price_ranges_data is None or isinstance(_price_ranges_data, Unset):
            price_ranges = _price_ranges_data
        elif isinstance(_price_ranges_data, list):
            price_ranges_type_0 = []
            _price_ranges_type_0 = _price_ranges_data
            for price_ranges_type_0_item_data in _price_ranges_type_0:
                price_ranges_type_0_item = PriceRange.from_dict(
                    lazy=lazily, src_dict=price_ranges_type_0_item_data
                )

                price_ranges_type_0.append(price_ranges_type_0_item)

            price_ranges = price_ranges_type_0
        else:
            raise TypeError(
                f"price_ranges: unexpected JSON type {type(_price_ranges_data).__name__}"
            )

        is_provisional = d.get("is_provisional", UNSET)
        if not isinstance(is_provisional, (bool, Unset, NoneType)):
            raise TypeError(
                f"Market.is_provisional: expected bool, got {type(is_provisional).__name__}"
            )

        exchange_index = d.get("exchange_index", UNSET)
        if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
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
        market.additional_properties = _load_additional_properties(d, False)
        return market

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
                raise MalformedField(f"Market.{name}: {error!r}") from error
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
        return f"Market({', '.join(shown)})"

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
        if isinstance(value, bool) or not isinstance(value, (str, int)):
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


def _load_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    ticker = d.get("ticker", UNSET)
    if not isinstance(ticker, (str, Unset, NoneType)):
        raise TypeError(f"Market.ticker: expected str, got {type(ticker).__name__}")

    return ticker


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_market_type(d: dict[str, Any], lazily: bool) -> MarketMarketType | Unset:
    _market_type = d.get("market_type", UNSET)
    market_type: MarketMarketType | Unset
    if isinstance(_market_type, Unset):
        market_type = UNSET
    else:
        market_type = MarketMarketType._value2member_map_.get(
            _raw := _market_type
        ) or MarketMarketType(_raw)

    return market_type


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(f"Market.title: expected str, got {type(title).__name__}")

    return title


def _load_subtitle(d: dict[str, Any], lazily: bool) -> str | Unset:
    subtitle = d.get("subtitle", UNSET)
    if not isinstance(subtitle, (str, Unset, NoneType)):
        raise TypeError(f"Market.subtitle: expected str, got {type(subtitle).__name__}")

    return subtitle


def _load_yes_sub_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_sub_title = d.get("yes_sub_title", UNSET)
    if not isinstance(yes_sub_title, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
        )

    return yes_sub_title


def _load_no_sub_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_sub_title = d.get("no_sub_title", UNSET)
    if not isinstance(no_sub_title, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.no_sub_title: expected str, got {type(no_sub_title).__name__}"
        )

    return no_sub_title


def _load_created_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _created_time = d.get("created_time", UNSET)
    created_time: datetime.datetime | Unset
    if isinstance(_created_time, Unset):
        created_time = UNSET
    else:
        created_time = datetime.datetime.fromisoformat(_created_time)

    return created_time


def _load_updated_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _updated_time = d.get("updated_time", UNSET)
    updated_time: datetime.datetime | Unset
    if isinstance(_updated_time, Unset):
        updated_time = UNSET
    else:
        updated_time = datetime.datetime.fromisoformat(_updated_time)

    return updated_time


def _load_open_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _open_time = d.get("open_time", UNSET)
    open_time: datetime.datetime | Unset
    if isinstance(_open_time, Unset):
        open_time = UNSET
    else:
        open_time = datetime.datetime.fromisoformat(_open_time)

    return open_time


def _load_close_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _close_time = d.get("close_time", UNSET)
    close_time: datetime.datetime | Unset
    if isinstance(_close_time, Unset):
        close_time = UNSET
    else:
        close_time = datetime.datetime.fromisoformat(_close_time)

    return close_time


def _load_expected_expiration_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _expected_expiration_time_data = d.get("expected_expiration_time", UNSET)
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

    return expected_expiration_time


def _load_expiration_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _expiration_time = d.get("expiration_time", UNSET)
    expiration_time: datetime.datetime | Unset
    if isinstance(_expiration_time, Unset):
        expiration_time = UNSET
    else:
        expiration_time = datetime.datetime.fromisoformat(_expiration_time)

    return expiration_time


def _load_latest_expiration_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | Unset:
    _latest_expiration_time = d.get("latest_expiration_time", UNSET)
    latest_expiration_time: datetime.datetime | Unset
    if isinstance(_latest_expiration_time, Unset):
        latest_expiration_time = UNSET
    else:
        latest_expiration_time = datetime.datetime.fromisoformat(
            _latest_expiration_time
        )

    return latest_expiration_time


def _load_settlement_timer_seconds(d: dict[str, Any], lazily: bool) -> int | Unset:
    settlement_timer_seconds = d.get("settlement_timer_seconds", UNSET)
    if not isinstance(settlement_timer_seconds, (int, Unset, NoneType)) or isinstance(
        settlement_timer_seconds, bool
    ):
        raise TypeError(
            f"Market.settlement_timer_seconds: expected int, got {type(settlement_timer_seconds).__name__}"
        )

    return settlement_timer_seconds


def _load_status(d: dict[str, Any], lazily: bool) -> MarketStatus | Unset:
    _status = d.get("status", UNSET)
    status: MarketStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = MarketStatus._value2member_map_.get(_raw := _status) or MarketStatus(
            _raw
        )

    return status


def _load_yes_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_bid_dollars = d.get("yes_bid_dollars", UNSET)
    if not isinstance(yes_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.yes_bid_dollars: expected str, got {type(yes_bid_dollars).__name__}"
        )

    return yes_bid_dollars


def _load_yes_bid_size_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_bid_size_fp = d.get("yes_bid_size_fp", UNSET)
    if not isinstance(yes_bid_size_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.yes_bid_size_fp: expected str, got {type(yes_bid_size_fp).__name__}"
        )

    return yes_bid_size_fp


def _load_yes_ask_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_ask_dollars = d.get("yes_ask_dollars", UNSET)
    if not isinstance(yes_ask_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.yes_ask_dollars: expected str, got {type(yes_ask_dollars).__name__}"
        )

    return yes_ask_dollars


def _load_yes_ask_size_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_ask_size_fp = d.get("yes_ask_size_fp", UNSET)
    if not isinstance(yes_ask_size_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.yes_ask_size_fp: expected str, got {type(yes_ask_size_fp).__name__}"
        )

    return yes_ask_size_fp


def _load_no_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_bid_dollars = d.get("no_bid_dollars", UNSET)
    if not isinstance(no_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.no_bid_dollars: expected str, got {type(no_bid_dollars).__name__}"
        )

    return no_bid_dollars


def _load_no_ask_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_ask_dollars = d.get("no_ask_dollars", UNSET)
    if not isinstance(no_ask_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.no_ask_dollars: expected str, got {type(no_ask_dollars).__name__}"
        )

    return no_ask_dollars


def _load_last_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    last_price_dollars = d.get("last_price_dollars", UNSET)
    if not isinstance(last_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.last_price_dollars: expected str, got {type(last_price_dollars).__name__}"
        )

    return last_price_dollars


def _load_volume_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    volume_fp = d.get("volume_fp", UNSET)
    if not isinstance(volume_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.volume_fp: expected str, got {type(volume_fp).__name__}"
        )

    return volume_fp


def _load_volume_24h_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    volume_24h_fp = d.get("volume_24h_fp", UNSET)
    if not isinstance(volume_24h_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.volume_24h_fp: expected str, got {type(volume_24h_fp).__name__}"
        )

    return volume_24h_fp


def _load_result(d: dict[str, Any], lazily: bool) -> MarketResult | Unset:
    _result = d.get("result", UNSET)
    result: MarketResult | Unset
    if isinstance(_result, Unset):
        result = UNSET
    else:
        result = MarketResult._value2member_map_.get(_raw := _result) or MarketResult(
            _raw
        )

    return result


def _load_can_close_early(d: dict[str, Any], lazily: bool) -> bool | Unset:
    can_close_early = d.get("can_close_early", UNSET)
    if not isinstance(can_close_early, (bool, Unset, NoneType)):
        raise TypeError(
            f"Market.can_close_early: expected bool, got {type(can_close_early).__name__}"
        )

    return can_close_early


def _load_open_interest_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    open_interest_fp = d.get("open_interest_fp", UNSET)
    if not isinstance(open_interest_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.open_interest_fp: expected str, got {type(open_interest_fp).__name__}"
        )

    return open_interest_fp


def _load_notional_value_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    notional_value_dollars = d.get("notional_value_dollars", UNSET)
    if not isinstance(notional_value_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.notional_value_dollars: expected str, got {type(notional_value_dollars).__name__}"
        )

    return notional_value_dollars


def _load_previous_yes_bid_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    previous_yes_bid_dollars = d.get("previous_yes_bid_dollars", UNSET)
    if not isinstance(previous_yes_bid_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.previous_yes_bid_dollars: expected str, got {type(previous_yes_bid_dollars).__name__}"
        )

    return previous_yes_bid_dollars


def _load_previous_yes_ask_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    previous_yes_ask_dollars = d.get("previous_yes_ask_dollars", UNSET)
    if not isinstance(previous_yes_ask_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.previous_yes_ask_dollars: expected str, got {type(previous_yes_ask_dollars).__name__}"
        )

    return previous_yes_ask_dollars


def _load_previous_price_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    previous_price_dollars = d.get("previous_price_dollars", UNSET)
    if not isinstance(previous_price_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.previous_price_dollars: expected str, got {type(previous_price_dollars).__name__}"
        )

    return previous_price_dollars


def _load_settlement_value_dollars(
    d: dict[str, Any], lazily: bool
) -> None | str | Unset:
    _settlement_value_dollars_data = d.get("settlement_value_dollars", UNSET)
    settlement_value_dollars: None | str | Unset
    if _settlement_value_dollars_data is None or isinstance(
        _settlement_value_dollars_data, Unset
    ):
        settlement_value_dollars = _settlement_value_dollars_data
    elif not isinstance(_settlement_value_dollars_data, (str,)):
        raise TypeError(
            f"settlement_value_dollars: expected str, got {type(_settlement_value_dollars_data).__name__}"
        )
    else:
        settlement_value_dollars = cast(
            None | str | Unset, _settlement_value_dollars_data
        )

    return settlement_value_dollars


def _load_settlement_ts(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _settlement_ts_data = d.get("settlement_ts", UNSET)
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

    return settlement_ts


def _load_settlement_bounds_type(
    d: dict[str, Any], lazily: bool
) -> MarketSettlementBoundsType | Unset:
    _settlement_bounds_type = d.get("settlement_bounds_type", UNSET)
    settlement_bounds_type: MarketSettlementBoundsType | Unset
    if isinstance(_settlement_bounds_type, Unset):
        settlement_bounds_type = UNSET
    else:
        settlement_bounds_type = MarketSettlementBoundsType._value2member_map_.get(
            _raw := _settlement_bounds_type
        ) or MarketSettlementBoundsType(_raw)

    return settlement_bounds_type


def _load_settlement_floor_dollars(
    d: dict[str, Any], lazily: bool
) -> None | str | Unset:
    _settlement_floor_dollars_data = d.get("settlement_floor_dollars", UNSET)
    settlement_floor_dollars: None | str | Unset
    if _settlement_floor_dollars_data is None or isinstance(
        _settlement_floor_dollars_data, Unset
    ):
        settlement_floor_dollars = _settlement_floor_dollars_data
    elif not isinstance(_settlement_floor_dollars_data, (str,)):
        raise TypeError(
            f"settlement_floor_dollars: expected str, got {type(_settlement_floor_dollars_data).__name__}"
        )
    else:
        settlement_floor_dollars = cast(
            None | str | Unset, _settlement_floor_dollars_data
        )

    return settlement_floor_dollars


def _load_expiration_value(d: dict[str, Any], lazily: bool) -> str | Unset:
    expiration_value = d.get("expiration_value", UNSET)
    if not isinstance(expiration_value, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.expiration_value: expected str, got {type(expiration_value).__name__}"
        )

    return expiration_value


def _load_occurrence_datetime(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _occurrence_datetime_data = d.get("occurrence_datetime", UNSET)
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

    return occurrence_datetime


def _load_fee_waiver_expiration_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _fee_waiver_expiration_time_data = d.get("fee_waiver_expiration_time", UNSET)
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

    return fee_waiver_expiration_time


def _load_early_close_condition(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _early_close_condition_data = d.get("early_close_condition", UNSET)
    early_close_condition: None | str | Unset
    if _early_close_condition_data is None or isinstance(
        _early_close_condition_data, Unset
    ):
        early_close_condition = _early_close_condition_data
    elif not isinstance(_early_close_condition_data, (str,)):
        raise TypeError(
            f"early_close_condition: expected str, got {type(_early_close_condition_data).__name__}"
        )
    else:
        early_close_condition = cast(None | str | Unset, _early_close_condition_data)

    return early_close_condition


def _load_strike_type(d: dict[str, Any], lazily: bool) -> MarketStrikeType | Unset:
    _strike_type = d.get("strike_type", UNSET)
    strike_type: MarketStrikeType | Unset
    if isinstance(_strike_type, Unset):
        strike_type = UNSET
    else:
        strike_type = MarketStrikeType._value2member_map_.get(
            _raw := _strike_type
        ) or MarketStrikeType(_raw)

    return strike_type


def _load_floor_strike(d: dict[str, Any], lazily: bool) -> float | None | Unset:
    _floor_strike_data = d.get("floor_strike", UNSET)
    floor_strike: float | None | Unset
    if _floor_strike_data is None or isinstance(_floor_strike_data, Unset):
        floor_strike = _floor_strike_data
    elif not isinstance(
        _floor_strike_data,
        (
            int,
            float,
        ),
    ) or isinstance(_floor_strike_data, bool):
        raise TypeError(
            f"floor_strike: expected float, got {type(_floor_strike_data).__name__}"
        )
    else:
        floor_strike = cast(float | None | Unset, _floor_strike_data)

    return floor_strike


def _load_cap_strike(d: dict[str, Any], lazily: bool) -> float | None | Unset:
    _cap_strike_data = d.get("cap_strike", UNSET)
    cap_strike: float | None | Unset
    if _cap_strike_data is None or isinstance(_cap_strike_data, Unset):
        cap_strike = _cap_strike_data
    elif not isinstance(
        _cap_strike_data,
        (
            int,
            float,
        ),
    ) or isinstance(_cap_strike_data, bool):
        raise TypeError(
            f"cap_strike: expected float, got {type(_cap_strike_data).__name__}"
        )
    else:
        cap_strike = cast(float | None | Unset, _cap_strike_data)

    return cap_strike


def _load_functional_strike(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _functional_strike_data = d.get("functional_strike", UNSET)
    functional_strike: None | str | Unset
    if _functional_strike_data is None or isinstance(_functional_strike_data, Unset):
        functional_strike = _functional_strike_data
    elif not isinstance(_functional_strike_data, (str,)):
        raise TypeError(
            f"functional_strike: expected str, got {type(_functional_strike_data).__name__}"
        )
    else:
        functional_strike = cast(None | str | Unset, _functional_strike_data)

    return functional_strike


def _load_custom_strike(
    d: dict[str, Any], lazily: bool
) -> MarketCustomStrikeType0 | None | Unset:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0  # noqa: PLC0415

    _custom_strike_data = d.get("custom_strike", UNSET)
    custom_strike: MarketCustomStrikeType0 | None | Unset
    if _custom_strike_data is None or isinstance(_custom_strike_data, Unset):
        custom_strike = _custom_strike_data
    elif isinstance(_custom_strike_data, dict):
        custom_strike_type_0 = MarketCustomStrikeType0.from_dict(
            lazy=lazily, src_dict=_custom_strike_data
        )

        custom_strike = custom_strike_type_0
    else:
        raise TypeError(
            f"custom_strike: unexpected JSON type {type(_custom_strike_data).__name__}"
        )

    return custom_strike


def _load_rules_primary(d: dict[str, Any], lazily: bool) -> str | Unset:
    rules_primary = d.get("rules_primary", UNSET)
    if not isinstance(rules_primary, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.rules_primary: expected str, got {type(rules_primary).__name__}"
        )

    return rules_primary


def _load_rules_secondary(d: dict[str, Any], lazily: bool) -> str | Unset:
    rules_secondary = d.get("rules_secondary", UNSET)
    if not isinstance(rules_secondary, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.rules_secondary: expected str, got {type(rules_secondary).__name__}"
        )

    return rules_secondary


def _load_mve_collection_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    mve_collection_ticker = d.get("mve_collection_ticker", UNSET)
    if not isinstance(mve_collection_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.mve_collection_ticker: expected str, got {type(mve_collection_ticker).__name__}"
        )

    return mve_collection_ticker


def _load_mve_selected_legs(
    d: dict[str, Any], lazily: bool
) -> list[MveSelectedLeg] | None | Unset:
    from ..models.mve_selected_leg import MveSelectedLeg  # noqa: PLC0415

    _mve_selected_legs_data = d.get("mve_selected_legs", UNSET)
    mve_selected_legs: list[MveSelectedLeg] | None | Unset
    if _mve_selected_legs_data is None or isinstance(_mve_selected_legs_data, Unset):
        mve_selected_legs = _mve_selected_legs_data
    elif isinstance(_mve_selected_legs_data, list):
        mve_selected_legs_type_0 = []
        _mve_selected_legs_type_0 = _mve_selected_legs_data
        for mve_selected_legs_type_0_item_data in _mve_selected_legs_type_0:
            mve_selected_legs_type_0_item = MveSelectedLeg.from_dict(
                lazy=lazily, src_dict=mve_selected_legs_type_0_item_data
            )

            mve_selected_legs_type_0.append(mve_selected_legs_type_0_item)

        mve_selected_legs = mve_selected_legs_type_0
    else:
        raise TypeError(
            f"mve_selected_legs: unexpected JSON type {type(_mve_selected_legs_data).__name__}"
        )

    return mve_selected_legs


def _load_primary_participant_key(
    d: dict[str, Any], lazily: bool
) -> None | str | Unset:
    _primary_participant_key_data = d.get("primary_participant_key", UNSET)
    primary_participant_key: None | str | Unset
    if _primary_participant_key_data is None or isinstance(
        _primary_participant_key_data, Unset
    ):
        primary_participant_key = _primary_participant_key_data
    elif not isinstance(_primary_participant_key_data, (str,)):
        raise TypeError(
            f"primary_participant_key: expected str, got {type(_primary_participant_key_data).__name__}"
        )
    else:
        primary_participant_key = cast(
            None | str | Unset, _primary_participant_key_data
        )

    return primary_participant_key


def _load_price_level_structure(d: dict[str, Any], lazily: bool) -> str | Unset:
    price_level_structure = d.get("price_level_structure", UNSET)
    if not isinstance(price_level_structure, (str, Unset, NoneType)):
        raise TypeError(
            f"Market.price_level_structure: expected str, got {type(price_level_structure).__name__}"
        )

    return price_level_structure


def _load_price_ranges(
    d: dict[str, Any], lazily: bool
) -> list[PriceRange] | None | Unset:
    from ..models.price_range import PriceRange  # noqa: PLC0415

    _price_ranges_data = d.get("price_ranges", UNSET)
    price_ranges: list[PriceRange] | None | Unset
    if _price_ranges_data is None or isinstance(_price_ranges_data, Unset):
        price_ranges = _price_ranges_data
    elif isinstance(_price_ranges_data, list):
        price_ranges_type_0 = []
        _price_ranges_type_0 = _price_ranges_data
        for price_ranges_type_0_item_data in _price_ranges_type_0:
            price_ranges_type_0_item = PriceRange.from_dict(
                lazy=lazily, src_dict=price_ranges_type_0_item_data
            )

            price_ranges_type_0.append(price_ranges_type_0_item)

        price_ranges = price_ranges_type_0
    else:
        raise TypeError(
            f"price_ranges: unexpected JSON type {type(_price_ranges_data).__name__}"
        )

    return price_ranges


def _load_is_provisional(d: dict[str, Any], lazily: bool) -> bool | Unset:
    is_provisional = d.get("is_provisional", UNSET)
    if not isinstance(is_provisional, (bool, Unset, NoneType)):
        raise TypeError(
            f"Market.is_provisional: expected bool, got {type(is_provisional).__name__}"
        )

    return is_provisional


def _load_exchange_index(d: dict[str, Any], lazily: bool) -> int | Unset:
    exchange_index = d.get("exchange_index", UNSET)
    if not isinstance(exchange_index, (int, Unset, NoneType)) or isinstance(
        exchange_index, bool
    ):
        raise TypeError(
            f"Market.exchange_index: expected int, got {type(exchange_index).__name__}"
        )

    return exchange_index


_FIELDS = frozenset(
    {
        "ticker",
        "event_ticker",
        "market_type",
        "title",
        "subtitle",
        "yes_sub_title",
        "no_sub_title",
        "created_time",
        "updated_time",
        "open_time",
        "close_time",
        "expected_expiration_time",
        "expiration_time",
        "latest_expiration_time",
        "settlement_timer_seconds",
        "status",
        "yes_bid_dollars",
        "yes_bid_size_fp",
        "yes_ask_dollars",
        "yes_ask_size_fp",
        "no_bid_dollars",
        "no_ask_dollars",
        "last_price_dollars",
        "volume_fp",
        "volume_24h_fp",
        "result",
        "can_close_early",
        "open_interest_fp",
        "notional_value_dollars",
        "previous_yes_bid_dollars",
        "previous_yes_ask_dollars",
        "previous_price_dollars",
        "settlement_value_dollars",
        "settlement_ts",
        "settlement_bounds_type",
        "settlement_floor_dollars",
        "expiration_value",
        "occurrence_datetime",
        "fee_waiver_expiration_time",
        "early_close_condition",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "functional_strike",
        "custom_strike",
        "rules_primary",
        "rules_secondary",
        "mve_collection_ticker",
        "mve_selected_legs",
        "primary_participant_key",
        "price_level_structure",
        "price_ranges",
        "is_provisional",
        "exchange_index",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "ticker": _load_ticker,
    "event_ticker": _load_event_ticker,
    "market_type": _load_market_type,
    "title": _load_title,
    "subtitle": _load_subtitle,
    "yes_sub_title": _load_yes_sub_title,
    "no_sub_title": _load_no_sub_title,
    "created_time": _load_created_time,
    "updated_time": _load_updated_time,
    "open_time": _load_open_time,
    "close_time": _load_close_time,
    "expected_expiration_time": _load_expected_expiration_time,
    "expiration_time": _load_expiration_time,
    "latest_expiration_time": _load_latest_expiration_time,
    "settlement_timer_seconds": _load_settlement_timer_seconds,
    "status": _load_status,
    "yes_bid_dollars": _load_yes_bid_dollars,
    "yes_bid_size_fp": _load_yes_bid_size_fp,
    "yes_ask_dollars": _load_yes_ask_dollars,
    "yes_ask_size_fp": _load_yes_ask_size_fp,
    "no_bid_dollars": _load_no_bid_dollars,
    "no_ask_dollars": _load_no_ask_dollars,
    "last_price_dollars": _load_last_price_dollars,
    "volume_fp": _load_volume_fp,
    "volume_24h_fp": _load_volume_24h_fp,
    "result": _load_result,
    "can_close_early": _load_can_close_early,
    "open_interest_fp": _load_open_interest_fp,
    "notional_value_dollars": _load_notional_value_dollars,
    "previous_yes_bid_dollars": _load_previous_yes_bid_dollars,
    "previous_yes_ask_dollars": _load_previous_yes_ask_dollars,
    "previous_price_dollars": _load_previous_price_dollars,
    "settlement_value_dollars": _load_settlement_value_dollars,
    "settlement_ts": _load_settlement_ts,
    "settlement_bounds_type": _load_settlement_bounds_type,
    "settlement_floor_dollars": _load_settlement_floor_dollars,
    "expiration_value": _load_expiration_value,
    "occurrence_datetime": _load_occurrence_datetime,
    "fee_waiver_expiration_time": _load_fee_waiver_expiration_time,
    "early_close_condition": _load_early_close_condition,
    "strike_type": _load_strike_type,
    "floor_strike": _load_floor_strike,
    "cap_strike": _load_cap_strike,
    "functional_strike": _load_functional_strike,
    "custom_strike": _load_custom_strike,
    "rules_primary": _load_rules_primary,
    "rules_secondary": _load_rules_secondary,
    "mve_collection_ticker": _load_mve_collection_ticker,
    "mve_selected_legs": _load_mve_selected_legs,
    "primary_participant_key": _load_primary_participant_key,
    "price_level_structure": _load_price_level_structure,
    "price_ranges": _load_price_ranges,
    "is_provisional": _load_is_provisional,
    "exchange_index": _load_exchange_index,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "ticker",
    "event_ticker",
    "market_type",
    "title",
    "subtitle",
    "yes_sub_title",
    "no_sub_title",
    "created_time",
    "updated_time",
    "open_time",
    "close_time",
    "expected_expiration_time",
    "expiration_time",
    "latest_expiration_time",
    "settlement_timer_seconds",
    "status",
    "yes_bid_dollars",
    "yes_bid_size_fp",
    "yes_ask_dollars",
    "yes_ask_size_fp",
    "no_bid_dollars",
    "no_ask_dollars",
    "last_price_dollars",
    "volume_fp",
    "volume_24h_fp",
    "result",
    "can_close_early",
    "open_interest_fp",
    "notional_value_dollars",
    "previous_yes_bid_dollars",
    "previous_yes_ask_dollars",
    "previous_price_dollars",
    "settlement_value_dollars",
    "settlement_ts",
    "settlement_bounds_type",
    "settlement_floor_dollars",
    "expiration_value",
    "occurrence_datetime",
    "fee_waiver_expiration_time",
    "early_close_condition",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "functional_strike",
    "custom_strike",
    "rules_primary",
    "rules_secondary",
    "mve_collection_ticker",
    "mve_selected_legs",
    "primary_participant_key",
    "price_level_structure",
    "price_ranges",
    "is_provisional",
    "exchange_index",
    "additional_properties",
)
