"""The engine records amends, decreases and partly filled immediate-or-cancel answers, and
keeps only the newest ended orders: messages built by hand, no network."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi import InvalidValue
from kalshi.orders import amend_request, limit_order
from kalshi.state import AccountState, OrderCanceled
from kalshi_api.models import (
    AmendOrderV2Response,
    CreateOrderV2Response,
    DecreaseOrderV2Response,
)

from .messages import TICKER, fill, rest_fill, rest_position, user_order


def placed(
    state: AccountState, count: int, filled: str, remaining: str, *, ioc: bool = False
) -> str:
    """An order sent and answered with `filled` and `remaining`; its order_id."""
    tif = "immediate_or_cancel" if ioc else "good_till_canceled"
    request = limit_order(TICKER, side="bid", count=count, price="0.40", time_in_force=tif)
    coid = str(request.client_order_id)
    state.record_sent(request)
    state.record_ack(
        CreateOrderV2Response(
            order_id=f"o-{coid}",
            client_order_id=coid,
            fill_count=filled,
            remaining_count=remaining,
            ts_ms=100,
        ),
        coid,
    )
    return f"o-{coid}"


def test_an_answer_with_nothing_resting_says_executed_only_when_all_filled() -> None:
    state = AccountState()
    full = state.order(placed(state, 10, "10.00", "0.00"))
    part = state.order(placed(state, 10, "4.00", "0.00", ioc=True))
    none = state.order(placed(state, 10, "0.00", "0.00", ioc=True))
    assert full is not None and full.status == "executed"
    assert part is not None and (part.status, part.filled, part.remaining) == (
        "canceled",
        Decimal(4),
        Decimal(0),
    )
    assert none is not None and none.status == "canceled"


def test_an_amend_is_recorded_from_what_was_sent_and_its_answer() -> None:
    state = AccountState()
    order_id = placed(state, 10, "0.00", "10.00")
    request = amend_request(
        ticker=TICKER, side="bid", price="0.38", count=12, updated_client_order_id="c-new"
    )
    ack = AmendOrderV2Response(
        order_id=order_id,
        client_order_id="c-new",
        fill_count="0.00",
        remaining_count="12.00",
        ts_ms=200,
    )
    events = state.record_amend_ack(order_id, request, ack)
    amended = state.order(order_id)
    assert amended is not None and events
    assert (amended.price, amended.initial, amended.remaining) == (
        Decimal("0.38"),
        Decimal(12),
        Decimal(12),
    )
    assert amended.client_order_id == "c-new" and state.order("c-new") == amended

    # a later stream update wins; an amend answer older than it changes nothing
    state.apply(
        user_order(order_id, "c-new", "resting", "2.00", "10.00", updated_ms=300, price="0.3800")
    )
    stale = AmendOrderV2Response(
        order_id=order_id, remaining_count="12.00", fill_count="0.00", ts_ms=250
    )
    assert state.record_amend_ack(order_id, request, stale) == []
    now = state.order(order_id)
    assert now is not None and (now.filled, now.remaining) == (Decimal(2), Decimal(10))


def test_a_decrease_is_recorded_and_to_zero_cancels() -> None:
    state = AccountState()
    order_id = placed(state, 10, "0.00", "10.00")
    state.record_decrease_ack(order_id, DecreaseOrderV2Response(remaining_count="6.00", ts_ms=200))
    order = state.order(order_id)
    assert order is not None and (order.status, order.remaining) == ("resting", Decimal(6))
    events = state.record_decrease_ack(
        order_id, DecreaseOrderV2Response(order_id=order_id, remaining_count="0.00", ts_ms=300)
    )
    assert any(isinstance(e, OrderCanceled) for e in events)
    order = state.order(order_id)
    assert order is not None and (order.status, order.remaining) == ("canceled", Decimal(0))


def test_only_the_newest_ended_orders_are_kept_and_positions_stay() -> None:
    state = AccountState(keep_ended=2)
    resting = placed(state, 10, "0.00", "10.00")
    ended = []
    for number in range(5):
        order_id = placed(state, 10, "0.00", "10.00")
        state.apply(fill(f"t{number}", order_id, "10.00"))  # fills it: executed
        ended.append(order_id)
    state.apply_rest_position(rest_position("50.00", "20.0000"))
    kept = {o.order_id for o in state.orders()}
    assert kept == {resting, *ended[-2:]}  # resting orders are never dropped
    # the fills of dropped orders stay (positions and P&L replay them), attached to no order
    assert {f.order_id for f in state.fills()} == set(ended)
    assert state.fills(order_id=ended[0]) == [] and len(state.fills(order_id=ended[-1])) == 1
    assert state.pnl(TICKER).fills == 5 and state.pnl(TICKER).position == Decimal(50)
    # word of a dropped order (a REST re-read, a late message) does not bring it back
    assert state.apply_rest_fill(rest_fill("t0", ended[0], "10.00")) == []
    assert state.apply(user_order(ended[0], "c", "executed", "10.00", "0.00", updated_ms=9)) == []
    assert state.order(ended[0]) is None
    position = state.position(TICKER)
    assert position is not None and position.position == Decimal(50)


def test_keep_ended_none_keeps_everything_and_a_negative_is_refused() -> None:
    state = AccountState(keep_ended=None)
    for number in range(3):
        order_id = placed(state, 1, "0.00", "1.00")
        state.apply(fill(f"t{number}", order_id, "1.00"))
    assert len(state.orders(status="executed")) == 3
    with pytest.raises(InvalidValue):
        AccountState(keep_ended=-1)
