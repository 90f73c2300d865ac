from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_order_queue_position_response import GetOrderQueuePositionResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/orders/{order_id}/queue_position".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "orders.get_order_queue_position"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetOrderQueuePositionResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetOrderQueuePositionResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderQueuePositionResponse]:
    """Get Order Queue Position

    Args:
        order_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetOrderQueuePositionResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> GetOrderQueuePositionResponse:
    """Get Order Queue Position

    Args:
        order_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetOrderQueuePositionResponse
    """

    response = sync_detailed(
        order_id=order_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderQueuePositionResponse]:
    """Get Order Queue Position

    Args:
        order_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetOrderQueuePositionResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
) -> GetOrderQueuePositionResponse:
    """Get Order Queue Position

    Args:
        order_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetOrderQueuePositionResponse
    """

    response = await asyncio_detailed(
        order_id=order_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
