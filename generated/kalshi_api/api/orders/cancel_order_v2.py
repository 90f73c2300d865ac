from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.cancel_order_v2_response import CancelOrderV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["exchange_index"] = exchange_index

    params["market_ticker"] = market_ticker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/portfolio/events/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "orders.cancel_order_v2"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> CancelOrderV2Response | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = CancelOrderV2Response.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Cancel Order (V2)

     Cancels the resting remainder of one order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CancelOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Cancel Order (V2)

     Cancels the resting remainder of one order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CancelOrderV2Response
    """

    response = sync_detailed(
        order_id=order_id,
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Cancel Order (V2)

     Cancels the resting remainder of one order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[CancelOrderV2Response]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Cancel Order (V2)

     Cancels the resting remainder of one order.

    Args:
        order_id (str):
        subaccount (int | Unset):
        exchange_index (int | Unset):
        market_ticker (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        CancelOrderV2Response
    """

    response = await asyncio_detailed(
        order_id=order_id,
        client=client,
        subaccount=subaccount,
        exchange_index=exchange_index,
        market_ticker=market_ticker,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
