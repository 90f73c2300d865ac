from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_markets_mve_filter import GetMarketsMveFilter
from ...models.get_markets_response import GetMarketsResponse
from ...models.get_markets_status import GetMarketsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["series_ticker"] = series_ticker

    params["min_created_ts"] = min_created_ts

    params["max_created_ts"] = max_created_ts

    params["min_updated_ts"] = min_updated_ts

    params["max_updated_ts"] = max_updated_ts

    params["max_close_ts"] = max_close_ts

    params["min_close_ts"] = min_close_ts

    params["min_settled_ts"] = min_settled_ts

    params["max_settled_ts"] = max_settled_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = GetMarketsStatus.of(status).value

    params["status"] = json_status

    params["tickers"] = tickers

    json_mve_filter: str | Unset = UNSET
    if not isinstance(mve_filter, Unset):
        json_mve_filter = GetMarketsMveFilter.of(mve_filter).value

    params["mve_filter"] = json_mve_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/markets",
        "params": params,
        "extensions": {"kalshi_operation": "market.get_markets"},
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Markets

     Lists markets, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

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
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Markets

     Lists markets, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

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
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
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
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Get Markets

     Lists markets, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

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
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    min_created_ts: int | Unset = UNSET,
    max_created_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
    max_updated_ts: int | Unset = UNSET,
    max_close_ts: int | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_settled_ts: int | Unset = UNSET,
    max_settled_ts: int | Unset = UNSET,
    status: GetMarketsStatus
    | Literal["unopened", "open", "paused", "closed", "settled"]
    | Unset = UNSET,
    tickers: str | Unset = UNSET,
    mve_filter: GetMarketsMveFilter | Literal["only", "exclude"] | Unset = UNSET,
) -> GetMarketsResponse:
    """Get Markets

     Lists markets, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        event_ticker (str | Unset):
        series_ticker (str | Unset):
        min_created_ts (int | Unset):
        max_created_ts (int | Unset):
        min_updated_ts (int | Unset):
        max_updated_ts (int | Unset):
        max_close_ts (int | Unset):
        min_close_ts (int | Unset):
        min_settled_ts (int | Unset):
        max_settled_ts (int | Unset):
        status (GetMarketsStatus | Unset):
        tickers (str | Unset):
        mve_filter (GetMarketsMveFilter | Unset):

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
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        min_created_ts=min_created_ts,
        max_created_ts=max_created_ts,
        min_updated_ts=min_updated_ts,
        max_updated_ts=max_updated_ts,
        max_close_ts=max_close_ts,
        min_close_ts=min_close_ts,
        min_settled_ts=min_settled_ts,
        max_settled_ts=max_settled_ts,
        status=status,
        tickers=tickers,
        mve_filter=mve_filter,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
