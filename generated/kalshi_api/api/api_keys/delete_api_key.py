from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    api_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api_keys/{api_key}".format(
            api_key=quote(str(api_key), safe=""),
        ),
        "extensions": {"kalshi_operation": "api_keys.delete_api_key"},
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
    api_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Delete API Key

    Args:
        api_key (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
    )

    return client.execute(kwargs, _parse_response)


async def asyncio_detailed(
    api_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Delete API Key

    Args:
        api_key (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        api_key=api_key,
    )

    return await client.aexecute(kwargs, _parse_response)


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
