from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_block_trade_proposal_request import (
    AcceptBlockTradeProposalRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    block_trade_proposal_id: str,
    *,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/communications/block-trade-proposals/{block_trade_proposal_id}/accept".format(
            block_trade_proposal_id=quote(str(block_trade_proposal_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (
        TypeError,
        ValueError,
        KeyError,
        AttributeError,
        errors.UnexpectedStatus,
    ) as error:
        raise client.parse_error(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    block_trade_proposal_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Response[Any]:
    """Accept Block Trade Proposal

    Args:
        block_trade_proposal_id (str):
        body (AcceptBlockTradeProposalRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        block_trade_proposal_id=block_trade_proposal_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    block_trade_proposal_id: str,
    *,
    client: AuthenticatedClient,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
) -> Response[Any]:
    """Accept Block Trade Proposal

    Args:
        block_trade_proposal_id (str):
        body (AcceptBlockTradeProposalRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        block_trade_proposal_id=block_trade_proposal_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
