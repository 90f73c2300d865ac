"""Operations tagged `portfolio`: modules of functions, and the `PortfolioApi` / `AsyncPortfolioApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.apply_subaccount_transfer_request import (
        ApplySubaccountTransferRequest,
    )
    from ...models.apply_subaccount_transfer_response import (
        ApplySubaccountTransferResponse,
    )
    from ...models.create_subaccount_request import CreateSubaccountRequest
    from ...models.create_subaccount_response import CreateSubaccountResponse
    from ...models.empty_response import EmptyResponse
    from ...models.get_balance_response import GetBalanceResponse
    from ...models.get_deposits_response import GetDepositsResponse
    from ...models.get_fills_response import GetFillsResponse
    from ...models.get_intra_exchange_instance_transfer_response import (
        GetIntraExchangeInstanceTransferResponse,
    )
    from ...models.get_intra_exchange_instance_transfers_response import (
        GetIntraExchangeInstanceTransfersResponse,
    )
    from ...models.get_portfolio_resting_order_total_value_response import (
        GetPortfolioRestingOrderTotalValueResponse,
    )
    from ...models.get_positions_response import GetPositionsResponse
    from ...models.get_settlements_response import GetSettlementsResponse
    from ...models.get_subaccount_balances_response import GetSubaccountBalancesResponse
    from ...models.get_subaccount_netting_response import GetSubaccountNettingResponse
    from ...models.get_subaccount_transfers_response import (
        GetSubaccountTransfersResponse,
    )
    from ...models.get_target_balance_allocation_response import (
        GetTargetBalanceAllocationResponse,
    )
    from ...models.get_withdrawals_response import GetWithdrawalsResponse
    from ...models.intra_exchange_instance_transfer_request import (
        IntraExchangeInstanceTransferRequest,
    )
    from ...models.intra_exchange_instance_transfer_response import (
        IntraExchangeInstanceTransferResponse,
    )
    from ...models.set_target_balance_allocation_request import (
        SetTargetBalanceAllocationRequest,
    )
    from ...models.update_subaccount_netting_request import (
        UpdateSubaccountNettingRequest,
    )
    from ...types import Response
    from . import apply_subaccount_transfer as apply_subaccount_transfer
    from . import create_subaccount as create_subaccount
    from . import get_balance as get_balance
    from . import get_deposits as get_deposits
    from . import get_fills as get_fills
    from . import (
        get_intra_exchange_instance_transfer as get_intra_exchange_instance_transfer,
    )
    from . import (
        get_intra_exchange_instance_transfers as get_intra_exchange_instance_transfers,
    )
    from . import (
        get_portfolio_resting_order_total_value as get_portfolio_resting_order_total_value,
    )
    from . import get_positions as get_positions
    from . import get_settlements as get_settlements
    from . import get_subaccount_balances as get_subaccount_balances
    from . import get_subaccount_netting as get_subaccount_netting
    from . import get_subaccount_transfers as get_subaccount_transfers
    from . import get_target_balance_allocation as get_target_balance_allocation
    from . import get_withdrawals as get_withdrawals
    from . import intra_exchange_instance_transfer as intra_exchange_instance_transfer
    from . import set_target_balance_allocation as set_target_balance_allocation
    from . import update_subaccount_netting as update_subaccount_netting

MODULES = (
    "get_balance",
    "intra_exchange_instance_transfer",
    "get_intra_exchange_instance_transfers",
    "get_intra_exchange_instance_transfer",
    "create_subaccount",
    "apply_subaccount_transfer",
    "get_subaccount_balances",
    "get_subaccount_transfers",
    "get_subaccount_netting",
    "update_subaccount_netting",
    "get_positions",
    "get_settlements",
    "get_deposits",
    "get_withdrawals",
    "get_portfolio_resting_order_total_value",
    "get_fills",
    "get_target_balance_allocation",
    "set_target_balance_allocation",
)


def __getattr__(name: str) -> Any:
    """`portfolio.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class PortfolioApi:
    """`client.portfolio`: every operation tagged `portfolio`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_balance(
        self,
        *,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetBalanceResponse:
        """Get Balance: Cash balance and portfolio value of the signed-in member, in cents."""
        return _module("get_balance").sync(  # type: ignore[no-any-return]
            client=self._client,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    def intra_exchange_instance_transfer(
        self,
        *,
        body: IntraExchangeInstanceTransferRequest,
    ) -> IntraExchangeInstanceTransferResponse:
        """Intra Account Transfer"""
        return _module("intra_exchange_instance_transfer").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_intra_exchange_instance_transfers(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetIntraExchangeInstanceTransfersResponse:
        """Get Intra Account Transfers"""
        return _module("get_intra_exchange_instance_transfers").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def get_intra_exchange_instance_transfer(
        self,
        transfer_id: str,
    ) -> GetIntraExchangeInstanceTransferResponse:
        """Get Intra Account Transfer"""
        return _module("get_intra_exchange_instance_transfer").sync(  # type: ignore[no-any-return]
            client=self._client,
            transfer_id=transfer_id,
        )

    def create_subaccount(
        self,
        *,
        body: CreateSubaccountRequest | Unset = UNSET,
    ) -> CreateSubaccountResponse:
        """Create Subaccount"""
        return _module("create_subaccount").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def apply_subaccount_transfer(
        self,
        *,
        body: ApplySubaccountTransferRequest,
    ) -> ApplySubaccountTransferResponse:
        """Transfer Between Subaccounts"""
        return _module("apply_subaccount_transfer").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_subaccount_balances(
        self,
    ) -> GetSubaccountBalancesResponse:
        """Get All Subaccount Balances"""
        return _module("get_subaccount_balances").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_subaccount_transfers(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetSubaccountTransfersResponse:
        """Get Subaccount Transfers"""
        return _module("get_subaccount_transfers").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def get_subaccount_netting(
        self,
    ) -> GetSubaccountNettingResponse:
        """Get Subaccount Netting"""
        return _module("get_subaccount_netting").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def update_subaccount_netting(
        self,
        *,
        body: UpdateSubaccountNettingRequest,
    ) -> Any:
        """Update Subaccount Netting"""
        return _module("update_subaccount_netting").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_positions(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        count_filter: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetPositionsResponse:
        """Get Positions: The member's market and event positions, cursor-paginated."""
        return _module("get_positions").sync(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    def get_settlements(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetSettlementsResponse:
        """Get Settlements: The member's settlements, cursor-paginated."""
        return _module("get_settlements").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
        )

    def get_deposits(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetDepositsResponse:
        """Get Deposits"""
        return _module("get_deposits").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def get_withdrawals(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetWithdrawalsResponse:
        """Get Withdrawals"""
        return _module("get_withdrawals").sync(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def get_portfolio_resting_order_total_value(
        self,
    ) -> GetPortfolioRestingOrderTotalValueResponse:
        """Get Total Resting Order Value"""
        return _module("get_portfolio_resting_order_total_value").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_fills(
        self,
        *,
        ticker: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetFillsResponse:
        """Get Fills: Lists the member's fills, cursor-paginated."""
        return _module("get_fills").sync(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    def get_target_balance_allocation(
        self,
    ) -> GetTargetBalanceAllocationResponse:
        """Get Target Balance Allocation"""
        return _module("get_target_balance_allocation").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def set_target_balance_allocation(
        self,
        *,
        body: SetTargetBalanceAllocationRequest,
    ) -> EmptyResponse:
        """Set Target Balance Allocation"""
        return _module("set_target_balance_allocation").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )


class AsyncPortfolioApi:
    """`client.portfolio`: every operation tagged `portfolio`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_balance(
        self,
        *,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetBalanceResponse:
        """Get Balance: Cash balance and portfolio value of the signed-in member, in cents."""
        return await _module("get_balance").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    async def intra_exchange_instance_transfer(
        self,
        *,
        body: IntraExchangeInstanceTransferRequest,
    ) -> IntraExchangeInstanceTransferResponse:
        """Intra Account Transfer"""
        return await _module("intra_exchange_instance_transfer").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_intra_exchange_instance_transfers(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetIntraExchangeInstanceTransfersResponse:
        """Get Intra Account Transfers"""
        return await _module("get_intra_exchange_instance_transfers").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    async def get_intra_exchange_instance_transfer(
        self,
        transfer_id: str,
    ) -> GetIntraExchangeInstanceTransferResponse:
        """Get Intra Account Transfer"""
        return await _module("get_intra_exchange_instance_transfer").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            transfer_id=transfer_id,
        )

    async def create_subaccount(
        self,
        *,
        body: CreateSubaccountRequest | Unset = UNSET,
    ) -> CreateSubaccountResponse:
        """Create Subaccount"""
        return await _module("create_subaccount").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def apply_subaccount_transfer(
        self,
        *,
        body: ApplySubaccountTransferRequest,
    ) -> ApplySubaccountTransferResponse:
        """Transfer Between Subaccounts"""
        return await _module("apply_subaccount_transfer").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_subaccount_balances(
        self,
    ) -> GetSubaccountBalancesResponse:
        """Get All Subaccount Balances"""
        return await _module("get_subaccount_balances").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_subaccount_transfers(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetSubaccountTransfersResponse:
        """Get Subaccount Transfers"""
        return await _module("get_subaccount_transfers").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    async def get_subaccount_netting(
        self,
    ) -> GetSubaccountNettingResponse:
        """Get Subaccount Netting"""
        return await _module("get_subaccount_netting").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def update_subaccount_netting(
        self,
        *,
        body: UpdateSubaccountNettingRequest,
    ) -> Any:
        """Update Subaccount Netting"""
        return await _module("update_subaccount_netting").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_positions(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = 100,
        count_filter: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetPositionsResponse:
        """Get Positions: The member's market and event positions, cursor-paginated."""
        return await _module("get_positions").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            limit=limit,
            count_filter=count_filter,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    async def get_settlements(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        ticker: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        subaccount: int | Unset = UNSET,
    ) -> GetSettlementsResponse:
        """Get Settlements: The member's settlements, cursor-paginated."""
        return await _module("get_settlements").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
            ticker=ticker,
            event_ticker=event_ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
        )

    async def get_deposits(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetDepositsResponse:
        """Get Deposits"""
        return await _module("get_deposits").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    async def get_withdrawals(
        self,
        *,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
    ) -> GetWithdrawalsResponse:
        """Get Withdrawals"""
        return await _module("get_withdrawals").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    async def get_portfolio_resting_order_total_value(
        self,
    ) -> GetPortfolioRestingOrderTotalValueResponse:
        """Get Total Resting Order Value"""
        return await _module("get_portfolio_resting_order_total_value").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_fills(
        self,
        *,
        ticker: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> GetFillsResponse:
        """Get Fills: Lists the member's fills, cursor-paginated."""
        return await _module("get_fills").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            ticker=ticker,
            order_id=order_id,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            cursor=cursor,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )

    async def get_target_balance_allocation(
        self,
    ) -> GetTargetBalanceAllocationResponse:
        """Get Target Balance Allocation"""
        return await _module("get_target_balance_allocation").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def set_target_balance_allocation(
        self,
        *,
        body: SetTargetBalanceAllocationRequest,
    ) -> EmptyResponse:
        """Set Target Balance Allocation"""
        return await _module("set_target_balance_allocation").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )
