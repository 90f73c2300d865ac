from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, response_json
from ...models.get_structured_targets_response import GetStructuredTargetsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["type"] = type_

    params["competition"] = competition

    params["page_size"] = page_size

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/structured_targets",
        "params": params,
        "extensions": {"kalshi_operation": "structured_targets.get_structured_targets"},
    }

    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> GetStructuredTargetsResponse | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 200:
        response_200 = GetStructuredTargetsResponse.from_dict(
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
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetStructuredTargetsResponse]:
    """Get Structured Targets

    Args:
        ids (list[str] | Unset):
        type_ (str | Unset):
        competition (str | Unset):
        page_size (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetStructuredTargetsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        type_=type_,
        competition=competition,
        page_size=page_size,
        cursor=cursor,
    )

    return client.execute(kwargs, _parse_response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Get Structured Targets

    Args:
        ids (list[str] | Unset):
        type_ (str | Unset):
        competition (str | Unset):
        page_size (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetStructuredTargetsResponse
    """

    response = sync_detailed(
        client=client,
        ids=ids,
        type_=type_,
        competition=competition,
        page_size=page_size,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[GetStructuredTargetsResponse]:
    """Get Structured Targets

    Args:
        ids (list[str] | Unset):
        type_ (str | Unset):
        competition (str | Unset):
        page_size (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[GetStructuredTargetsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        type_=type_,
        competition=competition,
        page_size=page_size,
        cursor=cursor,
    )

    return await client.aexecute(kwargs, _parse_response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Get Structured Targets

    Args:
        ids (list[str] | Unset):
        type_ (str | Unset):
        competition (str | Unset):
        page_size (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        GetStructuredTargetsResponse
    """

    response = await asyncio_detailed(
        client=client,
        ids=ids,
        type_=type_,
        competition=competition,
        page_size=page_size,
        cursor=cursor,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
