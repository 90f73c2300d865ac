from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_events_response import GetEventsResponse
from ...models.get_events_status import GetEventsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["with_nested_markets"] = with_nested_markets

    params["with_milestones"] = with_milestones

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = GetEventsStatus.of(status).value

    params["status"] = json_status

    params["series_ticker"] = series_ticker

    params["tickers"] = tickers

    params["min_close_ts"] = min_close_ts

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
        "extensions": {"kalshi_operation": "events.get_events"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetEventsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetEventsResponse.from_dict(
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
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Get Events

     Lists events, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Get Events

     Lists events, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetEventsResponse
    """

    response = sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Get Events

     Lists events, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
    with_milestones: bool | Unset = False,
    status: GetEventsStatus
    | Literal["unopened", "open", "closed", "settled"]
    | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Get Events

     Lists events, filtered and cursor-paginated.

    Args:
        limit (int | Unset):  Default: 200.
        cursor (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.
        with_milestones (bool | Unset):  Default: False.
        status (GetEventsStatus | Unset):
        series_ticker (str | Unset):
        tickers (str | Unset):
        min_close_ts (int | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetEventsResponse
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        with_nested_markets=with_nested_markets,
        with_milestones=with_milestones,
        status=status,
        series_ticker=series_ticker,
        tickers=tickers,
        min_close_ts=min_close_ts,
        min_updated_ts=min_updated_ts,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
