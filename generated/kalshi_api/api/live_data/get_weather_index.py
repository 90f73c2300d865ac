from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_weather_index_response import GetWeatherIndexResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    city: str,
    *,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["last_sec"] = last_sec

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/weather/{city}".format(
            city=quote(str(city), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "live_data.get_weather_index"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetWeatherIndexResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetWeatherIndexResponse.from_dict(
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
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetWeatherIndexResponse]
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetWeatherIndexResponse
    """

    response = sync_detailed(
        city=city,
        client=client,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetWeatherIndexResponse]
    """

    kwargs = _get_kwargs(
        city=city,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    city: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Get Weather Index

    Args:
        city (str):
        from_ (int | Unset):
        to (int | Unset):
        last_sec (int | Unset):
        detailed (bool | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetWeatherIndexResponse
    """

    response = await asyncio_detailed(
        city=city,
        client=client,
        from_=from_,
        to=to,
        last_sec=last_sec,
        detailed=detailed,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
