from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.empty_response import EmptyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_group_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/order_groups/{order_group_id}".format(
            order_group_id=quote(str(order_group_id), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "order_groups.delete_order_group"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> EmptyResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = EmptyResponse.from_dict(
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
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Delete Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Delete Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        EmptyResponse
    """

    response = sync_detailed(
        order_group_id=order_group_id,
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Delete Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[EmptyResponse]
    """

    kwargs = _get_kwargs(
        order_group_id=order_group_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    order_group_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Delete Order Group

    Args:
        order_group_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        EmptyResponse
    """

    response = await asyncio_detailed(
        order_group_id=order_group_id,
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
