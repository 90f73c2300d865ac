"""Operations tagged `communications`: modules of functions, and the `CommunicationsApi` / `AsyncCommunicationsApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.accept_block_trade_proposal_request import (
        AcceptBlockTradeProposalRequest,
    )
    from ...models.accept_quote_request import AcceptQuoteRequest
    from ...models.create_quote_request import CreateQuoteRequest
    from ...models.create_quote_response import CreateQuoteResponse
    from ...models.create_rfq_request import CreateRFQRequest
    from ...models.create_rfq_response import CreateRFQResponse
    from ...models.empty_response import EmptyResponse
    from ...models.get_block_trade_proposals_response import (
        GetBlockTradeProposalsResponse,
    )
    from ...models.get_communications_id_response import GetCommunicationsIDResponse
    from ...models.get_quote_response import GetQuoteResponse
    from ...models.get_quotes_response import GetQuotesResponse
    from ...models.get_rf_qs_response import GetRFQsResponse
    from ...models.get_rfq_response import GetRFQResponse
    from ...models.propose_block_trade_request import ProposeBlockTradeRequest
    from ...models.propose_block_trade_response import ProposeBlockTradeResponse
    from ...models.user_filter import UserFilter
    from ...types import Response
    from . import accept_block_trade_proposal as accept_block_trade_proposal
    from . import accept_quote as accept_quote
    from . import accept_rfq_quote as accept_rfq_quote
    from . import confirm_quote as confirm_quote
    from . import confirm_rfq_quote as confirm_rfq_quote
    from . import create_quote as create_quote
    from . import create_rfq as create_rfq
    from . import delete_quote as delete_quote
    from . import delete_rfq as delete_rfq
    from . import delete_rfq_quote as delete_rfq_quote
    from . import get_block_trade_proposals as get_block_trade_proposals
    from . import get_communications_id as get_communications_id
    from . import get_quote as get_quote
    from . import get_quotes as get_quotes
    from . import get_rf_qs as get_rf_qs
    from . import get_rfq as get_rfq
    from . import get_rfq_quote as get_rfq_quote
    from . import propose_block_trade as propose_block_trade

MODULES = (
    "get_communications_id",
    "get_block_trade_proposals",
    "propose_block_trade",
    "accept_block_trade_proposal",
    "get_rf_qs",
    "create_rfq",
    "get_rfq",
    "delete_rfq",
    "get_rfq_quote",
    "delete_rfq_quote",
    "accept_rfq_quote",
    "confirm_rfq_quote",
    "get_quotes",
    "create_quote",
    "get_quote",
    "delete_quote",
    "accept_quote",
    "confirm_quote",
)


def __getattr__(name: str) -> Any:
    """`communications.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class CommunicationsApi:
    """`client.communications`: every operation tagged `communications`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_communications_id(
        self,
    ) -> GetCommunicationsIDResponse:
        """Get Communications ID"""
        return _module("get_communications_id").sync(  # type: ignore[no-any-return]
            client=self._client,
        )

    def get_block_trade_proposals(
        self,
        *,
        cursor: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        limit: int | Unset = 100,
        status: str | Unset = UNSET,
    ) -> GetBlockTradeProposalsResponse:
        """Get Block Trade Proposals"""
        return _module("get_block_trade_proposals").sync(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        )

    def propose_block_trade(
        self,
        *,
        body: ProposeBlockTradeRequest,
    ) -> ProposeBlockTradeResponse:
        """Propose Block Trade"""
        return _module("propose_block_trade").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def accept_block_trade_proposal(
        self,
        block_trade_proposal_id: str,
        *,
        body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    ) -> Any:
        """Accept Block Trade Proposal"""
        return _module("accept_block_trade_proposal").sync(  # type: ignore[no-any-return]
            client=self._client,
            block_trade_proposal_id=block_trade_proposal_id,
            body=body,
        )

    def get_rf_qs(
        self,
        *,
        cursor: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        limit: int | Unset = 100,
        status: str | Unset = UNSET,
        creator_user_id: str | Unset = UNSET,
        user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    ) -> GetRFQsResponse:
        """Get RFQs"""
        return _module("get_rf_qs").sync(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        )

    def create_rfq(
        self,
        *,
        body: CreateRFQRequest,
    ) -> CreateRFQResponse:
        """Create RFQ"""
        return _module("create_rfq").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def get_rfq(
        self,
        rfq_id: str,
    ) -> GetRFQResponse:
        """Get RFQ"""
        return _module("get_rfq").sync(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
        )

    def delete_rfq(
        self,
        rfq_id: str,
    ) -> Any:
        """Delete RFQ"""
        return _module("delete_rfq").sync(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
        )

    def get_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
    ) -> GetQuoteResponse:
        """Get RFQ Quote"""
        return _module("get_rfq_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
        )

    def delete_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
    ) -> Any:
        """Delete RFQ Quote"""
        return _module("delete_rfq_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
        )

    def accept_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
        *,
        body: AcceptQuoteRequest,
    ) -> Any:
        """Accept RFQ Quote"""
        return _module("accept_rfq_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        )

    def confirm_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
    ) -> Any:
        """Confirm RFQ Quote"""
        return _module("confirm_rfq_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        )

    def get_quotes(
        self,
        *,
        cursor: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 500,
        status: str | Unset = UNSET,
        quote_creator_user_id: str | Unset = UNSET,
        user_filter: UserFilter | Literal["self"] | Unset = UNSET,
        rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
        rfq_creator_user_id: str | Unset = UNSET,
        rfq_creator_subtrader_id: str | Unset = UNSET,
        rfq_id: str | Unset = UNSET,
    ) -> GetQuotesResponse:
        """Get Quotes"""
        return _module("get_quotes").sync(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        )

    def create_quote(
        self,
        *,
        body: CreateQuoteRequest,
    ) -> CreateQuoteResponse:
        """Create Quote"""
        return _module("create_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    @deprecated("Get Quote: Deprecated.")
    def get_quote(
        self,
        quote_id: str,
    ) -> GetQuoteResponse:
        """Get Quote: Deprecated."""
        return _module("get_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
        )

    @deprecated("Delete Quote: Deprecated.")
    def delete_quote(
        self,
        quote_id: str,
    ) -> Any:
        """Delete Quote: Deprecated."""
        return _module("delete_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
        )

    @deprecated("Accept Quote: Deprecated.")
    def accept_quote(
        self,
        quote_id: str,
        *,
        body: AcceptQuoteRequest,
    ) -> Any:
        """Accept Quote: Deprecated."""
        return _module("accept_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
            body=body,
        )

    @deprecated("Confirm Quote: Deprecated.")
    def confirm_quote(
        self,
        quote_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
    ) -> Any:
        """Confirm Quote: Deprecated."""
        return _module("confirm_quote").sync(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
            body=body,
        )


class AsyncCommunicationsApi:
    """`client.communications`: every operation tagged `communications`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_communications_id(
        self,
    ) -> GetCommunicationsIDResponse:
        """Get Communications ID"""
        return await _module("get_communications_id").asyncio(  # type: ignore[no-any-return]
            client=self._client,
        )

    async def get_block_trade_proposals(
        self,
        *,
        cursor: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        limit: int | Unset = 100,
        status: str | Unset = UNSET,
    ) -> GetBlockTradeProposalsResponse:
        """Get Block Trade Proposals"""
        return await _module("get_block_trade_proposals").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            market_ticker=market_ticker,
            limit=limit,
            status=status,
        )

    async def propose_block_trade(
        self,
        *,
        body: ProposeBlockTradeRequest,
    ) -> ProposeBlockTradeResponse:
        """Propose Block Trade"""
        return await _module("propose_block_trade").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def accept_block_trade_proposal(
        self,
        block_trade_proposal_id: str,
        *,
        body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    ) -> Any:
        """Accept Block Trade Proposal"""
        return await _module("accept_block_trade_proposal").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            block_trade_proposal_id=block_trade_proposal_id,
            body=body,
        )

    async def get_rf_qs(
        self,
        *,
        cursor: str | Unset = UNSET,
        event_ticker: str | Unset = UNSET,
        market_ticker: str | Unset = UNSET,
        subaccount: int | Unset = UNSET,
        limit: int | Unset = 100,
        status: str | Unset = UNSET,
        creator_user_id: str | Unset = UNSET,
        user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    ) -> GetRFQsResponse:
        """Get RFQs"""
        return await _module("get_rf_qs").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            subaccount=subaccount,
            limit=limit,
            status=status,
            creator_user_id=creator_user_id,
            user_filter=user_filter,
        )

    async def create_rfq(
        self,
        *,
        body: CreateRFQRequest,
    ) -> CreateRFQResponse:
        """Create RFQ"""
        return await _module("create_rfq").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def get_rfq(
        self,
        rfq_id: str,
    ) -> GetRFQResponse:
        """Get RFQ"""
        return await _module("get_rfq").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
        )

    async def delete_rfq(
        self,
        rfq_id: str,
    ) -> Any:
        """Delete RFQ"""
        return await _module("delete_rfq").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
        )

    async def get_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
    ) -> GetQuoteResponse:
        """Get RFQ Quote"""
        return await _module("get_rfq_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
        )

    async def delete_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
    ) -> Any:
        """Delete RFQ Quote"""
        return await _module("delete_rfq_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
        )

    async def accept_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
        *,
        body: AcceptQuoteRequest,
    ) -> Any:
        """Accept RFQ Quote"""
        return await _module("accept_rfq_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        )

    async def confirm_rfq_quote(
        self,
        rfq_id: str,
        quote_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
    ) -> Any:
        """Confirm RFQ Quote"""
        return await _module("confirm_rfq_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            rfq_id=rfq_id,
            quote_id=quote_id,
            body=body,
        )

    async def get_quotes(
        self,
        *,
        cursor: str | Unset = UNSET,
        min_ts: int | Unset = UNSET,
        max_ts: int | Unset = UNSET,
        limit: int | Unset = 500,
        status: str | Unset = UNSET,
        quote_creator_user_id: str | Unset = UNSET,
        user_filter: UserFilter | Literal["self"] | Unset = UNSET,
        rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
        rfq_creator_user_id: str | Unset = UNSET,
        rfq_creator_subtrader_id: str | Unset = UNSET,
        rfq_id: str | Unset = UNSET,
    ) -> GetQuotesResponse:
        """Get Quotes"""
        return await _module("get_quotes").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            cursor=cursor,
            min_ts=min_ts,
            max_ts=max_ts,
            limit=limit,
            status=status,
            quote_creator_user_id=quote_creator_user_id,
            user_filter=user_filter,
            rfq_user_filter=rfq_user_filter,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_creator_subtrader_id=rfq_creator_subtrader_id,
            rfq_id=rfq_id,
        )

    async def create_quote(
        self,
        *,
        body: CreateQuoteRequest,
    ) -> CreateQuoteResponse:
        """Create Quote"""
        return await _module("create_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    @deprecated("Get Quote: Deprecated.")
    async def get_quote(
        self,
        quote_id: str,
    ) -> GetQuoteResponse:
        """Get Quote: Deprecated."""
        return await _module("get_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
        )

    @deprecated("Delete Quote: Deprecated.")
    async def delete_quote(
        self,
        quote_id: str,
    ) -> Any:
        """Delete Quote: Deprecated."""
        return await _module("delete_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
        )

    @deprecated("Accept Quote: Deprecated.")
    async def accept_quote(
        self,
        quote_id: str,
        *,
        body: AcceptQuoteRequest,
    ) -> Any:
        """Accept Quote: Deprecated."""
        return await _module("accept_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
            body=body,
        )

    @deprecated("Confirm Quote: Deprecated.")
    async def confirm_quote(
        self,
        quote_id: str,
        *,
        body: EmptyResponse | Unset = UNSET,
    ) -> Any:
        """Confirm Quote: Deprecated."""
        return await _module("confirm_quote").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            quote_id=quote_id,
            body=body,
        )
