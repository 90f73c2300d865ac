from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.create_market_in_multivariate_event_collection_request import (
    CreateMarketInMultivariateEventCollectionRequest,
)
from ...models.create_market_in_multivariate_event_collection_response import (
    CreateMarketInMultivariateEventCollectionResponse,
)
from ...types import Response


def _get_kwargs(
    collection_ticker: str,
    *,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/multivariate_event_collections/{collection_ticker}".format(
            collection_ticker=quote(str(collection_ticker), safe=""),
        ),
        "extensions": {
            "kalshi_operation": "multivariate.create_market_in_multivariate_event_collection"
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> CreateMarketInMultivariateEventCollectionResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = CreateMarketInMultivariateEventCollectionResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Create Market In Multivariate Event Collection

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CreateMarketInMultivariateEventCollectionResponse]
    """

    kwargs = _get_kwargs(
        collection_ticker=collection_ticker,
        body=body,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Create Market In Multivariate Event Collection

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CreateMarketInMultivariateEventCollectionResponse
    """

    response = sync_detailed(
        collection_ticker=collection_ticker,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Create Market In Multivariate Event Collection

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CreateMarketInMultivariateEventCollectionResponse]
    """

    kwargs = _get_kwargs(
        collection_ticker=collection_ticker,
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    collection_ticker: str,
    *,
    client: AuthenticatedClient,
    body: CreateMarketInMultivariateEventCollectionRequest,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Create Market In Multivariate Event Collection

    Args:
        collection_ticker (str):
        body (CreateMarketInMultivariateEventCollectionRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CreateMarketInMultivariateEventCollectionResponse
    """

    response = await asyncio_detailed(
        collection_ticker=collection_ticker,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
