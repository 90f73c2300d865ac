from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_fcm_orders_status import GetFcmOrdersStatus
from ...models.get_orders_response import GetOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subtrader_id"] = subtrader_id

    params["client_order_ids"] = client_order_ids

    params["cursor"] = cursor

    params["event_ticker"] = event_ticker

    params["ticker"] = ticker

    params["min_ts"] = min_ts

    params["max_ts"] = max_ts

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = GetFcmOrdersStatus.of(status).value

    params["status"] = json_status

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fcm/orders",
        "params": params,
        "extensions": {"kalshi_operation": "fcm.get_fcm_orders"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetOrdersResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetOrdersResponse.from_dict(
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
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetOrdersResponse
    """

    response = sync_detailed(
        client=client,
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetOrdersResponse]
    """

    kwargs = _get_kwargs(
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: GetFcmOrdersStatus
    | Literal["resting", "canceled", "executed"]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Get FCM Orders

    Args:
        subtrader_id (str | Unset):
        client_order_ids (str | Unset):
        cursor (str | Unset):
        event_ticker (str | Unset):
        ticker (str | Unset):
        min_ts (int | Unset):
        max_ts (int | Unset):
        status (GetFcmOrdersStatus | Unset):
        limit (int | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetOrdersResponse
    """

    response = await asyncio_detailed(
        client=client,
        subtrader_id=subtrader_id,
        client_order_ids=client_order_ids,
        cursor=cursor,
        event_ticker=event_ticker,
        ticker=ticker,
        min_ts=min_ts,
        max_ts=max_ts,
        status=status,
        limit=limit,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
