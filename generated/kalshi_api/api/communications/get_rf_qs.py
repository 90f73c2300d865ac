from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_rf_qs_response import GetRFQsResponse
from ...models.user_filter import UserFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["market_ticker"] = market_ticker

    params["subaccount"] = subaccount

    params["limit"] = limit

    params["status"] = status

    params["creator_user_id"] = creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = UserFilter.of(user_filter).value

    params["user_filter"] = json_user_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/rfqs",
        "params": params,
        "extensions": {"kalshi_operation": "communications.get_rf_qs"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetRFQsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetRFQsResponse.from_dict(
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
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Get RFQs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetRFQsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> GetRFQsResponse:
    """Get RFQs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetRFQsResponse
    """

    response = sync_detailed(
        client=client,
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Get RFQs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetRFQsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = 100,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
) -> GetRFQsResponse:
    """Get RFQs

    Args:
        cursor (str | Unset):
        event_ticker (str | Unset):
        market_ticker (str | Unset):
        subaccount (int | Unset):
        limit (int | Unset):  Default: 100.
        status (str | Unset):
        creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetRFQsResponse
    """

    response = await asyncio_detailed(
        client=client,
        cursor=cursor,
        event_ticker=event_ticker,
        market_ticker=market_ticker,
        subaccount=subaccount,
        limit=limit,
        status=status,
        creator_user_id=creator_user_id,
        user_filter=user_filter,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
