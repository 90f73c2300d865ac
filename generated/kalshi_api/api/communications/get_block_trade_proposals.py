from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_block_trade_proposals_response import GetBlockTradeProposalsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["market_ticker"] = market_ticker

    params["limit"] = limit

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/block-trade-proposals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetBlockTradeProposalsResponse | None:
    if response.status_code == 200:
        response_200 = GetBlockTradeProposalsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetBlockTradeProposalsResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (
        TypeError,
        ValueError,
        KeyError,
        AttributeError,
        errors.UnexpectedStatus,
    ) as error:
        raise client.parse_error(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Get Block Trade Proposals

    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBlockTradeProposalsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Get Block Trade Proposals

    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBlockTradeProposalsResponse
    """

    response = sync_detailed(
        client=client,
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Get Block Trade Proposals

    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBlockTradeProposalsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Get Block Trade Proposals

    Args:
        cursor (str | Unset):
        market_ticker (str | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBlockTradeProposalsResponse
    """

    response = await asyncio_detailed(
        client=client,
        cursor=cursor,
        market_ticker=market_ticker,
        limit=limit,
        status=status,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
