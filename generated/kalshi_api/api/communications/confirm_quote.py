from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated
from ...models.empty_response import EmptyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    quote_id: str,
    *,
    body: EmptyResponse | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/communications/quotes/{quote_id}/confirm".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "communications.confirm_quote"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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


@deprecated("Confirm Quote: Deprecated.")
def sync_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> Response[Any]:
    """Confirm Quote

     Deprecated.

    Args:
        quote_id (str):
        body (EmptyResponse | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    return client.execute(kwargs, _parse_response)


@deprecated("Confirm Quote: Deprecated.")
async def asyncio_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyResponse | Unset = UNSET,
) -> Response[Any]:
    """Confirm Quote

     Deprecated.

    Args:
        quote_id (str):
        body (EmptyResponse | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
