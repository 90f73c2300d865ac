from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_order_group_response import GetOrderGroupResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_group_id: str,
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/order_groups/{order_group_id}".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "order_groups.get_order_group"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetOrderGroupResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetOrderGroupResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetOrderGroupResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetOrderGroupResponse
    """

    response = sync_detailed(
        order_group_id=order_group_id,
        client=client,
        subaccount=subaccount,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetOrderGroupResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Get Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetOrderGroupResponse
    """

    response = await asyncio_detailed(
        order_group_id=order_group_id,
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
