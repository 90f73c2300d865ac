from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_market_candlesticks_historical_period_interval import (
    GetMarketCandlesticksHistoricalPeriodInterval,
)
from ...models.get_market_candlesticks_historical_response import (
    GetMarketCandlesticksHistoricalResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = GetMarketCandlesticksHistoricalPeriodInterval.of(
        period_interval
    ).value
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/historical/markets/{ticker}/candlesticks".format(
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
        "extensions": {
            "kalshi_operation": "historical.get_market_candlesticks_historical"
        },
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMarketCandlesticksHistoricalResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMarketCandlesticksHistoricalResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    response = sync_detailed(
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketCandlesticksHistoricalResponse]
    """

    kwargs = _get_kwargs(
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksHistoricalPeriodInterval
    | Literal[1, 60, 1440],
) -> GetMarketCandlesticksHistoricalResponse:
    """Get Historical Market Candlesticks

    Args:
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksHistoricalPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketCandlesticksHistoricalResponse
    """

    response = await asyncio_detailed(
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
