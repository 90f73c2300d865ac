from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_fcm_fills_response import GetFcmFillsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/fills",
        "params": params,
        "extensions": {"kalshi_operation": "fcm.get_fcm_fills"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetFcmFillsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetFcmFillsResponse.from_dict(
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
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetFcmFillsResponse]:
    """Get FCM Fills

    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetFcmFillsResponse]
    """

    kwargs = _get_kwargs(
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Get FCM Fills

    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetFcmFillsResponse
    """

    response = sync_detailed(
        client=client,
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetFcmFillsResponse]:
    """Get FCM Fills

    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetFcmFillsResponse]
    """

    kwargs = _get_kwargs(
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Get FCM Fills

    Args:
        min_ts (int | Unset):
        max_ts (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetFcmFillsResponse
    """

    response = await asyncio_detailed(
        client=client,
        min_ts=min_ts,
        max_ts=max_ts,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
