from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_historical_markets_mve_filter import GetHistoricalMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["tickers"] = tickers

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = GetHistoricalMarketsMveFilter.of(mve_filter).value

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets",
        "params": params,
        "extensions": {"kalshi_operation": "historical.get_historical_markets"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMarketsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMarketsResponse.from_dict(
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
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketsResponse
    """

    response = sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: GetHistoricalMarketsMveFilter | Literal["exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Historical Markets

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        tickers (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        mve_filter (GetHistoricalMarketsMveFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketsResponse
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        tickers=tickers,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        mve_filter=mve_filter,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
