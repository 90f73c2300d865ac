from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.amend_order_v2_request import AmendOrderV2Request
from ...models.amend_order_v2_response import AmendOrderV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portfolio/events/orders/{order_id}/amend".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "orders.amend_order_v2"},
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
) -> AmendOrderV2Response | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = AmendOrderV2Response.from_dict(
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
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Amend Order (V2)

     Changes the price and/or total count of a resting order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[AmendOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Amend Order (V2)

     Changes the price and/or total count of a resting order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        AmendOrderV2Response
    """

    response = sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        subaccount=subaccount,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Amend Order (V2)

     Changes the price and/or total count of a resting order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[AmendOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        subaccount=subaccount,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: AmendOrderV2Request,
    subaccount: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Amend Order (V2)

     Changes the price and/or total count of a resting order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        body (AmendOrderV2Request):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        AmendOrderV2Response
    """

    response = await asyncio_detailed(
        order_id=order_id,
        client=client,
        body=body,
        subaccount=subaccount,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
