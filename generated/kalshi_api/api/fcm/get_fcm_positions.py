from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_fcm_positions_settlement_status import (
    GetFcmPositionsSettlementStatus,
)
from ...models.get_positions_response import GetPositionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["ticker"] = ticker

    params["event_ticker"] = event_ticker

    params["count_filter"] = count_filter

    json_settlement_status: str | Unset = UNSET
    if not isinstance(settlement_status, Unset):
        json_settlement_status = GetFcmPositionsSettlementStatus.of(
            settlement_status
        ).value

    params["settlement_status"] = json_settlement_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/positions",
        "params": params,
        "extensions": {"kalshi_operation": "fcm.get_fcm_positions"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetPositionsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetPositionsResponse.from_dict(
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
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get FCM Positions

    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Get FCM Positions

    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetPositionsResponse
    """

    response = sync_detailed(
        client=client,
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Get FCM Positions

    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetPositionsResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: GetFcmPositionsSettlementStatus
    | Literal["all", "unsettled", "settled"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Get FCM Positions

    Args:
        subtrader_id (str | Unset):
        ticker (str | Unset):
        event_ticker (str | Unset):
        count_filter (str | Unset):
        settlement_status (GetFcmPositionsSettlementStatus | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetPositionsResponse
    """

    response = await asyncio_detailed(
        client=client,
        subtrader_id=subtrader_id,
        ticker=ticker,
        event_ticker=event_ticker,
        count_filter=count_filter,
        settlement_status=settlement_status,
        limit=limit,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
