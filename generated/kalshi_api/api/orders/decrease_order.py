from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.decrease_order_request import DecreaseOrderRequest
from ...models.decrease_order_response import DecreaseOrderResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: DecreaseOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/orders/{order_id}/decrease".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "orders.decrease_order"},
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
) -> DecreaseOrderResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = DecreaseOrderResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated(
    "Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."
)
def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderRequest,
) -> Response[DecreaseOrderResponse]:
    """Decrease Order

     Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2.

    Args:
        order_id (str):
        body (DecreaseOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[DecreaseOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    return client.execute(kwargs, _parse_response)


@deprecated(
    "Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."
)
def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderRequest,
) -> DecreaseOrderResponse:
    """Decrease Order

     Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2.

    Args:
        order_id (str):
        body (DecreaseOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        DecreaseOrderResponse
    """

    response = sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


@deprecated(
    "Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."
)
async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderRequest,
) -> Response[DecreaseOrderResponse]:
    """Decrease Order

     Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2.

    Args:
        order_id (str):
        body (DecreaseOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[DecreaseOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated(
    "Decrease Order: Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2."
)
async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: DecreaseOrderRequest,
) -> DecreaseOrderResponse:
    """Decrease Order

     Deprecated. Retired (HTTP 410 since June 2026); use DecreaseOrderV2.

    Args:
        order_id (str):
        body (DecreaseOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        DecreaseOrderResponse
    """

    response = await asyncio_detailed(
        order_id=order_id,
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
