"""Settling creates and cancels whose outcome the request flow could not see.

An attempt that was sent and got no answer (or a 5xx) may have been carried out; the retry
that follows then sees the consequences (`order_already_exists`, `not_found`) or fails too.
The flow marks such requests (`Attempts.may_have_landed`); the client's methods then look the
order up and report what the exchange holds. This module decides what to look up and turns
what was found into answers; it does no I/O (the look-ups are in `_async_methods.py`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

from ._errors import APIError, APIStatusError, OutcomeUnknownError, load_json
from ._flow import attempts_of
from ._operations import operation_for

log = logging.getLogger("kalshi")

#: A look-up by creation time starts this many seconds before the first send, for clock skew
#: between this machine and the exchange.
SINCE_SLACK = 120

#: Kalshi's item and error codes that a retry of a landed create or cancel answers with.
ALREADY_EXISTS = "order_already_exists"
NOT_FOUND = "not_found"
#: Our item code for an order whose outcome could not be found out.
OUTCOME_UNKNOWN = "outcome_unknown"


@dataclass(frozen=True)
class CreateTarget:
    """What identifies the order(s) of a create: client_order_id, market, subaccount, time."""

    client_order_id: str
    ticker: str | None
    subaccount: int | None
    since: int | None  # min_ts for GetOrders (Unix seconds)


def since_of(request: httpx.Request) -> int | None:
    first = attempts_of(request).first_sent
    return None if first is None else int(first) - SINCE_SLACK


def _target(item: Any, request: httpx.Request) -> CreateTarget | None:
    if not isinstance(item, dict) or not isinstance(item.get("client_order_id"), str):
        return None
    ticker, subaccount = item.get("ticker"), item.get("subaccount")
    return CreateTarget(
        item["client_order_id"],
        ticker if isinstance(ticker, str) else None,
        subaccount if isinstance(subaccount, int) else None,
        since_of(request),
    )


def create_target(request: httpx.Request) -> CreateTarget | None:
    """The order a single create (CreateOrderV2; from the operation index) was placing."""
    op = operation_for(request)
    if op is None or op.idempotency_key is None or request.method != "POST":
        return None
    return _target(load_json(request.content), request)


def cancel_target(request: httpx.Request) -> str | None:
    """The order_id a single cancel (a DELETE of /.../orders/{order_id}) was canceling."""
    op = operation_for(request)
    if op is None or op.method != "DELETE" or not op.path.endswith("/{order_id}"):
        return None
    return request.url.path.rsplit("/", 1)[-1] or None


def unsettled(error: APIError) -> bool:
    """The write may have been carried out although it ended in `error`: worth a look-up."""
    return error.may_have_landed


def conflict_after_retry(error: APIError) -> bool:
    """Kalshi says the order exists, and this request was retried after a lost attempt."""
    return (
        isinstance(error, APIStatusError)
        and error.code == ALREADY_EXISTS
        and error.attempts > 1
        and error.may_have_landed
    )


def _answer(request: httpx.Request, status: int, body: dict[str, Any]) -> httpx.Response:
    """The answer the lost one would have been, built from the order found."""
    return httpx.Response(status, json=body, request=request)


def ack_from_order(order: dict[str, Any]) -> dict[str, Any]:
    """A create's acknowledgement (CreateOrderV2Response) from the order found."""
    ack = {
        "order_id": order.get("order_id"),
        "client_order_id": order.get("client_order_id"),
        "fill_count": order.get("fill_count_fp"),
        "remaining_count": order.get("remaining_count_fp"),
    }
    return {key: value for key, value in ack.items() if value is not None}


def created(request: httpx.Request, order: dict[str, Any], why: APIError) -> httpx.Response:
    log.info(
        "kalshi: %s %s ended in %s, but the order was placed: order_id %s (found by look-up)",
        request.method,
        request.url.path,
        type(why).__name__,
        order.get("order_id"),
    )
    return _answer(request, 201, ack_from_order(order))


def canceled(request: httpx.Request, order: dict[str, Any], why: APIError) -> httpx.Response:
    """A cancel's answer (CancelOrderV2Response) for an order found canceled.

    `reduced_by` is left out: the answer that said how much was canceled is the one lost.
    """
    log.info(
        "kalshi: %s %s ended in %s, but the order is canceled (found by look-up)",
        request.method,
        request.url.path,
        type(why).__name__,
    )
    body = {"order_id": order.get("order_id"), "client_order_id": order.get("client_order_id")}
    return _answer(request, 200, {k: v for k, v in body.items() if v is not None})


def not_carried_out(error: APIError) -> APIError:
    """The look-up showed the write did not happen: the error stands, as a plain failure."""
    error.may_have_landed = False
    return error


def unknown(
    error: APIError,
    *,
    client_order_id: str | None = None,
    order_id: str | None = None,
    lookup_error: Exception | None = None,
    why: str = "",
) -> OutcomeUnknownError:
    """The error for a write whose outcome the client could not find out."""
    which = f"client_order_id {client_order_id}" if client_order_id else f"order {order_id}"
    reason = why or (
        f"the look-up failed ({type(lookup_error).__name__}: {lookup_error})"
        if lookup_error is not None
        else "the look-up did not find it"
    )
    message = (
        f"{error.method} {error.path}: outcome unknown for {which}: an attempt may have been "
        f"carried out and {reason}; it ended in {type(error).__name__}: {error}"
    )
    found = OutcomeUnknownError(
        message,
        cause=error,
        lookup_error=lookup_error,
        client_order_id=client_order_id,
        order_id=order_id,
    )
    found.__cause__ = error
    return found


def order_status(order: dict[str, Any]) -> str | None:
    status = order.get("status")
    return status if isinstance(status, str) else None
