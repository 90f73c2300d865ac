from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_market_orderbook_response import GetMarketOrderbookResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticker: str,
    *,
    depth: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["depth"] = depth

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets/{ticker}/orderbook".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "market.get_market_orderbook"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMarketOrderbookResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMarketOrderbookResponse.from_dict(
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
    depth: int | Unset = 0,
) -> Response[GetMarketOrderbookResponse]:
    """Get Market Orderbook

     Resting YES bids and NO bids of one market, as dollar/count string pairs.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketOrderbookResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Get Market Orderbook

     Resting YES bids and NO bids of one market, as dollar/count string pairs.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketOrderbookResponse
    """

    response = sync_detailed(
        ticker=ticker,
        client=client,
        depth=depth,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> Response[GetMarketOrderbookResponse]:
    """Get Market Orderbook

     Resting YES bids and NO bids of one market, as dollar/count string pairs.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketOrderbookResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        depth=depth,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    depth: int | Unset = 0,
) -> GetMarketOrderbookResponse:
    """Get Market Orderbook

     Resting YES bids and NO bids of one market, as dollar/count string pairs.

    Args:
        ticker (str):
        depth (int | Unset):  Default: 0.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketOrderbookResponse
    """

    response = await asyncio_detailed(
        ticker=ticker,
        client=client,
        depth=depth,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
