"""The view for threads: a KalshiClient over the fake exchange, its Stream from the test server."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi import OutcomeUnknownError, RetryPolicy
from kalshi.state import OrderCanceled, SyncAccountView
from kalshi.testing import Credentials, FakeExchange

from ..stream.conftest import FAST
from .conftest import AccountServer, T


def test_the_sync_view_follows_orders_and_finds_a_cancel_made_while_blind(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    client = exchange.client(user)
    other = exchange.client(user)  # acts behind the view's back
    stream = client.stream(ws_url=account_server.url, backoff=FAST)
    view = client.account_state(stream)
    assert isinstance(view, SyncAccountView)
    seen: list[object] = []
    with view.lock:
        view.state.subscribe(seen.append)
    try:
        followed = view.place_order(T, side="bid", count=5, price="0.30")
        assert followed.status == "resting" and followed.order_id is not None
        other.cancel_order(followed.order_id)
        account_server.publish(
            "user_orders",
            "user_order",
            {
                "order_id": followed.order_id,
                "client_order_id": followed.client_order_id,
                "ticker": T,
                "status": "canceled",
                "fill_count_fp": "0.00",
                "remaining_count_fp": "0.00",
                "last_updated_ts_ms": 1_800_000_000_000,
            },
        )
        assert view.wait_for(followed, "canceled", timeout=10).remaining == 0

        bought = view.place_order(T, side="bid", count=2, price="0.44")  # fills at once
        assert bought.status == "executed" and bought.filled == 2

        blind = view.place_order(T, side="bid", count=1, price="0.20")
        assert blind.order_id is not None
        other.cancel_order(blind.order_id)
        account_server.drop_connections()
        assert view.wait_for(blind, "canceled", timeout=10).status == "canceled"

        with view.lock:
            assert view.state.orders(status="resting") == []
            position = view.state.position(T)
            assert position is not None and position.position == exchange.position(user, T)
            assert position.position == Decimal(2)
            assert view.state.balance == exchange.balance(user)
            cancels = [e.order.order_id or "" for e in seen if isinstance(e, OrderCanceled)]
        assert sorted(cancels) == sorted([followed.order_id, blind.order_id])
    finally:
        view.close()
        stream.close()
        other.close()
        client.close()


def test_the_sync_view_resolves_a_create_whose_answer_was_lost(
    exchange: FakeExchange, user: Credentials, account_server: AccountServer
) -> None:
    client = exchange.client(user, retry=RetryPolicy(max_retries=0))
    stream = client.stream(ws_url=account_server.url, backoff=FAST)
    with client.account_state(stream) as view:
        exchange.inject("CreateOrderV2", commit_then_fail_rate=1.0, times=1)
        exchange.inject("GetOrders", error_rate=1.0, times=1)  # the client's look-up fails too
        with pytest.raises(OutcomeUnknownError):
            view.place_order(T, side="bid", count=3, price="0.25")
        with view.lock:  # pending, or already found by the reconcile that started by itself
            (sent,) = view.state.orders()
        found = view.wait_for(sent, "acknowledged", timeout=10)
        assert found.status == "resting" and found.remaining == 3
        assert len(client.orders.get_orders(status="resting").orders or []) == 1  # placed once
    stream.close()
    client.close()
