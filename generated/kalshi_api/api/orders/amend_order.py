from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.amend_order_request import AmendOrderRequest
from ...models.amend_order_response import AmendOrderResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: AmendOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/orders/{order_id}/amend".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "orders.amend_order"},
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
) -> AmendOrderResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = AmendOrderResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated(
    "Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."
)
def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderRequest,
) -> Response[AmendOrderResponse]:
    """Amend Order

     Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2.

    Args:
        order_id (str):
        body (AmendOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[AmendOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    return client.execute(kwargs, _parse_response)


@deprecated(
    "Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."
)
def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderRequest,
) -> AmendOrderResponse:
    """Amend Order

     Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2.

    Args:
        order_id (str):
        body (AmendOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        AmendOrderResponse
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
    "Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."
)
async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderRequest,
) -> Response[AmendOrderResponse]:
    """Amend Order

     Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2.

    Args:
        order_id (str):
        body (AmendOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[AmendOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated(
    "Amend Order: Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2."
)
async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderRequest,
) -> AmendOrderResponse:
    """Amend Order

     Deprecated. Retired (HTTP 410 since June 2026); use AmendOrderV2.

    Args:
        order_id (str):
        body (AmendOrderRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        AmendOrderResponse
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
