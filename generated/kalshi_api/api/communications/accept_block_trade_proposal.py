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
        "extensions": {
            "kalshi_operation": "communications.accept_block_trade_proposal"
        },
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *,
    client: AuthenticatedClient | Client,
    response: httpx.Response,
    lazy: bool = False,
) -> Any | None:
    """The success model; `lazy=True` parses its fields (and items) when first read."""
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        block_trade_proposal_id=block_trade_proposal_id,
        body=body,
    )

    return client.execute(kwargs, _parse_response)


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
        kalshi.APIStatusError: The server answered with an error (a subclass per status, e.g. kalshi.NotFoundError).
        kalshi.APIConnectionError: No usable answer, after any retries (kalshi.APITimeoutError on a timeout).
        kalshi.APIResponseValidationError: A success body that does not match the model.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        block_trade_proposal_id=block_trade_proposal_id,
        body=body,
    )

    return await client.aexecute(kwargs, _parse_response)


# kalshi: the request and the parser of this operation, for callers that send it themselves
# (the paginator fetches the next page ahead and parses it when its items are wanted).
request_kwargs = _get_kwargs
parse_response = _parse_response
