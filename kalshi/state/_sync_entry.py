# Generated from kalshi/state/_async_entry.py by scripts/unasync.py: edit that file instead.
"""Order entry that the account state records: an order is known before the exchange answers.

Written once here; `_sync_entry.py` is its generated twin. `guard` is held while the state
changes (a lock for threads, a null context on one event loop), never across a request.
A definite refusal forgets the order; an unknown outcome (a lost answer, a failed chunk, an
item the answer left out) leaves it `pending` for a reconcile to find by client_order_id — so
it is never sent twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from contextlib import AbstractContextManager
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from kalshi_api.api.orders import amend_order_v2, create_order_v2, decrease_order_v2
from kalshi_api.models import (
    AmendOrderV2Request,
    CancelOrderV2Response,
    CreateOrderV2Request,
    CreateOrderV2Response,
    DecreaseOrderV2Request,
)
from kalshi_api.types import UNSET, Unset

from .. import money
from .._batch import BatchResult
from .._errors import APIStatusError, InvalidValue
from ..money import BookSideName
from ..orders import amend_request
from ._engine import AccountState
from ._model import OrderState
from ._wait import OrderRef

if TYPE_CHECKING:
    from .._client import KalshiClient


def _text(value: Decimal | None) -> str | Unset:
    return UNSET if value is None else str(value)


def _order_id(state: AccountState, order: OrderRef) -> str:
    key = order if isinstance(order, str) else order.key
    known = state.order(key)
    return known.order_id if known is not None and known.order_id else key


def place_order(
    client: KalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    in_flight: set[str],
    request: CreateOrderV2Request,
) -> OrderState:
    """Send one create; a 4xx other than 409 is a refusal (409: an earlier attempt landed)."""
    with guard:
        coid = state.record_sent(request).client_order_id or ""
        in_flight.add(coid)
    try:
        ack = create_order_v2.sync(client=client, body=request)
    except APIStatusError as error:
        if 400 <= error.status_code < 500 and error.status_code != 409:
            with guard:
                state.record_rejected(coid)
        raise
    finally:
        with guard:
            in_flight.discard(coid)
    with guard:
        state.record_ack(ack, coid)
        known = state.order(coid)
    assert known is not None
    return known


def batch_create(
    client: KalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    in_flight: set[str],
    requests: Iterable[CreateOrderV2Request],
    batch_size: int | None = None,
) -> BatchResult:
    """`client.batch_create`, recorded item by item (a refusal in the answer forgets it)."""
    orders = list(requests)
    with guard:
        for request in orders:
            if not isinstance(request.client_order_id, str) or not request.client_order_id:
                request.client_order_id = str(uuid.uuid4())
            state.record_sent(request)
        coids = [str(r.client_order_id) for r in orders]
        in_flight.update(coids)
    try:
        result = client.batch_create(orders, batch_size=batch_size)
    finally:
        with guard:
            in_flight.difference_update(coids)
    with guard:
        for item, coid in zip(result, coids, strict=True):
            if item.ok and item.order_id:
                ack = CreateOrderV2Response(
                    order_id=item.order_id,
                    client_order_id=coid,
                    fill_count=_text(item.fill_count),
                    remaining_count=_text(item.remaining_count),
                )
                state.record_ack(ack, coid)
            elif item.error is not None and isinstance(item.raw, dict):
                state.record_rejected(coid)  # refused in the answer itself
    return result


def cancel_order(
    client: KalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    order: OrderRef,
) -> OrderState | None:
    """Cancel by order_id (or an `OrderState`); the order as the answer leaves it."""
    with guard:
        order_id = _order_id(state, order)
    ack = client.cancel_order(order_id)
    with guard:
        state.record_cancel_ack(ack)
        return state.order(order_id)


def amend_of(
    state: AccountState,
    order: OrderRef,
    *,
    price: money.Number | None,
    count: money.Number | None,
    updated_client_order_id: str | None,
) -> tuple[str, AmendOrderV2Request]:
    """The order's id and an amend of it: what is not given (price, total count) stays."""
    key = order if isinstance(order, str) else order.key
    known = state.order(key)
    if known is None or known.order_id is None or known.ticker is None or known.side is None:
        raise InvalidValue(f"order {key} is not known with its order_id, ticker and side")
    new_price = known.price if price is None else money.to_decimal(price, "price")
    new_count = known.initial if count is None else money.to_decimal(count, "count")
    if new_price is None or new_count is None:
        raise InvalidValue(f"order {key}: give price and count (they are not known)")
    request = amend_request(
        ticker=known.ticker,
        side=cast(BookSideName, known.side),
        price=new_price,
        count=new_count,
        client_order_id=known.client_order_id,
        updated_client_order_id=updated_client_order_id,
    )
    return known.order_id, request


def amend_order(
    client: KalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    order: OrderRef,
    *,
    price: money.Number | None = None,
    count: money.Number | None = None,
    updated_client_order_id: str | None = None,
) -> OrderState | None:
    """Send one amend; its answer (new price, total count, what filled) is recorded at once."""
    with guard:
        order_id, request = amend_of(
            state, order, price=price, count=count, updated_client_order_id=updated_client_order_id
        )
    ack = amend_order_v2.sync(order_id, client=client, body=request)
    with guard:
        state.record_amend_ack(order_id, request, ack)
        return state.order(order_id)


def decrease_order(
    client: KalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    order: OrderRef,
    *,
    reduce_by: money.Number | None = None,
    reduce_to: money.Number | None = None,
) -> OrderState | None:
    """Send one decrease (exactly one of `reduce_by`, `reduce_to`); its answer is recorded."""
    if (reduce_by is None) == (reduce_to is None):
        raise InvalidValue("give exactly one of reduce_by and reduce_to")
    with guard:
        order_id = _order_id(state, order)
    request = DecreaseOrderV2Request()
    if reduce_by is not None:
        request.reduce_by = money.count(reduce_by)
    if reduce_to is not None:  # 0 is allowed: it cancels the order
        request.reduce_to = f"{money.to_decimal(reduce_to, 'reduce_to'):.2f}"
    ack = decrease_order_v2.sync(order_id, client=client, body=request)
    with guard:
        state.record_decrease_ack(order_id, ack)
        return state.order(order_id)


def batch_cancel(
    client: KalshiClient,
    state: AccountState,
    guard: AbstractContextManager[object],
    orders: Iterable[OrderRef],
    batch_size: int | None = None,
) -> BatchResult:
    """`client.batch_cancel`, recorded: each order canceled in the answer is canceled here."""
    with guard:
        ids = [_order_id(state, order) for order in orders]
    result = client.batch_cancel(ids, batch_size=batch_size)
    with guard:
        for item in result:
            if item.ok and item.order_id:
                state.record_cancel_ack(CancelOrderV2Response(order_id=item.order_id))
    return result
