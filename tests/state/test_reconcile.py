"""Reconcile after a loss: what happened while blind is applied exactly once."""

from __future__ import annotations

from decimal import Decimal

from kalshi.orders import limit_order
from kalshi.state import AccountState, OrderCanceled, OrderFilled, RestSnapshot, reconcile

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


def test_a_cancel_while_blind_is_found_and_applied_once() -> None:
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    state.apply(user_order("o2", "c2", "resting", "0.00", "10.00", updated_ms=100))
    # blind: o1 was canceled; REST lists only o2 as resting
    first = reconcile(
        state, RestSnapshot(resting_orders=[rest_order("o2", "c2", "resting", "0.00", "10.00")])
    )
    assert first.unexplained == ["o1"]
    held = state.order("o1")
    assert held is not None and held.status == "resting"  # not assumed canceled

    looked_up = rest_order("o1", "c1", "canceled", "0.00", "0.00")
    second = reconcile(state, RestSnapshot(orders=[looked_up]))
    assert [type(e) for e in second.events if isinstance(e, OrderCanceled)] == [OrderCanceled]
    assert second.unexplained == []
    # the stream's own cancel, arriving late, changes nothing more
    late = state.apply(user_order("o1", "c1", "canceled", "0.00", "0.00", updated_ms=200))
    assert not any(isinstance(e, OrderCanceled) for e in late)


def test_an_order_the_fills_show_executed_is_still_looked_up_for_its_final_state() -> None:
    """Its last report said resting at 0.48; an amend to 0.47 (answer lost) and its execution
    were not reported, only the fills came. The exchange's final state is read, not assumed."""
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100, price="0.4800"))
    state.apply(fill("t1", "o1", "10.00", price="0.4700"))
    held = state.order("o1")
    assert held is not None and held.status == "executed" and held.price == Decimal("0.48")
    first = reconcile(state, RestSnapshot(resting_orders=[]))
    assert first.unexplained == ["o1"]
    looked_up = rest_order("o1", "c1", "executed", "10.00", "0.00", price="0.4700")
    second = reconcile(state, RestSnapshot(resting_orders=[], orders=[looked_up]))
    assert second.unexplained == []
    done = state.order("o1")
    assert done is not None and (done.status, done.price) == ("executed", Decimal("0.47"))


def test_fills_while_blind_count_once_with_those_seen_before() -> None:
    state = AccountState()
    state.apply(user_order("o1", "c1", "resting", "0.00", "10.00", updated_ms=100))
    state.apply(fill("t1", "o1", "2.00"))
    # blind: t2 happened; REST's recent fills repeat t1
    report = reconcile(
        state,
        RestSnapshot(
            resting_orders=[rest_order("o1", "c1", "resting", "5.00", "5.00")],
            fills=[rest_fill("t1", "o1", "2.00"), rest_fill("t2", "o1", "3.00")],
        ),
    )
    assert report.new_fills == 1
    gained = [e.filled for e in report.events if isinstance(e, OrderFilled)]
    assert sum(gained) == 3
    order = state.order("o1")
    assert order is not None and (order.filled, order.remaining) == (Decimal(5), Decimal(5))
    # reconciling the same snapshot again is a no-op
    again = reconcile(
        state,
        RestSnapshot(
            fills=[rest_fill("t2", "o1", "3.00")],
            resting_orders=[rest_order("o1", "c1", "resting", "5.00", "5.00")],
        ),
    )
    assert again.events == []


def test_positions_closed_while_blind_go_flat_and_balance_is_refreshed() -> None:
    state = AccountState()
    state.apply_rest_position(rest_position("5.00", "2.0000"))
    state.apply_rest_position(rest_position("1.00", "0.5000", ticker="KXOTHER"))
    report = reconcile(
        state,
        RestSnapshot(
            positions=[rest_position("5.00", "2.0000")],
            complete_positions=True,
            balance=rest_balance(12345),
        ),
    )
    other = state.position("KXOTHER")
    assert other is not None and other.position == 0
    held = state.position(TICKER)
    assert held is not None and held.position == 5
    assert state.balance == Decimal("123.45")
    assert len(report.events) == 2  # the flattening and the balance


def test_a_create_with_no_answer_is_resolved_by_its_client_order_id() -> None:
    state = AccountState()
    request = limit_order(TICKER, side="bid", count=10, price="0.40")
    coid = str(request.client_order_id)
    state.record_sent(request)  # and the answer was lost
    assert reconcile(state, RestSnapshot()).unresolved == [coid]
    report = reconcile(
        state, RestSnapshot(resting_orders=[rest_order("o7", coid, "resting", "0.00", "10.00")])
    )
    assert report.unresolved == []
    order = state.order(coid)
    assert order is not None and order.order_id == "o7" and len(state.orders()) == 1


def test_positions_the_stream_reported_during_the_read_are_left_alone() -> None:
    state = AccountState()
    state.apply(market_position("4.00", "1.6000"))  # newer than the REST read below
    state.apply(market_position("2.00", "0.8000", ticker="KXNEW"))  # opened during the read
    report = reconcile(
        state,
        RestSnapshot(
            positions=[rest_position("1.00", "0.4000")],
            complete_positions=True,
            skip_positions=frozenset({TICKER, "KXNEW"}),
        ),
    )
    assert report.events == []
    held, new = state.position(TICKER), state.position("KXNEW")
    assert held is not None and held.position == 4
    assert new is not None and new.position == 2
