from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, deprecated, response_json
from ...models.get_quote_response import GetQuoteResponse
from ...types import Response


def _get_kwargs(
    quote_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/quotes/{quote_id}".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "communications.get_quote"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetQuoteResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetQuoteResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


@deprecated("Get Quote: Deprecated.")
def sync_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetQuoteResponse]:
    """Get Quote

     Deprecated.

    Args:
        quote_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetQuoteResponse]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
    )

    return client.execute(kwargs, _parse_response)


@deprecated("Get Quote: Deprecated.")
def sync(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> GetQuoteResponse:
    """Get Quote

     Deprecated.

    Args:
        quote_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetQuoteResponse
    """

    response = sync_detailed(
        quote_id=quote_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


@deprecated("Get Quote: Deprecated.")
async def asyncio_detailed(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetQuoteResponse]:
    """Get Quote

     Deprecated.

    Args:
        quote_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetQuoteResponse]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
    )

    return await client.aexecute(kwargs, _parse_response)


@deprecated("Get Quote: Deprecated.")
async def asyncio(
    quote_id: str,
    *,
    client: AuthenticatedClient,
) -> GetQuoteResponse:
    """Get Quote

     Deprecated.

    Args:
        quote_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetQuoteResponse
    """

    response = await asyncio_detailed(
        quote_id=quote_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
