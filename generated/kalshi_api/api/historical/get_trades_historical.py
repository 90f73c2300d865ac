from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_trades_response import GetTradesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["cursor"] = cursor

    params["is_block_trade"] = is_block_trade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/trades",
        "params": params,
        "extensions": {"kalshi_operation": "historical.get_trades_historical"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetTradesResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetTradesResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[GetTradesResponse]:
    """Get Historical Trades

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetTradesResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Get Historical Trades

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetTradesResponse
    """

    response = sync_detailed(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[GetTradesResponse]:
    """Get Historical Trades

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetTradesResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Get Historical Trades

    Args:
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        is_block_trade (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetTradesResponse
    """

    response = await asyncio_detailed(
        client=client,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        cursor=cursor,
        is_block_trade=is_block_trade,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
