from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_series_list_response import GetSeriesListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["tags"] = tags

    params["include_product_metadata"] = include_product_metadata

    params["include_volume"] = include_volume

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series",
        "params": params,
        "extensions": {"kalshi_operation": "market.get_series_list"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetSeriesListResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetSeriesListResponse.from_dict(
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
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSeriesListResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSeriesListResponse
    """

    response = sync_detailed(
        client=client,
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSeriesListResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = False,
    include_volume: bool | Unset = False,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Get Series List

    Args:
        category (str | Unset):
        tags (str | Unset):
        include_product_metadata (bool | Unset):  Default: False.
        include_volume (bool | Unset):  Default: False.
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSeriesListResponse
    """

    response = await asyncio_detailed(
        client=client,
        category=category,
        tags=tags,
        include_product_metadata=include_product_metadata,
        include_volume=include_volume,
        min_updated_ts=min_updated_ts,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
