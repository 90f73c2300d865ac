from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_event_live_data_response import GetEventLiveDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_ticker: str,
    *,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["range"] = range_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/events/{event_ticker}".format(
            event_ticker=quote(str(event_ticker), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "live_data.get_event_live_data"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetEventLiveDataResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetEventLiveDataResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Get Event Live Data

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetEventLiveDataResponse]
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        range_=range_,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Get Event Live Data

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetEventLiveDataResponse
    """

    response = sync_detailed(
        event_ticker=event_ticker,
        client=client,
        range_=range_,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Get Event Live Data

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetEventLiveDataResponse]
    """

    kwargs = _get_kwargs(
        event_ticker=event_ticker,
        range_=range_,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    event_ticker: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Get Event Live Data

    Args:
        event_ticker (str):
        range_ (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetEventLiveDataResponse
    """

    response = await asyncio_detailed(
        event_ticker=event_ticker,
        client=client,
        range_=range_,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
