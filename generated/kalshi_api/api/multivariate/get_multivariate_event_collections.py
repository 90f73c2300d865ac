from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_multivariate_event_collections_response import (
    GetMultivariateEventCollectionsResponse,
)
from ...models.get_multivariate_event_collections_status import (
    GetMultivariateEventCollectionsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = GetMultivariateEventCollectionsStatus.of(status).value

    params["status"] = json_status

    params["associated_event_ticker"] = associated_event_ticker

    params["series_ticker"] = series_ticker

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/multivariate_event_collections",
        "params": params,
        "extensions": {
            "kalshi_operation": "multivariate.get_multivariate_event_collections"
        },
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMultivariateEventCollectionsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMultivariateEventCollectionsResponse.from_dict(
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
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMultivariateEventCollectionsResponse]:
    """Get Multivariate Event Collections

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset):
        associated_event_ticker (str | Unset):
        series_ticker (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMultivariateEventCollectionsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        associated_event_ticker=associated_event_ticker,
        series_ticker=series_ticker,
        limit=limit,
        cursor=cursor,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Get Multivariate Event Collections

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset):
        associated_event_ticker (str | Unset):
        series_ticker (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMultivariateEventCollectionsResponse
    """

    response = sync_detailed(
        client=client,
        status=status,
        associated_event_ticker=associated_event_ticker,
        series_ticker=series_ticker,
        limit=limit,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMultivariateEventCollectionsResponse]:
    """Get Multivariate Event Collections

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset):
        associated_event_ticker (str | Unset):
        series_ticker (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMultivariateEventCollectionsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        associated_event_ticker=associated_event_ticker,
        series_ticker=series_ticker,
        limit=limit,
        cursor=cursor,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetMultivariateEventCollectionsStatus
    | Literal["unopened", "open", "closed"]
    | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Get Multivariate Event Collections

    Args:
        status (GetMultivariateEventCollectionsStatus | Unset):
        associated_event_ticker (str | Unset):
        series_ticker (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMultivariateEventCollectionsResponse
    """

    response = await asyncio_detailed(
        client=client,
        status=status,
        associated_event_ticker=associated_event_ticker,
        series_ticker=series_ticker,
        limit=limit,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
