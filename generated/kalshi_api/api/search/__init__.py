"""Operations tagged `search`: modules of functions, and the `SearchApi` / `AsyncSearchApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_filters_by_sports_response import GetFiltersBySportsResponse
    from ...models.get_tags_for_series_categories_response import (
        GetTagsForSeriesCategoriesResponse,
    )
    from ...types import Response
    from . import get_filters_for_sports as get_filters_for_sports
    from . import get_tags_for_series_categories as get_tags_for_series_categories

MODULES = (
    "get_tags_for_series_categories",
    "get_filters_for_sports",
)


def __getattr__(name: str) -> Any:
    """`search.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class SearchApi:
    """`client.search`: every operation tagged `search`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_tags_for_series_categories(
        self,
    ) -> GetTagsForSeriesCategoriesResponse:
        """Get Tags for Series Categories"""
        return _module("get_tags_for_series_categories").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_filters_for_sports(
        self,
    ) -> GetFiltersBySportsResponse:
        """Get Filters for Sports"""
        return _module("get_filters_for_sports").sync(  # type: ignore[no-any-return]
            client=self._client,
        )


class AsyncSearchApi:
    """`client.search`: every operation tagged `search`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_tags_for_series_categories(
        self,
    ) -> GetTagsForSeriesCategoriesResponse:
        """Get Tags for Series Categories"""
        return await _module("get_tags_for_series_categories").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_filters_for_sports(
        self,
    ) -> GetFiltersBySportsResponse:
        """Get Filters for Sports"""
        return await _module("get_filters_for_sports").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )
