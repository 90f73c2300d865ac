"""Operations tagged `incentive_programs`: modules of functions, and the `IncentiveProgramsApi` / `AsyncIncentiveProgramsApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
    from ...models.get_incentive_programs_status import GetIncentiveProgramsStatus
    from ...models.get_incentive_programs_type import GetIncentiveProgramsType
    from ...types import Response
    from . import get_incentive_programs as get_incentive_programs

MODULES = ("get_incentive_programs",)


def __getattr__(name: str) -> Any:
    """`incentive_programs.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class IncentiveProgramsApi:
    """`client.incentive_programs`: every operation tagged `incentive_programs`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_incentive_programs(
        self,
        *,
        status: GetIncentiveProgramsStatus
        | Literal["all", "active", "upcoming", "closed", "paid_out"]
        | Unset = UNSET,
        type_: GetIncentiveProgramsType
        | Literal[
            "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
        ]
        | Unset = UNSET,
        incentive_description: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetIncentiveProgramsResponse:
        """Get Incentives"""
        return _module("get_incentive_programs").sync(  # type: ignore[no-any-return]
            client=self._client,
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        )


class AsyncIncentiveProgramsApi:
    """`client.incentive_programs`: every operation tagged `incentive_programs`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_incentive_programs(
        self,
        *,
        status: GetIncentiveProgramsStatus
        | Literal["all", "active", "upcoming", "closed", "paid_out"]
        | Unset = UNSET,
        type_: GetIncentiveProgramsType
        | Literal[
            "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
        ]
        | Unset = UNSET,
        incentive_description: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetIncentiveProgramsResponse:
        """Get Incentives"""
        return await _module("get_incentive_programs").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            status=status,
            type_=type_,
            incentive_description=incentive_description,
            limit=limit,
            cursor=cursor,
        )
