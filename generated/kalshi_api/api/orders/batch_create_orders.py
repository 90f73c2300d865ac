from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.batch_create_orders_request import BatchCreateOrdersRequest
from ...models.batch_create_orders_response import BatchCreateOrdersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchCreateOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/orders/batched",
        "extensions": {"kalshi_operation": "orders.batch_create_orders"},
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
) -> BatchCreateOrdersResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 201:
        response_201 = BatchCreateOrdersResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated(
    "Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."
)
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersRequest,
) -> Response[BatchCreateOrdersResponse]:
    """Batch Create Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2.

    Args:
        body (BatchCreateOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[BatchCreateOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.execute(kwargs, _parse_response)


@deprecated(
    "Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."
)
def sync(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersRequest,
) -> BatchCreateOrdersResponse:
    """Batch Create Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2.

    Args:
        body (BatchCreateOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        BatchCreateOrdersResponse
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


@deprecated(
    "Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."
)
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersRequest,
) -> Response[BatchCreateOrdersResponse]:
    """Batch Create Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2.

    Args:
        body (BatchCreateOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[BatchCreateOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated(
    "Batch Create Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2."
)
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCreateOrdersRequest,
) -> BatchCreateOrdersResponse:
    """Batch Create Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCreateOrdersV2.

    Args:
        body (BatchCreateOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        BatchCreateOrdersResponse
    """

    response = await asyncio_detailed(
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
