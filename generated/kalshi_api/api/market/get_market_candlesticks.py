from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_market_candlesticks_period_interval import (
    GetMarketCandlesticksPeriodInterval,
)
from ...models.get_market_candlesticks_response import GetMarketCandlesticksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = GetMarketCandlesticksPeriodInterval.of(period_interval).value
    params["period_interval"] = json_period_interval

    params["include_latest_before_start"] = include_latest_before_start

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}/markets/{ticker}/candlesticks".format(
            series_ticker=quote(str(series_ticker), safe=""),
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
        "extensions": {"kalshi_operation": "market.get_market_candlesticks"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetMarketCandlesticksResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetMarketCandlesticksResponse.from_dict(
            lazy=lazy, src_dict=response_json(response)
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def sync_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> Response[GetMarketCandlesticksResponse]:
    """Get Market Candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketCandlesticksResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> GetMarketCandlesticksResponse:
    """Get Market Candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketCandlesticksResponse
    """

    response = sync_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> Response[GetMarketCandlesticksResponse]:
    """Get Market Candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetMarketCandlesticksResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient | Client,
    start_ts: int,
    end_ts: int,
    period_interval: GetMarketCandlesticksPeriodInterval | Literal[1, 60, 1440],
    include_latest_before_start: bool | Unset = False,
) -> GetMarketCandlesticksResponse:
    """Get Market Candlesticks

    Args:
        series_ticker (str):
        ticker (str):
        start_ts (int):
        end_ts (int):
        period_interval (GetMarketCandlesticksPeriodInterval):
        include_latest_before_start (bool | Unset):  Default: False.

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetMarketCandlesticksResponse
    """

    response = await asyncio_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
        include_latest_before_start=include_latest_before_start,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
