"""Operations tagged `milestone`: modules of functions, and the `MilestoneApi` / `AsyncMilestoneApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_milestone_response import GetMilestoneResponse
    from ...models.get_milestones_response import GetMilestonesResponse
    from ...types import Response
    from . import get_milestone as get_milestone
    from . import get_milestones as get_milestones

MODULES = (
    "get_milestone",
    "get_milestones",
)


def __getattr__(name: str) -> Any:
    """`milestone.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class MilestoneApi:
    """`client.milestone`: every operation tagged `milestone`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_milestone(
        self,
        milestone_id: str,
    ) -> GetMilestoneResponse:
        """Get Milestone"""
        return _module("get_milestone").sync(  # type: ignore[no-any-return]
            client=self._client,
            milestone_id=milestone_id,
        )

    def get_milestones(
        self,
        *,
        limit: int,
        minimum_start_date: datetime.datetime | Unset = UNSET,
        category: str | Unset = UNSET,
        competition: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        related_event_ticker: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        min_updated_ts: int | Unset = UNSET,
    ) -> GetMilestonesResponse:
        """Get Milestones"""
        return _module("get_milestones").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        )


class AsyncMilestoneApi:
    """`client.milestone`: every operation tagged `milestone`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_milestone(
        self,
        milestone_id: str,
    ) -> GetMilestoneResponse:
        """Get Milestone"""
        return await _module("get_milestone").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            milestone_id=milestone_id,
        )

    async def get_milestones(
        self,
        *,
        limit: int,
        minimum_start_date: datetime.datetime | Unset = UNSET,
        category: str | Unset = UNSET,
        competition: str | Unset = UNSET,
        source_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        related_event_ticker: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        min_updated_ts: int | Unset = UNSET,
    ) -> GetMilestonesResponse:
        """Get Milestones"""
        return await _module("get_milestones").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            minimum_start_date=minimum_start_date,
            category=category,
            competition=competition,
            source_id=source_id,
            type_=type_,
            related_event_ticker=related_event_ticker,
            cursor=cursor,
            min_updated_ts=min_updated_ts,
        )
