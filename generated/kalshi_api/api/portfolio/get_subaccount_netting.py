from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_subaccount_netting_response import GetSubaccountNettingResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio/subaccounts/netting",
        "extensions": {"kalshi_operation": "portfolio.get_subaccount_netting"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetSubaccountNettingResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetSubaccountNettingResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetSubaccountNettingResponse]:
    """Get Subaccount Netting

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSubaccountNettingResponse]
    """

    kwargs = _get_kwargs()

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetSubaccountNettingResponse:
    """Get Subaccount Netting

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSubaccountNettingResponse
    """

    response = sync_detailed(
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetSubaccountNettingResponse]:
    """Get Subaccount Netting

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSubaccountNettingResponse]
    """

    kwargs = _get_kwargs()

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetSubaccountNettingResponse:
    """Get Subaccount Netting

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSubaccountNettingResponse
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
