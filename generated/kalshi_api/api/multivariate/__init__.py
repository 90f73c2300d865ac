"""Operations tagged `multivariate`: modules of functions, and the `MultivariateApi` / `AsyncMultivariateApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.create_market_in_multivariate_event_collection_request import (
        CreateMarketInMultivariateEventCollectionRequest,
    )
    from ...models.create_market_in_multivariate_event_collection_response import (
        CreateMarketInMultivariateEventCollectionResponse,
    )
    from ...models.get_multivariate_event_collection_response import (
        GetMultivariateEventCollectionResponse,
    )
    from ...models.get_multivariate_event_collections_response import (
        GetMultivariateEventCollectionsResponse,
    )
    from ...models.get_multivariate_event_collections_status import (
        GetMultivariateEventCollectionsStatus,
    )
    from ...types import Response
    from . import (
        create_market_in_multivariate_event_collection as create_market_in_multivariate_event_collection,
    )
    from . import get_multivariate_event_collection as get_multivariate_event_collection
    from . import (
        get_multivariate_event_collections as get_multivariate_event_collections,
    )

MODULES = (
    "get_multivariate_event_collection",
    "create_market_in_multivariate_event_collection",
    "get_multivariate_event_collections",
)


def __getattr__(name: str) -> Any:
    """`multivariate.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class MultivariateApi:
    """`client.multivariate`: every operation tagged `multivariate`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_multivariate_event_collection(
        self,
        collection_ticker: str,
    ) -> GetMultivariateEventCollectionResponse:
        """Get Multivariate Event Collection"""
        return _module("get_multivariate_event_collection").sync(  # type: ignore[no-any-return]
            client=self._client,
            collection_ticker=collection_ticker,
        )

    def create_market_in_multivariate_event_collection(
        self,
        collection_ticker: str,
        *,
        body: CreateMarketInMultivariateEventCollectionRequest,
    ) -> CreateMarketInMultivariateEventCollectionResponse:
        """Create Market In Multivariate Event Collection"""
        return _module("create_market_in_multivariate_event_collection").sync(  # type: ignore[no-any-return]
            client=self._client,
            collection_ticker=collection_ticker,
            body=body,
        )

    def get_multivariate_event_collections(
        self,
        *,
        status: GetMultivariateEventCollectionsStatus
        | Literal["unopened", "open", "closed"]
        | Unset = UNSET,
        associated_event_ticker: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetMultivariateEventCollectionsResponse:
        """Get Multivariate Event Collections"""
        return _module("get_multivariate_event_collections").sync(  # type: ignore[no-any-return]
            client=self._client,
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            limit=limit,
            cursor=cursor,
        )


class AsyncMultivariateApi:
    """`client.multivariate`: every operation tagged `multivariate`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_multivariate_event_collection(
        self,
        collection_ticker: str,
    ) -> GetMultivariateEventCollectionResponse:
        """Get Multivariate Event Collection"""
        return await _module("get_multivariate_event_collection").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            collection_ticker=collection_ticker,
        )

    async def create_market_in_multivariate_event_collection(
        self,
        collection_ticker: str,
        *,
        body: CreateMarketInMultivariateEventCollectionRequest,
    ) -> CreateMarketInMultivariateEventCollectionResponse:
        """Create Market In Multivariate Event Collection"""
        return await _module("create_market_in_multivariate_event_collection").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            collection_ticker=collection_ticker,
            body=body,
        )

    async def get_multivariate_event_collections(
        self,
        *,
        status: GetMultivariateEventCollectionsStatus
        | Literal["unopened", "open", "closed"]
        | Unset = UNSET,
        associated_event_ticker: str | Unset = UNSET,
        series_ticker: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetMultivariateEventCollectionsResponse:
        """Get Multivariate Event Collections"""
        return await _module("get_multivariate_event_collections").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            limit=limit,
            cursor=cursor,
        )
