from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_series_fee_changes_response import GetSeriesFeeChangesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["series_ticker"] = series_ticker

    params["show_historical"] = show_historical

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/fee_changes",
        "params": params,
        "extensions": {"kalshi_operation": "exchange.get_series_fee_changes"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetSeriesFeeChangesResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetSeriesFeeChangesResponse.from_dict(
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
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSeriesFeeChangesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSeriesFeeChangesResponse
    """

    response = sync_detailed(
        client=client,
        series_ticker=series_ticker,
        show_historical=show_historical,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> Response[GetSeriesFeeChangesResponse]:
    """Get Series Fee Changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetSeriesFeeChangesResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        show_historical=show_historical,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = False,
) -> GetSeriesFeeChangesResponse:
    """Get Series Fee Changes

    Args:
        series_ticker (str | Unset):
        show_historical (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetSeriesFeeChangesResponse
    """

    response = await asyncio_detailed(
        client=client,
        series_ticker=series_ticker,
        show_historical=show_historical,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
