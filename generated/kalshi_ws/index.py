"""WebSocket facts from openapi/kalshi-ws.yaml (scripts/ws_index.py)."""

from typing import NamedTuple


class Channel(NamedTuple):
    name: str
    models: tuple[str, ...]  # class names in kalshi_ws.models
    sequenced: bool  # every message carries `seq`, counting per sid from 1


class Variant(NamedTuple):
    """One model a wire `type` may parse into; the first variant whose test passes wins."""

    model: str
    module: str  # kalshi_ws.models.<module>
    msg_is_list: bool | None  # None: no test on the shape of `msg`
    msg_requires: tuple[str, ...]  # keys `msg` must have
    msg_fixed: tuple[tuple[str, object], ...]  # fields of `msg` with a fixed value


class Command(NamedTuple):
    cmd: str
    models: tuple[str, ...]
    actions: tuple[str, ...]  # update_subscription actions, over all its models


UPSTREAM_VERSION = "2.0.0"

SERVERS: dict[str, str] = {
    "production": "wss://external-api-ws.kalshi.com/trade-api/ws/v2"
}

CHANNELS: dict[str, Channel] = {
    "orderbook_delta": Channel(
        "orderbook_delta", ("OrderbookSnapshot", "OrderbookDelta"), True
    ),
    "ticker": Channel("ticker", ("Ticker",), False),
    "trade": Channel("trade", ("Trade",), True),
    "fill": Channel("fill", ("Fill",), False),
    "market_positions": Channel("market_positions", ("MarketPosition",), False),
    "market_lifecycle_v2": Channel(
        "market_lifecycle_v2",
        (
            "MarketLifecycleV2",
            "MarketMetadataUpdated",
            "EventLifecycle",
            "EventFeeUpdate",
        ),
        True,
    ),
    "multivariate_market_lifecycle": Channel(
        "multivariate_market_lifecycle",
        ("MultivariateMarketLifecycle", "EventLifecycle"),
        True,
    ),
    "communications": Channel(
        "communications",
        ("RfqCreated", "RfqDeleted", "QuoteCreated", "QuoteAccepted", "QuoteExecuted"),
        True,
    ),
    "order_group_updates": Channel("order_group_updates", ("OrderGroupUpdates",), True),
    "user_orders": Channel("user_orders", ("UserOrder",), False),
    "cfbenchmarks_value": Channel(
        "cfbenchmarks_value", ("CfbenchmarksValue", "CfbenchmarksIndexList"), True
    ),
    "cfbenchmarks_value_5hz": Channel(
        "cfbenchmarks_value_5hz",
        ("CfbenchmarksValue5Hz", "Cfbenchmarks5HzIndexList"),
        True,
    ),
    "pyth_value": Channel("pyth_value", ("PythValue", "PythUnderlyingList"), True),
}

MESSAGES: dict[str, tuple[Variant, ...]] = {
    "cfbenchmarks_value": (
        Variant("CfbenchmarksValue", "cfbenchmarks_value", None, (), ()),
    ),
    "cfbenchmarks_value_5hz": (
        Variant("CfbenchmarksValue5Hz", "cfbenchmarks_value_5_hz", None, (), ()),
    ),
    "cfbenchmarks_value_5hz_indexlist": (
        Variant(
            "Cfbenchmarks5HzIndexList", "cfbenchmarks_5_hz_index_list", None, (), ()
        ),
    ),
    "cfbenchmarks_value_indexlist": (
        Variant("CfbenchmarksIndexList", "cfbenchmarks_index_list", None, (), ()),
    ),
    "error": (Variant("ErrorResponse", "error_response", None, (), ()),),
    "event_fee_update": (Variant("EventFeeUpdate", "event_fee_update", None, (), ()),),
    "event_lifecycle": (Variant("EventLifecycle", "event_lifecycle", None, (), ()),),
    "fill": (Variant("Fill", "fill", None, (), ()),),
    "list_subscriptions": (
        Variant(
            "ListSubscriptionsResponse", "list_subscriptions_response", None, (), ()
        ),
    ),
    "market_lifecycle_v2": (
        Variant(
            "MarketMetadataUpdated",
            "market_metadata_updated",
            None,
            ("market_ticker",),
            (("event_type", "metadata_updated"),),
        ),
        Variant("MarketLifecycleV2", "market_lifecycle_v2", None, (), ()),
    ),
    "market_position": (Variant("MarketPosition", "market_position", None, (), ()),),
    "multivariate_market_lifecycle": (
        Variant(
            "MultivariateMarketLifecycle", "multivariate_market_lifecycle", None, (), ()
        ),
    ),
    "ok": (
        Variant(
            "ListSubscriptionsResponse", "list_subscriptions_response", True, (), ()
        ),
        Variant(
            "SubscribedIndicesResponse",
            "subscribed_indices_response",
            None,
            ("index_ids",),
            (),
        ),
        Variant(
            "SubscribedUnderlyingsResponse",
            "subscribed_underlyings_response",
            None,
            ("underlying_tickers",),
            (),
        ),
        Variant("OkResponse", "ok_response", None, (), ()),
    ),
    "order_group_updates": (
        Variant("OrderGroupUpdates", "order_group_updates", None, (), ()),
    ),
    "orderbook_delta": (Variant("OrderbookDelta", "orderbook_delta", None, (), ()),),
    "orderbook_snapshot": (
        Variant("OrderbookSnapshot", "orderbook_snapshot", None, (), ()),
    ),
    "pyth_value": (Variant("PythValue", "pyth_value", None, (), ()),),
    "pyth_value_underlying_list": (
        Variant("PythUnderlyingList", "pyth_underlying_list", None, (), ()),
    ),
    "quote_accepted": (Variant("QuoteAccepted", "quote_accepted", None, (), ()),),
    "quote_created": (Variant("QuoteCreated", "quote_created", None, (), ()),),
    "quote_executed": (Variant("QuoteExecuted", "quote_executed", None, (), ()),),
    "rfq_created": (Variant("RfqCreated", "rfq_created", None, (), ()),),
    "rfq_deleted": (Variant("RfqDeleted", "rfq_deleted", None, (), ()),),
    "subscribed": (Variant("SubscribedResponse", "subscribed_response", None, (), ()),),
    "ticker": (Variant("Ticker", "ticker", None, (), ()),),
    "trade": (Variant("Trade", "trade", None, (), ()),),
    "unsubscribed": (
        Variant("UnsubscribedResponse", "unsubscribed_response", None, (), ()),
    ),
    "user_order": (Variant("UserOrder", "user_order", None, (), ()),),
}

COMMANDS: dict[str, Command] = {
    "subscribe": Command("subscribe", ("SubscribeCommand",), ()),
    "unsubscribe": Command("unsubscribe", ("UnsubscribeCommand",), ()),
    "update_subscription": Command(
        "update_subscription",
        (
            "UpdateSubscriptionCommand",
            "CfbenchmarksUpdateSubscriptionCommand",
            "PythUpdateSubscriptionCommand",
        ),
        (
            "add_markets",
            "delete_markets",
            "get_snapshot",
            "subscribe_indices",
            "unsubscribe_indices",
            "indexlist",
            "subscribe_underlyings",
            "unsubscribe_underlyings",
            "underlying_list",
        ),
    ),
    "list_subscriptions": Command(
        "list_subscriptions", ("ListSubscriptionsCommand",), ()
    ),
}

RESPONSES: frozenset[str] = frozenset(
    ["error", "list_subscriptions", "ok", "subscribed", "unsubscribed"]
)

ERROR_CODES: dict[int, str] = {
    1: "Unable to process message",
    2: "Params required",
    3: "Channels required",
    4: "Subscription IDs required",
    5: "Unknown command",
    7: "Unknown subscription ID",
    8: "Unknown channel name",
    9: "Authentication required",
    10: "Channel error",
    11: "Invalid parameter",
    12: "Exactly one subscription ID is required",
    13: "Unsupported action",
    14: "Market Ticker required",
    15: "Action required",
    18: "Command timeout",
    19: "shard_factor must be > 0",
    20: "shard_factor is required when shard_key is set",
    21: "shard_key must be >= 0 and < shard_factor",
    22: "shard_factor must be <= 100",
    23: "Match IDs required",
    24: "Index IDs required",
    25: "Subscription buffer overflow",
    26: "Subscription market limit exceeded",
    27: "Too many requests",
    28: "Underlying tickers required",
}

TERMINAL_ERROR_CODES: frozenset[int] = frozenset([10, 25])
