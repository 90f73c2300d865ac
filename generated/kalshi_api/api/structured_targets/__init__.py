"""Operations tagged `structured_targets`: modules of functions, and the `StructuredTargetsApi` / `AsyncStructuredTargetsApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_structured_target_response import GetStructuredTargetResponse
    from ...models.get_structured_targets_response import GetStructuredTargetsResponse
    from ...types import Response
    from . import get_structured_target as get_structured_target
    from . import get_structured_targets as get_structured_targets

MODULES = (
    "get_structured_targets",
    "get_structured_target",
)


def __getattr__(name: str) -> Any:
    """`structured_targets.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class StructuredTargetsApi:
    """`client.structured_targets`: every operation tagged `structured_targets`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_structured_targets(
        self,
        *,
        ids: list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        competition: str | Unset = UNSET,
        page_size: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetStructuredTargetsResponse:
        """Get Structured Targets"""
        return _module("get_structured_targets").sync(  # type: ignore[no-any-return]
            client=self._client,
            ids=ids,
            type_=type_,
            competition=competition,
            page_size=page_size,
            cursor=cursor,
        )

    def get_structured_target(
        self,
        structured_target_id: str,
    ) -> GetStructuredTargetResponse:
        """Get Structured Target"""
        return _module("get_structured_target").sync(  # type: ignore[no-any-return]
            client=self._client,
            structured_target_id=structured_target_id,
        )


class AsyncStructuredTargetsApi:
    """`client.structured_targets`: every operation tagged `structured_targets`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_structured_targets(
        self,
        *,
        ids: list[str] | Unset = UNSET,
        type_: str | Unset = UNSET,
        competition: str | Unset = UNSET,
        page_size: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetStructuredTargetsResponse:
        """Get Structured Targets"""
        return await _module("get_structured_targets").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ids=ids,
            type_=type_,
            competition=competition,
            page_size=page_size,
            cursor=cursor,
        )

    async def get_structured_target(
        self,
        structured_target_id: str,
    ) -> GetStructuredTargetResponse:
        """Get Structured Target"""
        return await _module("get_structured_target").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            structured_target_id=structured_target_id,
        )
