from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_incentive_programs_response import GetIncentiveProgramsResponse
from ...models.get_incentive_programs_status import GetIncentiveProgramsStatus
from ...models.get_incentive_programs_type import GetIncentiveProgramsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = GetIncentiveProgramsStatus.of(status).value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = GetIncentiveProgramsType.of(type_).value

    params["type"] = json_type_

    params["incentive_description"] = incentive_description

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incentive_programs",
        "params": params,
        "extensions": {"kalshi_operation": "incentive_programs.get_incentive_programs"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetIncentiveProgramsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetIncentiveProgramsResponse.from_dict(
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
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetIncentiveProgramsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetIncentiveProgramsResponse
    """

    response = sync_detailed(
        client=client,
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetIncentiveProgramsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        incentive_description=incentive_description,
        limit=limit,
        cursor=cursor,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GetIncentiveProgramsStatus
    | Literal["all", "active", "upcoming", "closed", "paid_out"]
    | Unset = UNSET,
    type_: GetIncentiveProgramsType
    | Literal[
        "all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"
    ]
    | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Get Incentives

    Args:
        status (GetIncentiveProgramsStatus | Unset):
        type_ (GetIncentiveProgramsType | Unset):
        incentive_description (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetIncentiveProgramsResponse
    """

    response = await asyncio_detailed(
        client=client,
        status=status,
        type_=type_,
        incentive_description=incentive_description,
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
