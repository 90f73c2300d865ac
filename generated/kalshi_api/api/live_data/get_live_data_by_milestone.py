from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_live_data_response import GetLiveDataResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    milestone_id: str,
    *,
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/milestone/{milestone_id}".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "live_data.get_live_data_by_milestone"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetLiveDataResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetLiveDataResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDataResponse]:
    """Get Live Data

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetLiveDataResponse]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Get Live Data

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetLiveDataResponse
    """

    response = sync_detailed(
        milestone_id=milestone_id,
        client=client,
        include_player_stats=include_player_stats,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDataResponse]:
    """Get Live Data

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetLiveDataResponse]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        include_player_stats=include_player_stats,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    milestone_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_player_stats: bool | Unset = False,
) -> GetLiveDataResponse:
    """Get Live Data

    Args:
        milestone_id (str):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetLiveDataResponse
    """

    response = await asyncio_detailed(
        milestone_id=milestone_id,
        client=client,
        include_player_stats=include_player_stats,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
