from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_multivariate_events_response import GetMultivariateEventsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["series_ticker"] = series_ticker

    params["collection_ticker"] = collection_ticker

    params["with_nested_markets"] = with_nested_markets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/multivariate",
        "params": params,
        "extensions": {"kalshi_operation": "events.get_multivariate_events"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMultivariateEventsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMultivariateEventsResponse.from_dict(
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
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[GetMultivariateEventsResponse]:
    """Get Multivariate Events

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMultivariateEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Get Multivariate Events

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMultivariateEventsResponse
    """

    response = sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> Response[GetMultivariateEventsResponse]:
    """Get Multivariate Events

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMultivariateEventsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    with_nested_markets: bool | Unset = False,
) -> GetMultivariateEventsResponse:
    """Get Multivariate Events

    Args:
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):
        series_ticker (str | Unset):
        collection_ticker (str | Unset):
        with_nested_markets (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMultivariateEventsResponse
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        series_ticker=series_ticker,
        collection_ticker=collection_ticker,
        with_nested_markets=with_nested_markets,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
