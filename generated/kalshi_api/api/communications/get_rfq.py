from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_rfq_response import GetRFQResponse
from ...types import Response


def _get_kwargs(
    rfq_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfqs/{rfq_id}".format(
            rfq_id=quote(str(rfq_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "communications.get_rfq"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetRFQResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetRFQResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetRFQResponse]:
    """Get RFQ

    Args:
        rfq_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetRFQResponse]
    """

    kwargs = _get_kwargs(
        rfq_id=rfq_id,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> GetRFQResponse:
    """Get RFQ

    Args:
        rfq_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetRFQResponse
    """

    response = sync_detailed(
        rfq_id=rfq_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetRFQResponse]:
    """Get RFQ

    Args:
        rfq_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetRFQResponse]
    """

    kwargs = _get_kwargs(
        rfq_id=rfq_id,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    rfq_id: str,
    *,
    client: AuthenticatedClient,
) -> GetRFQResponse:
    """Get RFQ

    Args:
        rfq_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetRFQResponse
    """

    response = await asyncio_detailed(
        rfq_id=rfq_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
