from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.create_order_v2_request import CreateOrderV2Request
from ...models.create_order_v2_response import CreateOrderV2Response
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders",
        "extensions": {"kalshi_operation": "orders.create_order_v2"},
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
) -> CreateOrderV2Response | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 201:
        response_201 = CreateOrderV2Response.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response]:
    """Create Order (V2)

     Places one order on the single YES book (bid buys YES, ask sells YES).

    Args:
        body (CreateOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CreateOrderV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Create Order (V2)

     Places one order on the single YES book (bid buys YES, ask sells YES).

    Args:
        body (CreateOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CreateOrderV2Response
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> Response[CreateOrderV2Response]:
    """Create Order (V2)

     Places one order on the single YES book (bid buys YES, ask sells YES).

    Args:
        body (CreateOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CreateOrderV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOrderV2Request,
) -> CreateOrderV2Response:
    """Create Order (V2)

     Places one order on the single YES book (bid buys YES, ask sells YES).

    Args:
        body (CreateOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CreateOrderV2Response
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
