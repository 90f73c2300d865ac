from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_structured_target_response import GetStructuredTargetResponse
from ...types import Response


def _get_kwargs(
    structured_target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/structured_targets/{structured_target_id}".format(
            structured_target_id=quote(str(structured_target_id), safe=""),
        ),
        "extensions": {"kalshi_operation": "structured_targets.get_structured_target"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetStructuredTargetResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetStructuredTargetResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetStructuredTargetResponse]:
    """Get Structured Target

    Args:
        structured_target_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetStructuredTargetResponse]
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetStructuredTargetResponse:
    """Get Structured Target

    Args:
        structured_target_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetStructuredTargetResponse
    """

    response = sync_detailed(
        structured_target_id=structured_target_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetStructuredTargetResponse]:
    """Get Structured Target

    Args:
        structured_target_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetStructuredTargetResponse]
    """

    kwargs = _get_kwargs(
        structured_target_id=structured_target_id,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    structured_target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetStructuredTargetResponse:
    """Get Structured Target

    Args:
        structured_target_id (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetStructuredTargetResponse
    """

    response = await asyncio_detailed(
        structured_target_id=structured_target_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
