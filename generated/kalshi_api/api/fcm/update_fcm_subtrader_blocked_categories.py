from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_fcm_subtrader_blocked_categories_request import (
    UpdateFCMSubtraderBlockedCategoriesRequest,
)
from ...models.update_fcm_subtrader_blocked_categories_response import (
    UpdateFCMSubtraderBlockedCategoriesResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fcm/subtraders/blocked_categories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateFCMSubtraderBlockedCategoriesResponse | None:
    if response.status_code == 200:
        response_200 = UpdateFCMSubtraderBlockedCategoriesResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateFCMSubtraderBlockedCategoriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Response[Any | UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Update FCM Subtrader Blocked Categories

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateFCMSubtraderBlockedCategoriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Any | UpdateFCMSubtraderBlockedCategoriesResponse | None:
    """Update FCM Subtrader Blocked Categories

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateFCMSubtraderBlockedCategoriesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Response[Any | UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Update FCM Subtrader Blocked Categories

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateFCMSubtraderBlockedCategoriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateFCMSubtraderBlockedCategoriesRequest,
) -> Any | UpdateFCMSubtraderBlockedCategoriesResponse | None:
    """Update FCM Subtrader Blocked Categories

    Args:
        body (UpdateFCMSubtraderBlockedCategoriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateFCMSubtraderBlockedCategoriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
