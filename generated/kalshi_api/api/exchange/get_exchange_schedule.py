from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_exchange_schedule_response import GetExchangeScheduleResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/exchange/schedule",
        "extensions": {"kalshi_operation": "exchange.get_exchange_schedule"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetExchangeScheduleResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetExchangeScheduleResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetExchangeScheduleResponse]:
    """Get Exchange Schedule

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetExchangeScheduleResponse]
    """

    kwargs = _get_kwargs()

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetExchangeScheduleResponse:
    """Get Exchange Schedule

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetExchangeScheduleResponse
    """

    response = sync_detailed(
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetExchangeScheduleResponse]:
    """Get Exchange Schedule

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetExchangeScheduleResponse]
    """

    kwargs = _get_kwargs()

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetExchangeScheduleResponse:
    """Get Exchange Schedule

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetExchangeScheduleResponse
    """

    response = await asyncio_detailed(
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
