from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_market_orderbooks_response import GetMarketOrderbooksResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    tickers: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tickers = tickers

    params["tickers"] = json_tickers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/orderbooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMarketOrderbooksResponse | None:
    if response.status_code == 200:
        response_200 = GetMarketOrderbooksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetMarketOrderbooksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[Any | GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketOrderbooksResponse]
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Any | GetMarketOrderbooksResponse | None:
    """Get Multiple Market Orderbooks

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketOrderbooksResponse
    """

    return sync_detailed(
        client=client,
        tickers=tickers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Response[Any | GetMarketOrderbooksResponse]:
    """Get Multiple Market Orderbooks

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetMarketOrderbooksResponse]
    """

    kwargs = _get_kwargs(
        tickers=tickers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tickers: list[str],
) -> Any | GetMarketOrderbooksResponse | None:
    """Get Multiple Market Orderbooks

    Args:
        tickers (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetMarketOrderbooksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            tickers=tickers,
        )
    ).parsed
