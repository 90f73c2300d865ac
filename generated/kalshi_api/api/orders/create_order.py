from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.create_order_request import CreateOrderRequest
from ...models.create_order_response import CreateOrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/orders",
        "extensions": {"kalshi_operation": "orders.create_order"},
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
) -> CreateOrderResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 201:
        response_201 = CreateOrderResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated(
    "Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."
)
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest,
) -> Response[CreateOrderResponse]:
    """Create Order

     Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2.

    Args:
        body (CreateOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CreateOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.execute(kwargs, _parse_response)


@deprecated(
    "Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."
)
def sync(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest,
) -> CreateOrderResponse:
    """Create Order

     Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2.

    Args:
        body (CreateOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CreateOrderResponse
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


@deprecated(
    "Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."
)
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest,
) -> Response[CreateOrderResponse]:
    """Create Order

     Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2.

    Args:
        body (CreateOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CreateOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated(
    "Create Order: Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2."
)
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOrderRequest,
) -> CreateOrderResponse:
    """Create Order

     Deprecated. Retired (HTTP 410 since June 2026); use CreateOrderV2.

    Args:
        body (CreateOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CreateOrderResponse
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
