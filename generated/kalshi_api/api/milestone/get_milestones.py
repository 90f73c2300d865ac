import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_milestones_response import GetMilestonesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_minimum_start_date: str | Unset = UNSET
    if not isinstance(minimum_start_date, Unset):
        json_minimum_start_date = minimum_start_date.isoformat()
    params["minimum_start_date"] = json_minimum_start_date

    params["category"] = category

    params["competition"] = competition

    params["source_id"] = source_id

    params["type"] = type_

    params["related_event_ticker"] = related_event_ticker

    params["cursor"] = cursor

    params["min_updated_ts"] = min_updated_ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/milestones",
        "params": params,
        "extensions": {"kalshi_operation": "milestone.get_milestones"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMilestonesResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMilestonesResponse.from_dict(
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
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Get Milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMilestonesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Get Milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMilestonesResponse
    """

    response = sync_detailed(
        client=client,
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Get Milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMilestonesResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    minimum_start_date: datetime.datetime | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Get Milestones

    Args:
        limit (int):
        minimum_start_date (datetime.datetime | Unset):
        category (str | Unset):
        competition (str | Unset):
        source_id (str | Unset):
        type_ (str | Unset):
        related_event_ticker (str | Unset):
        cursor (str | Unset):
        min_updated_ts (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMilestonesResponse
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        minimum_start_date=minimum_start_date,
        category=category,
        competition=competition,
        source_id=source_id,
        type_=type_,
        related_event_ticker=related_event_ticker,
        cursor=cursor,
        min_updated_ts=min_updated_ts,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
