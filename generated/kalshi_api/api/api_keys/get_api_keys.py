from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_api_keys_response import GetApiKeysResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fcm_subtrader_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fcm_subtrader_id"] = fcm_subtrader_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api_keys",
        "params": params,
        "extensions": {"kalshi_operation": "api_keys.get_api_keys"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetApiKeysResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetApiKeysResponse.from_dict(
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
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetApiKeysResponse
    """

    response = sync_detailed(
        client=client,
        fcm_subtrader_id=fcm_subtrader_id,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetApiKeysResponse]
    """

    kwargs = _get_kwargs(
        fcm_subtrader_id=fcm_subtrader_id,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Get API Keys

    Args:
        fcm_subtrader_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetApiKeysResponse
    """

    response = await asyncio_detailed(
        client=client,
        fcm_subtrader_id=fcm_subtrader_id,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
