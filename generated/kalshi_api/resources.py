"""`client.<tag>`: the operations of every tag (scripts/operation_index.py).

Each property gives that tag's operations as methods (the classes of `kalshi_api.api.<tag>`),
built on first use so that a client only imports the tags it calls.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .client import AuthenticatedClient

if TYPE_CHECKING:
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
