from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_weather_index_calibrations_response import (
    GetWeatherIndexCalibrationsResponse,
)
from ...types import Response


def _get_kwargs(
    city: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}/calibrations".format(
            city=quote(str(city), safe=""),
        ),
        "extensions": {"kalshi_operation": "live_data.get_weather_index_calibrations"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetWeatherIndexCalibrationsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetWeatherIndexCalibrationsResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]
    """

    kwargs = _get_kwargs(
        city=city,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    response = sync_detailed(
        city=city,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetWeatherIndexCalibrationsResponse]
    """

    kwargs = _get_kwargs(
        city=city,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetWeatherIndexCalibrationsResponse:
    """Get Weather Index Calibrations

    Args:
        city (str):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetWeatherIndexCalibrationsResponse
    """

    response = await asyncio_detailed(
        city=city,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
