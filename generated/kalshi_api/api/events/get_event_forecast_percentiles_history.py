from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_event_forecast_percentiles_history_period_interval import (
    GetEventForecastPercentilesHistoryPeriodInterval,
)
from ...models.get_event_forecast_percentiles_history_response import (
    GetEventForecastPercentilesHistoryResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    series_ticker: str,
    ticker: str,
    *,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_percentiles = percentiles

    params["percentiles"] = json_percentiles

    params["start_ts"] = start_ts

    params["end_ts"] = end_ts

    json_period_interval = GetEventForecastPercentilesHistoryPeriodInterval.of(
        period_interval
    ).value
    params["period_interval"] = json_period_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/series/{series_ticker}/events/{ticker}/forecast_percentile_history".format(
            series_ticker=quote(str(series_ticker), safe=""),
            ticker=quote(str(ticker), safe=""),
        ),
        "params": params,
        "extensions": {
            "kalshi_operation": "events.get_event_forecast_percentiles_history"
        },
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetEventForecastPercentilesHistoryResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetEventForecastPercentilesHistoryResponse.from_dict(
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
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Get Event Forecast Percentile History

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetEventForecastPercentilesHistoryResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        percentiles=percentiles,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> GetEventForecastPercentilesHistoryResponse:
    """Get Event Forecast Percentile History

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetEventForecastPercentilesHistoryResponse
    """

    response = sync_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        percentiles=percentiles,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Get Event Forecast Percentile History

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetEventForecastPercentilesHistoryResponse]
    """

    kwargs = _get_kwargs(
        series_ticker=series_ticker,
        ticker=ticker,
        percentiles=percentiles,
        start_ts=start_ts,
        end_ts=end_ts,
        period_interval=period_interval,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    series_ticker: str,
    ticker: str,
    *,
    client: AuthenticatedClient,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: GetEventForecastPercentilesHistoryPeriodInterval
    | Literal[0, 1, 60, 1440],
) -> GetEventForecastPercentilesHistoryResponse:
    """Get Event Forecast Percentile History

    Args:
        series_ticker (str):
        ticker (str):
        percentiles (list[int]):
        start_ts (int):
        end_ts (int):
        period_interval (GetEventForecastPercentilesHistoryPeriodInterval):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetEventForecastPercentilesHistoryResponse
    """

    response = await asyncio_detailed(
        series_ticker=series_ticker,
        ticker=ticker,
        client=client,
        percentiles=percentiles,
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
