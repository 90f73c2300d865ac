from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_quotes_response import GetQuotesResponse
from ...models.user_filter import UserFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    params["limit"] = limit

    params["status"] = status

    params["quote_creator_user_id"] = quote_creator_user_id

    json_user_filter: str | Unset = UNSET
    if not isinstance(user_filter, Unset):
        json_user_filter = UserFilter.of(user_filter).value

    params["user_filter"] = json_user_filter

    json_rfq_user_filter: str | Unset = UNSET
    if not isinstance(rfq_user_filter, Unset):
        json_rfq_user_filter = UserFilter.of(rfq_user_filter).value

    params["rfq_user_filter"] = json_rfq_user_filter

    params["rfq_creator_user_id"] = rfq_creator_user_id

    params["rfq_creator_subtrader_id"] = rfq_creator_subtrader_id

    params["rfq_id"] = rfq_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/communications/quotes",
        "params": params,
        "extensions": {"kalshi_operation": "communications.get_quotes"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetQuotesResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetQuotesResponse.from_dict(
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
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Get Quotes

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetQuotesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Get Quotes

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetQuotesResponse
    """

    response = sync_detailed(
        client=client,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Get Quotes

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetQuotesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = 500,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_user_filter: UserFilter | Literal["self"] | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Get Quotes

    Args:
        cursor (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        limit (int | Unset):  Default: 500.
        status (str | Unset):
        quote_creator_user_id (str | Unset):
        user_filter (UserFilter | Unset):
        rfq_user_filter (UserFilter | Unset):
        rfq_creator_user_id (str | Unset):
        rfq_creator_subtrader_id (str | Unset):
        rfq_id (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetQuotesResponse
    """

    response = await asyncio_detailed(
        client=client,
        cursor=cursor,
        min_ts=min_ts,
        max_ts=max_ts,
        limit=limit,
        status=status,
        quote_creator_user_id=quote_creator_user_id,
        user_filter=user_filter,
        rfq_user_filter=rfq_user_filter,
        rfq_creator_user_id=rfq_creator_user_id,
        rfq_creator_subtrader_id=rfq_creator_subtrader_id,
        rfq_id=rfq_id,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
