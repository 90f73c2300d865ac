from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.cancel_order_response import CancelOrderResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "orders.cancel_order"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> CancelOrderResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = CancelOrderResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated(
    "Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."
)
def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[CancelOrderResponse]:
    """Cancel Order

     Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2.

    Args:
        order_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CancelOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
    )

    return client.execute(kwargs, _parse_response)


@deprecated(
    "Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."
)
def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> CancelOrderResponse:
    """Cancel Order

     Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2.

    Args:
        order_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CancelOrderResponse
    """

    response = sync_detailed(
        order_id=order_id,
        client=client,
        subaccount=subaccount,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


@deprecated(
    "Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."
)
async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[CancelOrderResponse]:
    """Cancel Order

     Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2.

    Args:
        order_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CancelOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated(
    "Cancel Order: Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2."
)
async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> CancelOrderResponse:
    """Cancel Order

     Deprecated. Retired (HTTP 410 since June 2026); use CancelOrderV2.

    Args:
        order_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CancelOrderResponse
    """

    response = await asyncio_detailed(
        order_id=order_id,
        client=client,
        subaccount=subaccount,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
