"""The account state engine, fed messages built by hand: no network, no exchange."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kalshi import InvalidValue
from kalshi.orders import limit_order
from kalshi.state import (
    AccountEvent,
    AccountState,
    BalanceChanged,
    FillReceived,
    OrderCanceled,
    OrderCreated,
    OrderFilled,
    OrderUpdated,
    PositionChanged,
)
from kalshi_api.models import CancelOrderV2Response, CreateOrderV2Response

from .messages import (
    TICKER,
    fill,
    market_position,
    rest_balance,
    rest_fill,
    rest_order,
    rest_position,
    user_order,
)


def kinds(events: list[AccountEvent]) -> list[str]:
    return [type(e).__name__ for e in events]


def test_a_fill_seen_on_the_stream_and_over_rest_counts_once() -> None:
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    first = state.apply(fill("t1", "o1", "3.00"))
    again = state.apply(fill("t1", "o1", "3.00"))
    over_rest = state.apply_rest_fill(rest_fill("t1", "o1", "3.00"))

    assert kinds(first) == ["FillReceived", "OrderUpdated", "OrderFilled"]
    assert again == [] and over_rest == []
    assert len(state.fills()) == 1
    order = state.order("o1")
    assert order is not None
    assert (order.filled, order.remaining, order.status) == (Decimal(3), Decimal(7), "resting")
    # the exchange's own cumulative count agreeing with the fill does not add to it
    state.apply(user_order("o1", "c1", "resting", "3.00", "7.00", updated_ms=200))
    assert state.order("o1") == replace(order, updated_ms=200)


def test_an_older_update_arriving_late_does_not_undo_a_newer_one() -> None:
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "5.00", "5.00", updated_ms=200))
    late = state.apply(user_order("o1", "c1", "resting", "2.00", "8.00", updated_ms=100))
    order = state.order("o1")
    assert order is not None and order.filled == 5 and order.remaining == 5
    assert late == []

    state.apply(user_order("o1", "c1", "canceled", "5.00", "0.00", updated_ms=300))
    # a replayed resting update with no newer time cannot revive a canceled order
    state.apply(user_order("o1", "c1", "resting", "5.00", "5.00", updated_ms=300))
    state.apply_rest_order(rest_order("o1", "c1", "resting", "5.00", "5.00"))
    order = state.order("o1")
    assert order is not None and order.status == "canceled" and order.remaining == 0


def test_the_report_of_an_ended_order_is_taken_whatever_its_time() -> None:
    """A cancel's answer is stamped when the exchange answered, after the order's own update;
    the stream's report of the canceled order (with the price an unanswered amend set) comes
    with that earlier time and must still be taken: an ended order cannot change again."""
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "0.00", "7.00", updated_ms=100, price="0.5300"))
    state.record_cancel_ack(CancelOrderV2Response(order_id="o1", reduced_by="7.00", ts_ms=301))
    state.apply(user_order("o1", "c1", "canceled", "0.00", "0.00", updated_ms=300, price="0.5400"))
    order = state.order("o1")
    assert order is not None and (order.status, order.price) == ("canceled", Decimal("0.54"))
    # an ended order's report with fewer contracts filled is still refused
    state.apply(user_order("o2", "c2", "executed", "5.00", "0.00", updated_ms=500))
    state.apply(user_order("o2", "c2", "canceled", "2.00", "3.00", updated_ms=600))
    done = state.order("o2")
    assert done is not None and (done.status, done.filled) == ("executed", Decimal(5))


def test_an_order_is_known_from_the_moment_it_is_sent() -> None:
    state = AccountState()
    request = limit_order(TICKER, side="bid", count=10, price="0.40")
    assert isinstance(request.client_order_id, str)
    coid = request.client_order_id
    pending = state.record_sent(request)
    assert pending.status == "pending" and pending.order_id is None
    assert pending.remaining == 10 and pending.price == Decimal("0.40")
    assert state.order(coid) == pending

    ack = CreateOrderV2Response(
        order_id="o9", client_order_id=coid, fill_count="0.00", remaining_count="10.00", ts_ms=100
    )
    events = state.record_ack(ack)
    assert kinds(events) == ["OrderCreated", "OrderUpdated"]
    created = events[0]
    assert isinstance(created, OrderCreated) and created.order.status == "resting"

    # the fill carries only the order_id; it lands on the order found by its client_order_id
    state.apply(fill("t1", "o9", "4.00", price="0.40"))
    state.apply(user_order("o9", coid, "resting", "4.00", "6.00", updated_ms=200))
    by_coid, by_id = state.order(coid), state.order("o9")
    assert by_coid == by_id and by_id is not None
    assert (by_id.filled, by_id.remaining) == (Decimal(4), Decimal(6))
    assert by_id.average_price == Decimal("0.40")
    assert len(state.orders()) == 1


def test_the_stream_may_name_the_order_before_the_create_answers() -> None:
    state = AccountState()
    request = limit_order(TICKER, side="bid", count=10, price="0.40")
    coid = str(request.client_order_id)
    state.record_sent(request)
    state.apply(user_order("o1", coid, "resting", "2.00", "8.00", updated_ms=150))
    # the ack was written before that fill: it must not take the order back to 0 filled
    state.record_ack(
        CreateOrderV2Response(
            order_id="o1",
            client_order_id=coid,
            fill_count="0.00",
            remaining_count="10.00",
            ts_ms=100,
        )
    )
    order = state.order(coid)
    assert order is not None and order.order_id == "o1" and order.filled == 2


def test_a_fill_for_an_order_not_yet_known_waits_for_it() -> None:
    state = AccountState()
    events = state.apply(fill("t1", "o1", "10.00", price="0.30"))
    assert kinds(events) == ["FillReceived"]
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    order = state.order("c1")
    # the fill ran ahead of the order's own updates: it is complete
    assert order is not None and order.filled == 10 and order.remaining == 0
    assert order.status == "executed" and order.average_price == Decimal("0.30")


def test_average_price_is_weighted_by_count_and_fees_add_up() -> None:
    state = AccountState()
    state.apply_rest_order(rest_order("o1", "c1", "resting", "0.00", "10.00", price="0.50"))
    state.apply(fill("t1", "o1", "1.00", price="0.40"))
    state.apply(fill("t2", "o1", "3.00", price="0.50"))
    order = state.order("o1")
    assert order is not None
    assert order.average_price == Decimal("1.90") / 4
    assert order.fees == Decimal("0.0200")


def test_cancel_is_an_event_of_its_own() -> None:
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    events = state.apply(user_order("o1", "c1", "canceled", "0.00", "0.00", updated_ms=200))
    assert kinds(events) == ["OrderUpdated", "OrderCanceled"]
    updated = events[0]
    assert isinstance(updated, OrderUpdated) and updated.before.status == "resting"


def test_positions_and_balance() -> None:
    state = AccountState()
    events = state.apply(market_position("5.00", "2.0000"))
    assert kinds(events) == ["PositionChanged"]
    assert state.apply(market_position("5.00", "2.0000")) == []
    changed = state.apply_rest_position(rest_position("-3.00", "1.8000"))
    assert isinstance(changed[0], PositionChanged)
    assert changed[0].before is not None and changed[0].before.position == 5
    position = state.position(TICKER)
    assert position is not None and position.position == -3 and position.cost == Decimal("1.8")

    balance = state.apply_balance(rest_balance(46000))
    assert balance == [BalanceChanged(None, Decimal(460))]
    assert state.balance == Decimal(460)


def test_listeners_get_every_event_until_they_stop() -> None:
    state = AccountState()
    seen: list[AccountEvent] = []
    stop = state.subscribe(seen.append)
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    state.apply(fill("t1", "o1", "1.00"))
    stop()
    state.apply(fill("t2", "o1", "1.00"))
    assert kinds(seen) == ["OrderCreated", "FillReceived", "OrderUpdated", "OrderFilled"]
    filled = seen[-1]
    assert isinstance(filled, OrderFilled) and filled.filled == 1
    assert isinstance(seen[1], FillReceived)


def test_untrackable_orders_are_refused() -> None:
    state = AccountState()
    request = limit_order(TICKER, side="bid", count=1, price="0.40")
    request.client_order_id = ""
    with pytest.raises(InvalidValue):
        state.record_sent(request)


def test_a_rejected_create_is_forgotten() -> None:
    state = AccountState()
    request = limit_order(TICKER, side="bid", count=1, price="0.40")
    state.record_sent(request)
    state.record_rejected(str(request.client_order_id))
    assert state.orders() == []


def test_other_messages_are_ignored() -> None:
    assert AccountState().apply({"type": "ticker"}) == []
    assert not any(isinstance(e, OrderCanceled) for e in AccountState().apply(object()))
