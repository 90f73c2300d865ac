from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_live_datas_response import GetLiveDatasResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_milestone_ids = milestone_ids

    params["milestone_ids"] = json_milestone_ids

    params["include_player_stats"] = include_player_stats

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/live_data/batch",
        "params": params,
        "extensions": {"kalshi_operation": "live_data.get_live_datas"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetLiveDatasResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetLiveDatasResponse.from_dict(
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
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDatasResponse]:
    """Get Multiple Live Data

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetLiveDatasResponse]
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Get Multiple Live Data

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetLiveDatasResponse
    """

    response = sync_detailed(
        client=client,
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> Response[GetLiveDatasResponse]:
    """Get Multiple Live Data

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetLiveDatasResponse]
    """

    kwargs = _get_kwargs(
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = False,
) -> GetLiveDatasResponse:
    """Get Multiple Live Data

    Args:
        milestone_ids (list[str]):
        include_player_stats (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetLiveDatasResponse
    """

    response = await asyncio_detailed(
        client=client,
        milestone_ids=milestone_ids,
        include_player_stats=include_player_stats,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
