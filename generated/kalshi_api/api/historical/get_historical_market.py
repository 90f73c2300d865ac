from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_market_response import GetMarketResponse
from ...types import Response


def _get_kwargs(
    ticker: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets/{ticker}".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "extensions": {"kalshi_operation": "historical.get_historical_market"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMarketResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMarketResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMarketResponse]:
    """Get Historical Market

    Args:
        ticker (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMarketResponse:
    """Get Historical Market

    Args:
        ticker (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketResponse
    """

    response = sync_detailed(
        ticker=ticker,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMarketResponse]:
    """Get Historical Market

    Args:
        ticker (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMarketResponse:
    """Get Historical Market

    Args:
        ticker (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketResponse
    """

    response = await asyncio_detailed(
        ticker=ticker,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
