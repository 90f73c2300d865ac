from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.batch_cancel_orders_request import BatchCancelOrdersRequest
from ...models.batch_cancel_orders_response import BatchCancelOrdersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchCancelOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/orders/batched",
        "extensions": {"kalshi_operation": "orders.batch_cancel_orders"},
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
) -> BatchCancelOrdersResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = BatchCancelOrdersResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated(
    "Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."
)
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersRequest,
) -> Response[BatchCancelOrdersResponse]:
    """Batch Cancel Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2.

    Args:
        body (BatchCancelOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[BatchCancelOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.execute(kwargs, _parse_response)


@deprecated(
    "Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."
)
def sync(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersRequest,
) -> BatchCancelOrdersResponse:
    """Batch Cancel Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2.

    Args:
        body (BatchCancelOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        BatchCancelOrdersResponse
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


@deprecated(
    "Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."
)
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersRequest,
) -> Response[BatchCancelOrdersResponse]:
    """Batch Cancel Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2.

    Args:
        body (BatchCancelOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[BatchCancelOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated(
    "Batch Cancel Orders: Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2."
)
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCancelOrdersRequest,
) -> BatchCancelOrdersResponse:
    """Batch Cancel Orders

     Deprecated. Retired (HTTP 410 since June 2026); use BatchCancelOrdersV2.

    Args:
        body (BatchCancelOrdersRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        BatchCancelOrdersResponse
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
