from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_series_response import GetSeriesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    series_ticker: str,
    *,
    include_volume: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_volume"] = include_volume

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}".format(
            series_ticker=quote(str(series_ticker), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "market.get_series"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetSeriesResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetSeriesResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSeriesResponse
    """

    response = sync_detailed(
        series_ticker=series_ticker,
        client=client,
        include_volume=include_volume,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> Response[GetSeriesResponse]:
    """Get Series

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSeriesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        include_volume=include_volume,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    series_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    include_volume: bool | Unset = False,
) -> GetSeriesResponse:
    """Get Series

    Args:
        series_ticker (str):
        include_volume (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSeriesResponse
    """

    response = await asyncio_detailed(
        series_ticker=series_ticker,
        client=client,
        include_volume=include_volume,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
