"""Contains all the data models used in inputs/outputs.

kalshi: models are imported on first use (PEP 562), so `import kalshi_api.models` costs nothing
and a program pays only for the models it touches.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .book_side import BookSide
    from .cfbenchmarks_5_hz_index_list import Cfbenchmarks5HzIndexList
    from .cfbenchmarks_5_hz_index_list_msg import Cfbenchmarks5HzIndexListMsg
    from .cfbenchmarks_5_hz_index_list_type import Cfbenchmarks5HzIndexListType
    from .cfbenchmarks_avg_data import CfbenchmarksAvgData
    from .cfbenchmarks_index_list import CfbenchmarksIndexList
    from .cfbenchmarks_index_list_msg import CfbenchmarksIndexListMsg
    from .cfbenchmarks_index_list_type import CfbenchmarksIndexListType
    from .cfbenchmarks_update_subscription_command import (
        CfbenchmarksUpdateSubscriptionCommand,
    )
    from .cfbenchmarks_update_subscription_command_cmd import (
        CfbenchmarksUpdateSubscriptionCommandCmd,
    )
    from .cfbenchmarks_update_subscription_command_params import (
        CfbenchmarksUpdateSubscriptionCommandParams,
    )
    from .cfbenchmarks_update_subscription_command_params_action import (
        CfbenchmarksUpdateSubscriptionCommandParamsAction,
    )
    from .cfbenchmarks_value import CfbenchmarksValue
    from .cfbenchmarks_value_5_hz import CfbenchmarksValue5Hz
    from .cfbenchmarks_value_5_hz_msg import CfbenchmarksValue5HzMsg
    from .cfbenchmarks_value_5_hz_type import CfbenchmarksValue5HzType
    from .cfbenchmarks_value_msg import CfbenchmarksValueMsg
    from .cfbenchmarks_value_type import CfbenchmarksValueType
    from .error_response import ErrorResponse
    from .error_response_msg import ErrorResponseMsg
    from .error_response_msg_code import ErrorResponseMsgCode
    from .error_response_type import ErrorResponseType
    from .event_fee_update import EventFeeUpdate
    from .event_fee_update_msg import EventFeeUpdateMsg
    from .event_fee_update_msg_fee_type_override import EventFeeUpdateMsgFeeTypeOverride
    from .event_fee_update_type import EventFeeUpdateType
    from .event_lifecycle import EventLifecycle
    from .event_lifecycle_msg import EventLifecycleMsg
    from .event_lifecycle_msg_collateral_return_type import (
        EventLifecycleMsgCollateralReturnType,
    )
    from .event_lifecycle_type import EventLifecycleType
    from .fill import Fill
    from .fill_msg import FillMsg
    from .fill_type import FillType
    from .last_update_reason import LastUpdateReason
    from .lifecycle_additional_metadata import LifecycleAdditionalMetadata
    from .lifecycle_additional_metadata_custom_strike import (
        LifecycleAdditionalMetadataCustomStrike,
    )
    from .lifecycle_price_level_structure import LifecyclePriceLevelStructure
    from .list_subscriptions_command import ListSubscriptionsCommand
    from .list_subscriptions_command_cmd import ListSubscriptionsCommandCmd
    from .list_subscriptions_response import ListSubscriptionsResponse
    from .list_subscriptions_response_msg_item import ListSubscriptionsResponseMsgItem
    from .list_subscriptions_response_type import ListSubscriptionsResponseType
    from .market_lifecycle_v2 import MarketLifecycleV2
    from .market_lifecycle_v2_msg import MarketLifecycleV2Msg
    from .market_lifecycle_v2_msg_event_type import MarketLifecycleV2MsgEventType
    from .market_lifecycle_v2_msg_price_ranges_item import (
        MarketLifecycleV2MsgPriceRangesItem,
    )
    from .market_lifecycle_v2_type import MarketLifecycleV2Type
    from .market_metadata_updated import MarketMetadataUpdated
    from .market_metadata_updated_msg import MarketMetadataUpdatedMsg
    from .market_metadata_updated_msg_custom_strike import (
        MarketMetadataUpdatedMsgCustomStrike,
    )
    from .market_metadata_updated_msg_event_type import (
        MarketMetadataUpdatedMsgEventType,
    )
    from .market_metadata_updated_type import MarketMetadataUpdatedType
    from .market_position import MarketPosition
    from .market_position_msg import MarketPositionMsg
    from .market_position_type import MarketPositionType
    from .market_side import MarketSide
    from .multivariate_market_lifecycle import MultivariateMarketLifecycle
    from .multivariate_market_lifecycle_msg import MultivariateMarketLifecycleMsg
    from .multivariate_market_lifecycle_msg_event_type import (
        MultivariateMarketLifecycleMsgEventType,
    )
    from .multivariate_market_lifecycle_type import MultivariateMarketLifecycleType
    from .ok_response import OkResponse
    from .ok_response_msg import OkResponseMsg
    from .ok_response_type import OkResponseType
    from .order_action import OrderAction
    from .order_group_updates import OrderGroupUpdates
    from .order_group_updates_msg import OrderGroupUpdatesMsg
    from .order_group_updates_msg_event_type import OrderGroupUpdatesMsgEventType
    from .order_group_updates_type import OrderGroupUpdatesType
    from .orderbook_delta import OrderbookDelta
    from .orderbook_delta_msg import OrderbookDeltaMsg
    from .orderbook_delta_type import OrderbookDeltaType
    from .orderbook_snapshot import OrderbookSnapshot
    from .orderbook_snapshot_msg import OrderbookSnapshotMsg
    from .orderbook_snapshot_type import OrderbookSnapshotType
    from .pyth_underlying_list import PythUnderlyingList
    from .pyth_underlying_list_msg import PythUnderlyingListMsg
    from .pyth_underlying_list_type import PythUnderlyingListType
    from .pyth_update_subscription_command import PythUpdateSubscriptionCommand
    from .pyth_update_subscription_command_cmd import PythUpdateSubscriptionCommandCmd
    from .pyth_update_subscription_command_params import (
        PythUpdateSubscriptionCommandParams,
    )
    from .pyth_update_subscription_command_params_action import (
        PythUpdateSubscriptionCommandParamsAction,
    )
    from .pyth_value import PythValue
    from .pyth_value_msg import PythValueMsg
    from .pyth_value_type import PythValueType
    from .quote_accepted import QuoteAccepted
    from .quote_accepted_msg import QuoteAcceptedMsg
    from .quote_accepted_msg_accepted_side import QuoteAcceptedMsgAcceptedSide
    from .quote_accepted_type import QuoteAcceptedType
    from .quote_created import QuoteCreated
    from .quote_created_msg import QuoteCreatedMsg
    from .quote_created_type import QuoteCreatedType
    from .quote_executed import QuoteExecuted
    from .quote_executed_msg import QuoteExecutedMsg
    from .quote_executed_type import QuoteExecutedType
    from .rfq_created import RfqCreated
    from .rfq_created_msg import RfqCreatedMsg
    from .rfq_created_msg_mve_selected_legs_item import RfqCreatedMsgMveSelectedLegsItem
    from .rfq_created_msg_mve_selected_legs_item_side import (
        RfqCreatedMsgMveSelectedLegsItemSide,
    )
    from .rfq_created_type import RfqCreatedType
    from .rfq_deleted import RfqDeleted
    from .rfq_deleted_msg import RfqDeletedMsg
    from .rfq_deleted_type import RfqDeletedType
    from .subscribe_command import SubscribeCommand
    from .subscribe_command_cmd import SubscribeCommandCmd
    from .subscribe_command_params import SubscribeCommandParams
    from .subscribe_command_params_channels_item import (
        SubscribeCommandParamsChannelsItem,
    )
    from .subscribe_command_params_user_filter import SubscribeCommandParamsUserFilter
    from .subscribed_indices_response import SubscribedIndicesResponse
    from .subscribed_indices_response_msg import SubscribedIndicesResponseMsg
    from .subscribed_indices_response_type import SubscribedIndicesResponseType
    from .subscribed_response import SubscribedResponse
    from .subscribed_response_msg import SubscribedResponseMsg
    from .subscribed_response_type import SubscribedResponseType
    from .subscribed_underlyings_response import SubscribedUnderlyingsResponse
    from .subscribed_underlyings_response_msg import SubscribedUnderlyingsResponseMsg
    from .subscribed_underlyings_response_type import SubscribedUnderlyingsResponseType
    from .ticker import Ticker
    from .ticker_msg import TickerMsg
    from .ticker_type import TickerType
    from .trade import Trade
    from .trade_msg import TradeMsg
    from .trade_type import TradeType
    from .unsubscribe_command import UnsubscribeCommand
    from .unsubscribe_command_cmd import UnsubscribeCommandCmd
    from .unsubscribe_command_params import UnsubscribeCommandParams
    from .unsubscribed_response import UnsubscribedResponse
    from .unsubscribed_response_type import UnsubscribedResponseType
    from .update_subscription_command import UpdateSubscriptionCommand
    from .update_subscription_command_cmd import UpdateSubscriptionCommandCmd
    from .update_subscription_command_params import UpdateSubscriptionCommandParams
    from .update_subscription_command_params_action import (
        UpdateSubscriptionCommandParamsAction,
    )
    from .user_order import UserOrder
    from .user_order_msg import UserOrderMsg
    from .user_order_msg_self_trade_prevention_type import (
        UserOrderMsgSelfTradePreventionType,
    )
    from .user_order_msg_status import UserOrderMsgStatus
    from .user_order_type import UserOrderType

_MODULES = {
    "BookSide": ".book_side",
    "Cfbenchmarks5HzIndexList": ".cfbenchmarks_5_hz_index_list",
    "Cfbenchmarks5HzIndexListMsg": ".cfbenchmarks_5_hz_index_list_msg",
    "Cfbenchmarks5HzIndexListType": ".cfbenchmarks_5_hz_index_list_type",
    "CfbenchmarksAvgData": ".cfbenchmarks_avg_data",
    "CfbenchmarksIndexList": ".cfbenchmarks_index_list",
    "CfbenchmarksIndexListMsg": ".cfbenchmarks_index_list_msg",
    "CfbenchmarksIndexListType": ".cfbenchmarks_index_list_type",
    "CfbenchmarksUpdateSubscriptionCommand": ".cfbenchmarks_update_subscription_command",
    "CfbenchmarksUpdateSubscriptionCommandCmd": ".cfbenchmarks_update_subscription_command_cmd",
    "CfbenchmarksUpdateSubscriptionCommandParams": ".cfbenchmarks_update_subscription_command_params",
    "CfbenchmarksUpdateSubscriptionCommandParamsAction": ".cfbenchmarks_update_subscription_command_params_action",
    "CfbenchmarksValue": ".cfbenchmarks_value",
    "CfbenchmarksValue5Hz": ".cfbenchmarks_value_5_hz",
    "CfbenchmarksValue5HzMsg": ".cfbenchmarks_value_5_hz_msg",
    "CfbenchmarksValue5HzType": ".cfbenchmarks_value_5_hz_type",
    "CfbenchmarksValueMsg": ".cfbenchmarks_value_msg",
    "CfbenchmarksValueType": ".cfbenchmarks_value_type",
    "ErrorResponse": ".error_response",
    "ErrorResponseMsg": ".error_response_msg",
    "ErrorResponseMsgCode": ".error_response_msg_code",
    "ErrorResponseType": ".error_response_type",
    "EventFeeUpdate": ".event_fee_update",
    "EventFeeUpdateMsg": ".event_fee_update_msg",
    "EventFeeUpdateMsgFeeTypeOverride": ".event_fee_update_msg_fee_type_override",
    "EventFeeUpdateType": ".event_fee_update_type",
    "EventLifecycle": ".event_lifecycle",
    "EventLifecycleMsg": ".event_lifecycle_msg",
    "EventLifecycleMsgCollateralReturnType": ".event_lifecycle_msg_collateral_return_type",
    "EventLifecycleType": ".event_lifecycle_type",
    "Fill": ".fill",
    "FillMsg": ".fill_msg",
    "FillType": ".fill_type",
    "LastUpdateReason": ".last_update_reason",
    "LifecycleAdditionalMetadata": ".lifecycle_additional_metadata",
    "LifecycleAdditionalMetadataCustomStrike": ".lifecycle_additional_metadata_custom_strike",
    "LifecyclePriceLevelStructure": ".lifecycle_price_level_structure",
    "ListSubscriptionsCommand": ".list_subscriptions_command",
    "ListSubscriptionsCommandCmd": ".list_subscriptions_command_cmd",
    "ListSubscriptionsResponse": ".list_subscriptions_response",
    "ListSubscriptionsResponseMsgItem": ".list_subscriptions_response_msg_item",
    "ListSubscriptionsResponseType": ".list_subscriptions_response_type",
    "MarketLifecycleV2": ".market_lifecycle_v2",
    "MarketLifecycleV2Msg": ".market_lifecycle_v2_msg",
    "MarketLifecycleV2MsgEventType": ".market_lifecycle_v2_msg_event_type",
    "MarketLifecycleV2MsgPriceRangesItem": ".market_lifecycle_v2_msg_price_ranges_item",
    "MarketLifecycleV2Type": ".market_lifecycle_v2_type",
    "MarketMetadataUpdated": ".market_metadata_updated",
    "MarketMetadataUpdatedMsg": ".market_metadata_updated_msg",
    "MarketMetadataUpdatedMsgCustomStrike": ".market_metadata_updated_msg_custom_strike",
    "MarketMetadataUpdatedMsgEventType": ".market_metadata_updated_msg_event_type",
    "MarketMetadataUpdatedType": ".market_metadata_updated_type",
    "MarketPosition": ".market_position",
    "MarketPositionMsg": ".market_position_msg",
    "MarketPositionType": ".market_position_type",
    "MarketSide": ".market_side",
    "MultivariateMarketLifecycle": ".multivariate_market_lifecycle",
    "MultivariateMarketLifecycleMsg": ".multivariate_market_lifecycle_msg",
    "MultivariateMarketLifecycleMsgEventType": ".multivariate_market_lifecycle_msg_event_type",
    "MultivariateMarketLifecycleType": ".multivariate_market_lifecycle_type",
    "OkResponse": ".ok_response",
    "OkResponseMsg": ".ok_response_msg",
    "OkResponseType": ".ok_response_type",
    "OrderAction": ".order_action",
    "OrderGroupUpdates": ".order_group_updates",
    "OrderGroupUpdatesMsg": ".order_group_updates_msg",
    "OrderGroupUpdatesMsgEventType": ".order_group_updates_msg_event_type",
    "OrderGroupUpdatesType": ".order_group_updates_type",
    "OrderbookDelta": ".orderbook_delta",
    "OrderbookDeltaMsg": ".orderbook_delta_msg",
    "OrderbookDeltaType": ".orderbook_delta_type",
    "OrderbookSnapshot": ".orderbook_snapshot",
    "OrderbookSnapshotMsg": ".orderbook_snapshot_msg",
    "OrderbookSnapshotType": ".orderbook_snapshot_type",
    "PythUnderlyingList": ".pyth_underlying_list",
    "PythUnderlyingListMsg": ".pyth_underlying_list_msg",
    "PythUnderlyingListType": ".pyth_underlying_list_type",
    "PythUpdateSubscriptionCommand": ".pyth_update_subscription_command",
    "PythUpdateSubscriptionCommandCmd": ".pyth_update_subscription_command_cmd",
    "PythUpdateSubscriptionCommandParams": ".pyth_update_subscription_command_params",
    "PythUpdateSubscriptionCommandParamsAction": ".pyth_update_subscription_command_params_action",
    "PythValue": ".pyth_value",
    "PythValueMsg": ".pyth_value_msg",
    "PythValueType": ".pyth_value_type",
    "QuoteAccepted": ".quote_accepted",
    "QuoteAcceptedMsg": ".quote_accepted_msg",
    "QuoteAcceptedMsgAcceptedSide": ".quote_accepted_msg_accepted_side",
    "QuoteAcceptedType": ".quote_accepted_type",
    "QuoteCreated": ".quote_created",
    "QuoteCreatedMsg": ".quote_created_msg",
    "QuoteCreatedType": ".quote_created_type",
    "QuoteExecuted": ".quote_executed",
    "QuoteExecutedMsg": ".quote_executed_msg",
    "QuoteExecutedType": ".quote_executed_type",
    "RfqCreated": ".rfq_created",
    "RfqCreatedMsg": ".rfq_created_msg",
    "RfqCreatedMsgMveSelectedLegsItem": ".rfq_created_msg_mve_selected_legs_item",
    "RfqCreatedMsgMveSelectedLegsItemSide": ".rfq_created_msg_mve_selected_legs_item_side",
    "RfqCreatedType": ".rfq_created_type",
    "RfqDeleted": ".rfq_deleted",
    "RfqDeletedMsg": ".rfq_deleted_msg",
    "RfqDeletedType": ".rfq_deleted_type",
    "SubscribeCommand": ".subscribe_command",
    "SubscribeCommandCmd": ".subscribe_command_cmd",
    "SubscribeCommandParams": ".subscribe_command_params",
    "SubscribeCommandParamsChannelsItem": ".subscribe_command_params_channels_item",
    "SubscribeCommandParamsUserFilter": ".subscribe_command_params_user_filter",
    "SubscribedIndicesResponse": ".subscribed_indices_response",
    "SubscribedIndicesResponseMsg": ".subscribed_indices_response_msg",
    "SubscribedIndicesResponseType": ".subscribed_indices_response_type",
    "SubscribedResponse": ".subscribed_response",
    "SubscribedResponseMsg": ".subscribed_response_msg",
    "SubscribedResponseType": ".subscribed_response_type",
    "SubscribedUnderlyingsResponse": ".subscribed_underlyings_response",
    "SubscribedUnderlyingsResponseMsg": ".subscribed_underlyings_response_msg",
    "SubscribedUnderlyingsResponseType": ".subscribed_underlyings_response_type",
    "Ticker": ".ticker",
    "TickerMsg": ".ticker_msg",
    "TickerType": ".ticker_type",
    "Trade": ".trade",
    "TradeMsg": ".trade_msg",
    "TradeType": ".trade_type",
    "UnsubscribeCommand": ".unsubscribe_command",
    "UnsubscribeCommandCmd": ".unsubscribe_command_cmd",
    "UnsubscribeCommandParams": ".unsubscribe_command_params",
    "UnsubscribedResponse": ".unsubscribed_response",
    "UnsubscribedResponseType": ".unsubscribed_response_type",
    "UpdateSubscriptionCommand": ".update_subscription_command",
    "UpdateSubscriptionCommandCmd": ".update_subscription_command_cmd",
    "UpdateSubscriptionCommandParams": ".update_subscription_command_params",
    "UpdateSubscriptionCommandParamsAction": ".update_subscription_command_params_action",
    "UserOrder": ".user_order",
    "UserOrderMsg": ".user_order_msg",
    "UserOrderMsgSelfTradePreventionType": ".user_order_msg_self_trade_prevention_type",
    "UserOrderMsgStatus": ".user_order_msg_status",
    "UserOrderType": ".user_order_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "BookSide",
    "Cfbenchmarks5HzIndexList",
    "Cfbenchmarks5HzIndexListMsg",
    "Cfbenchmarks5HzIndexListType",
    "CfbenchmarksAvgData",
    "CfbenchmarksIndexList",
    "CfbenchmarksIndexListMsg",
    "CfbenchmarksIndexListType",
    "CfbenchmarksUpdateSubscriptionCommand",
    "CfbenchmarksUpdateSubscriptionCommandCmd",
    "CfbenchmarksUpdateSubscriptionCommandParams",
    "CfbenchmarksUpdateSubscriptionCommandParamsAction",
    "CfbenchmarksValue",
    "CfbenchmarksValue5Hz",
    "CfbenchmarksValue5HzMsg",
    "CfbenchmarksValue5HzType",
    "CfbenchmarksValueMsg",
    "CfbenchmarksValueType",
    "ErrorResponse",
    "ErrorResponseMsg",
    "ErrorResponseMsgCode",
    "ErrorResponseType",
    "EventFeeUpdate",
    "EventFeeUpdateMsg",
    "EventFeeUpdateMsgFeeTypeOverride",
    "EventFeeUpdateType",
    "EventLifecycle",
    "EventLifecycleMsg",
    "EventLifecycleMsgCollateralReturnType",
    "EventLifecycleType",
    "Fill",
    "FillMsg",
    "FillType",
    "LastUpdateReason",
    "LifecycleAdditionalMetadata",
    "LifecycleAdditionalMetadataCustomStrike",
    "LifecyclePriceLevelStructure",
    "ListSubscriptionsCommand",
    "ListSubscriptionsCommandCmd",
    "ListSubscriptionsResponse",
    "ListSubscriptionsResponseMsgItem",
    "ListSubscriptionsResponseType",
    "MarketLifecycleV2",
    "MarketLifecycleV2Msg",
    "MarketLifecycleV2MsgEventType",
    "MarketLifecycleV2MsgPriceRangesItem",
    "MarketLifecycleV2Type",
    "MarketMetadataUpdated",
    "MarketMetadataUpdatedMsg",
    "MarketMetadataUpdatedMsgCustomStrike",
    "MarketMetadataUpdatedMsgEventType",
    "MarketMetadataUpdatedType",
    "MarketPosition",
    "MarketPositionMsg",
    "MarketPositionType",
    "MarketSide",
    "MultivariateMarketLifecycle",
    "MultivariateMarketLifecycleMsg",
    "MultivariateMarketLifecycleMsgEventType",
    "MultivariateMarketLifecycleType",
    "OkResponse",
    "OkResponseMsg",
    "OkResponseType",
    "OrderAction",
    "OrderbookDelta",
    "OrderbookDeltaMsg",
    "OrderbookDeltaType",
    "OrderbookSnapshot",
    "OrderbookSnapshotMsg",
    "OrderbookSnapshotType",
    "OrderGroupUpdates",
    "OrderGroupUpdatesMsg",
    "OrderGroupUpdatesMsgEventType",
    "OrderGroupUpdatesType",
    "PythUnderlyingList",
    "PythUnderlyingListMsg",
    "PythUnderlyingListType",
    "PythUpdateSubscriptionCommand",
    "PythUpdateSubscriptionCommandCmd",
    "PythUpdateSubscriptionCommandParams",
    "PythUpdateSubscriptionCommandParamsAction",
    "PythValue",
    "PythValueMsg",
    "PythValueType",
    "QuoteAccepted",
    "QuoteAcceptedMsg",
    "QuoteAcceptedMsgAcceptedSide",
    "QuoteAcceptedType",
    "QuoteCreated",
    "QuoteCreatedMsg",
    "QuoteCreatedType",
    "QuoteExecuted",
    "QuoteExecutedMsg",
    "QuoteExecutedType",
    "RfqCreated",
    "RfqCreatedMsg",
    "RfqCreatedMsgMveSelectedLegsItem",
    "RfqCreatedMsgMveSelectedLegsItemSide",
    "RfqCreatedType",
    "RfqDeleted",
    "RfqDeletedMsg",
    "RfqDeletedType",
    "SubscribeCommand",
    "SubscribeCommandCmd",
    "SubscribeCommandParams",
    "SubscribeCommandParamsChannelsItem",
    "SubscribeCommandParamsUserFilter",
    "SubscribedIndicesResponse",
    "SubscribedIndicesResponseMsg",
    "SubscribedIndicesResponseType",
    "SubscribedResponse",
    "SubscribedResponseMsg",
    "SubscribedResponseType",
    "SubscribedUnderlyingsResponse",
    "SubscribedUnderlyingsResponseMsg",
    "SubscribedUnderlyingsResponseType",
    "Ticker",
    "TickerMsg",
    "TickerType",
    "Trade",
    "TradeMsg",
    "TradeType",
    "UnsubscribeCommand",
    "UnsubscribeCommandCmd",
    "UnsubscribeCommandParams",
    "UnsubscribedResponse",
    "UnsubscribedResponseType",
    "UpdateSubscriptionCommand",
    "UpdateSubscriptionCommandCmd",
    "UpdateSubscriptionCommandParams",
    "UpdateSubscriptionCommandParamsAction",
    "UserOrder",
    "UserOrderMsg",
    "UserOrderMsgSelfTradePreventionType",
    "UserOrderMsgStatus",
    "UserOrderType",
)
