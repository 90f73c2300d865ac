from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subaccount: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders",
        "params": params,
        "extensions": {"kalshi_operation": "orders.cancel_all_orders"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> Any | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[Any]:
    """Cancel All Orders

     Cancels every resting order of the member.

    Args:
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
    )

    return client.execute(kwargs, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
) -> Response[Any]:
    """Cancel All Orders

     Cancels every resting order of the member.

    Args:
        subaccount (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
    )

    return await client.aexecute(kwargs, _parse_response)


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
