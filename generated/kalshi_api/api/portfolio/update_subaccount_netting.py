from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_subaccount_netting_request import UpdateSubaccountNettingRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateSubaccountNettingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/portfolio/subaccounts/netting",
        "extensions": {"kalshi_operation": "portfolio.update_subaccount_netting"},
    }

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
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> Response[Any]:
    """Update Subaccount Netting

    Args:
        body (UpdateSubaccountNettingRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.execute(kwargs, _parse_response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSubaccountNettingRequest,
) -> Response[Any]:
    """Update Subaccount Netting

    Args:
        body (UpdateSubaccountNettingRequest):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
