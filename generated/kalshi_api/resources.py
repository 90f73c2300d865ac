"""`client.<tag>`: the operations of every tag (scripts/operation_index.py).

Each property gives that tag's operations as methods (the classes of `kalshi_api.api.<tag>`),
built on first use so that a client only imports the tags it calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .client import AuthenticatedClient

if TYPE_CHECKING:
    from kalshi._pagination import AsyncPaginator, Paginator
    from .api.account import AsyncAccountApi, AccountApi
    from .api.api_keys import AsyncApiKeysApi, ApiKeysApi
    from .api.communications import AsyncCommunicationsApi, CommunicationsApi
    from .api.events import AsyncEventsApi, EventsApi
    from .api.exchange import AsyncExchangeApi, ExchangeApi
    from .api.fcm import AsyncFcmApi, FcmApi
    from .api.historical import AsyncHistoricalApi, HistoricalApi
    from .api.incentive_programs import AsyncIncentiveProgramsApi, IncentiveProgramsApi
    from .api.live_data import AsyncLiveDataApi, LiveDataApi
    from .api.market import AsyncMarketApi, MarketApi
    from .api.milestone import AsyncMilestoneApi, MilestoneApi
    from .api.multivariate import AsyncMultivariateApi, MultivariateApi
    from .api.order_groups import AsyncOrderGroupsApi, OrderGroupsApi
    from .api.orders import AsyncOrdersApi, OrdersApi
    from .api.portfolio import AsyncPortfolioApi, PortfolioApi
    from .api.search import AsyncSearchApi, SearchApi
    from .api.structured_targets import AsyncStructuredTargetsApi, StructuredTargetsApi
    from .models import (
        BlockTradeProposal,
        Deposit,
        EventData,
        EventFeeChange,
        EventPosition,
        FcmFill,
        Fill,
        GetBlockTradeProposalsResponse,
        GetDepositsResponse,
        GetEventFeeChangesResponse,
        GetEventsResponse,
        GetFcmFillsResponse,
        GetFillsResponse,
        GetIncentiveProgramsResponse,
        GetIntraExchangeInstanceTransfersResponse,
        GetMarketsResponse,
        GetMilestonesResponse,
        GetMultivariateEventCollectionsResponse,
        GetMultivariateEventsResponse,
        GetOrdersResponse,
        GetPositionsResponse,
        GetQuotesResponse,
        GetRFQsResponse,
        GetSettlementsResponse,
        GetStructuredTargetsResponse,
        GetSubaccountTransfersResponse,
        GetTradesResponse,
        GetWithdrawalsResponse,
        IncentiveProgram,
        IntraExchangeInstanceTransfer,
        Market,
        MarketPosition,
        Milestone,
        MultivariateEventCollection,
        Order,
        Quote,
        RFQ,
        Settlement,
        StructuredTarget,
        SubaccountTransfer,
        Trade,
        Withdrawal,
    )


class Resources(AuthenticatedClient):
    """Every tag's operations as sync methods."""

    @cached_property
    def account(self) -> AccountApi:
        from .api.account import AccountApi

        return AccountApi(self)

    @cached_property
    def api_keys(self) -> ApiKeysApi:
        from .api.api_keys import ApiKeysApi

        return ApiKeysApi(self)

    @cached_property
    def communications(self) -> CommunicationsApi:
        from .api.communications import CommunicationsApi

        return CommunicationsApi(self)

    @cached_property
    def events(self) -> EventsApi:
        from .api.events import EventsApi

        return EventsApi(self)

    @cached_property
    def exchange(self) -> ExchangeApi:
        from .api.exchange import ExchangeApi

        return ExchangeApi(self)

    @cached_property
    def fcm(self) -> FcmApi:
        from .api.fcm import FcmApi

        return FcmApi(self)

    @cached_property
    def historical(self) -> HistoricalApi:
        from .api.historical import HistoricalApi

        return HistoricalApi(self)

    @cached_property
    def incentive_programs(self) -> IncentiveProgramsApi:
        from .api.incentive_programs import IncentiveProgramsApi

        return IncentiveProgramsApi(self)

    @cached_property
    def live_data(self) -> LiveDataApi:
        from .api.live_data import LiveDataApi

        return LiveDataApi(self)

    @cached_property
    def market(self) -> MarketApi:
        from .api.market import MarketApi

        return MarketApi(self)

    @cached_property
    def milestone(self) -> MilestoneApi:
        from .api.milestone import MilestoneApi

        return MilestoneApi(self)

    @cached_property
    def multivariate(self) -> MultivariateApi:
        from .api.multivariate import MultivariateApi

        return MultivariateApi(self)

    @cached_property
    def order_groups(self) -> OrderGroupsApi:
        from .api.order_groups import OrderGroupsApi

        return OrderGroupsApi(self)

    @cached_property
    def orders(self) -> OrdersApi:
        from .api.orders import OrdersApi

        return OrdersApi(self)

    @cached_property
    def portfolio(self) -> PortfolioApi:
        from .api.portfolio import PortfolioApi

        return PortfolioApi(self)

    @cached_property
    def search(self) -> SearchApi:
        from .api.search import SearchApi

        return SearchApi(self)

    @cached_property
    def structured_targets(self) -> StructuredTargetsApi:
        from .api.structured_targets import StructuredTargetsApi

        return StructuredTargetsApi(self)

    @overload
    def paginate(
        self,
        operation: Callable[..., GetBlockTradeProposalsResponse],
        *,
        item_field: Literal["block_trade_proposals"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[BlockTradeProposal]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetDepositsResponse],
        *,
        item_field: Literal["deposits"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Deposit]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetEventFeeChangesResponse],
        *,
        item_field: Literal["event_fee_changes"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[EventFeeChange]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetEventsResponse],
        *,
        item_field: Literal["events"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[EventData]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetEventsResponse],
        *,
        item_field: Literal["milestones"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Milestone]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetFcmFillsResponse],
        *,
        item_field: Literal["fills"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[FcmFill]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetFillsResponse],
        *,
        item_field: Literal["fills"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Fill]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetIncentiveProgramsResponse],
        *,
        item_field: Literal["incentive_programs"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[IncentiveProgram]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetIntraExchangeInstanceTransfersResponse],
        *,
        item_field: Literal["transfers"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[IntraExchangeInstanceTransfer]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetMarketsResponse],
        *,
        item_field: Literal["markets"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Market]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetMilestonesResponse],
        *,
        item_field: Literal["milestones"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Milestone]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetMultivariateEventCollectionsResponse],
        *,
        item_field: Literal["multivariate_contracts"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[MultivariateEventCollection]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetMultivariateEventsResponse],
        *,
        item_field: Literal["events"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[EventData]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetOrdersResponse],
        *,
        item_field: Literal["orders"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Order]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetPositionsResponse],
        *,
        item_field: Literal["market_positions"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[MarketPosition]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetPositionsResponse],
        *,
        item_field: Literal["event_positions"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[EventPosition]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetQuotesResponse],
        *,
        item_field: Literal["quotes"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Quote]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetRFQsResponse],
        *,
        item_field: Literal["rfqs"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[RFQ]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetSettlementsResponse],
        *,
        item_field: Literal["settlements"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Settlement]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetStructuredTargetsResponse],
        *,
        item_field: Literal["structured_targets"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[StructuredTarget]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetSubaccountTransfersResponse],
        *,
        item_field: Literal["transfers"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[SubaccountTransfer]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetTradesResponse],
        *,
        item_field: Literal["trades"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Trade]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., GetWithdrawalsResponse],
        *,
        item_field: Literal["withdrawals"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Withdrawal]: ...

    @overload
    def paginate(
        self,
        operation: Any,
        *,
        item_field: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> Paginator[Any]: ...

    def paginate(self, operation: Any, **options: Any) -> Any:
        """Every item of a cursor-paginated operation (`client.orders.get_orders`, or
        a function or module of kalshi_api.api), lazily: typed by its item model.

        item_field chooses the list of a response that has several; page_size defaults
        to the operation's maximum; cursor resumes; max_items stops; params go to the
        operation. Items are parsed lazily: each field is checked when first read
        (`kalshi.MalformedField` if it does not match); lazy=False checks them all as
        each page arrives."""
        return self._paginator(operation, **options)

    def _paginator(self, operation: Any, **options: Any) -> Any:
        raise NotImplementedError  # kalshi.KalshiClient / AsyncKalshiClient provide it


class AsyncResources(AuthenticatedClient):
    """Every tag's operations as async methods."""

    @cached_property
    def account(self) -> AsyncAccountApi:
        from .api.account import AsyncAccountApi

        return AsyncAccountApi(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeysApi:
        from .api.api_keys import AsyncApiKeysApi

        return AsyncApiKeysApi(self)

    @cached_property
    def communications(self) -> AsyncCommunicationsApi:
        from .api.communications import AsyncCommunicationsApi

        return AsyncCommunicationsApi(self)

    @cached_property
    def events(self) -> AsyncEventsApi:
        from .api.events import AsyncEventsApi

        return AsyncEventsApi(self)

    @cached_property
    def exchange(self) -> AsyncExchangeApi:
        from .api.exchange import AsyncExchangeApi

        return AsyncExchangeApi(self)

    @cached_property
    def fcm(self) -> AsyncFcmApi:
        from .api.fcm import AsyncFcmApi

        return AsyncFcmApi(self)

    @cached_property
    def historical(self) -> AsyncHistoricalApi:
        from .api.historical import AsyncHistoricalApi

        return AsyncHistoricalApi(self)

    @cached_property
    def incentive_programs(self) -> AsyncIncentiveProgramsApi:
        from .api.incentive_programs import AsyncIncentiveProgramsApi

        return AsyncIncentiveProgramsApi(self)

    @cached_property
    def live_data(self) -> AsyncLiveDataApi:
        from .api.live_data import AsyncLiveDataApi

        return AsyncLiveDataApi(self)

    @cached_property
    def market(self) -> AsyncMarketApi:
        from .api.market import AsyncMarketApi

        return AsyncMarketApi(self)

    @cached_property
    def milestone(self) -> AsyncMilestoneApi:
        from .api.milestone import AsyncMilestoneApi

        return AsyncMilestoneApi(self)

    @cached_property
    def multivariate(self) -> AsyncMultivariateApi:
        from .api.multivariate import AsyncMultivariateApi

        return AsyncMultivariateApi(self)

    @cached_property
    def order_groups(self) -> AsyncOrderGroupsApi:
        from .api.order_groups import AsyncOrderGroupsApi

        return AsyncOrderGroupsApi(self)

    @cached_property
    def orders(self) -> AsyncOrdersApi:
        from .api.orders import AsyncOrdersApi

        return AsyncOrdersApi(self)

    @cached_property
    def portfolio(self) -> AsyncPortfolioApi:
        from .api.portfolio import AsyncPortfolioApi

        return AsyncPortfolioApi(self)

    @cached_property
    def search(self) -> AsyncSearchApi:
        from .api.search import AsyncSearchApi

        return AsyncSearchApi(self)

    @cached_property
    def structured_targets(self) -> AsyncStructuredTargetsApi:
        from .api.structured_targets import AsyncStructuredTargetsApi

        return AsyncStructuredTargetsApi(self)

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetBlockTradeProposalsResponse]],
        *,
        item_field: Literal["block_trade_proposals"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[BlockTradeProposal]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetDepositsResponse]],
        *,
        item_field: Literal["deposits"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Deposit]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetEventFeeChangesResponse]],
        *,
        item_field: Literal["event_fee_changes"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[EventFeeChange]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetEventsResponse]],
        *,
        item_field: Literal["events"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[EventData]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetEventsResponse]],
        *,
        item_field: Literal["milestones"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Milestone]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetFcmFillsResponse]],
        *,
        item_field: Literal["fills"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[FcmFill]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetFillsResponse]],
        *,
        item_field: Literal["fills"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Fill]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetIncentiveProgramsResponse]],
        *,
        item_field: Literal["incentive_programs"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[IncentiveProgram]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetIntraExchangeInstanceTransfersResponse]],
        *,
        item_field: Literal["transfers"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[IntraExchangeInstanceTransfer]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetMarketsResponse]],
        *,
        item_field: Literal["markets"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Market]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetMilestonesResponse]],
        *,
        item_field: Literal["milestones"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Milestone]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetMultivariateEventCollectionsResponse]],
        *,
        item_field: Literal["multivariate_contracts"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[MultivariateEventCollection]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetMultivariateEventsResponse]],
        *,
        item_field: Literal["events"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[EventData]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetOrdersResponse]],
        *,
        item_field: Literal["orders"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Order]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetPositionsResponse]],
        *,
        item_field: Literal["market_positions"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[MarketPosition]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetPositionsResponse]],
        *,
        item_field: Literal["event_positions"],
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[EventPosition]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetQuotesResponse]],
        *,
        item_field: Literal["quotes"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Quote]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetRFQsResponse]],
        *,
        item_field: Literal["rfqs"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[RFQ]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetSettlementsResponse]],
        *,
        item_field: Literal["settlements"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Settlement]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetStructuredTargetsResponse]],
        *,
        item_field: Literal["structured_targets"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[StructuredTarget]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetSubaccountTransfersResponse]],
        *,
        item_field: Literal["transfers"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[SubaccountTransfer]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetTradesResponse]],
        *,
        item_field: Literal["trades"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Trade]: ...

    @overload
    def paginate(
        self,
        operation: Callable[..., Awaitable[GetWithdrawalsResponse]],
        *,
        item_field: Literal["withdrawals"] | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Withdrawal]: ...

    @overload
    def paginate(
        self,
        operation: Any,
        *,
        item_field: str | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        lazy: bool = True,
        **params: Any,
    ) -> AsyncPaginator[Any]: ...

    def paginate(self, operation: Any, **options: Any) -> Any:
        """Every item of a cursor-paginated operation (`client.orders.get_orders`, or
        a function or module of kalshi_api.api), lazily: typed by its item model.

        item_field chooses the list of a response that has several; page_size defaults
        to the operation's maximum; cursor resumes; max_items stops; params go to the
        operation. Items are parsed lazily: each field is checked when first read
        (`kalshi.MalformedField` if it does not match); lazy=False checks them all as
        each page arrives."""
        return self._paginator(operation, **options)

    def _paginator(self, operation: Any, **options: Any) -> Any:
        raise NotImplementedError  # kalshi.KalshiClient / AsyncKalshiClient provide it
