"""Streaming commands against the fake exchange's own stream (no test server in between): the
fill a tail sees and the book a watch draws come from real orders matched by the exchange."""

from __future__ import annotations

import json
import subprocess
import time

from kalshi.testing import FakeExchange

from .conftest import T60, Account, finish, start

WAIT_S = 30.0  # how long a test waits for the command to subscribe before it fails


def wait_for_subscription(
    exchange: FakeExchange, channel: str, process: subprocess.Popen[str]
) -> None:
    """Until the command has subscribed to `channel` on the exchange's stream (it runs in
    another process, so there is no event to await: the state is polled)."""
    stream = exchange.stream
    assert stream is not None, "the fake exchange serves no stream"
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        sessions = list(stream.publisher.sessions)
        if any(sub.channel == channel for s in sessions for sub in list(s.subs.values())):
            return
        time.sleep(0.02)
    raise AssertionError(f"the command did not subscribe to {channel} within {WAIT_S} s")


def test_tail_fills_sees_a_fill_the_exchange_matched(account: Account) -> None:
    process = start(account, "tail", "fills", T60, "--count", "1", "--jsonl")
    wait_for_subscription(account.exchange, "fill", process)
    placed = account.run("order", "place", T60, "--side", "bid", "2", "--price", "0.44", "--json")
    assert placed.returncode == 0, placed.stderr
    order_id = placed.json()["order_id"]
    status, out, err = finish(process)
    assert status == 0, err
    [line] = out.splitlines()
    fill = json.loads(line)
    assert fill["type"] == "fill"
    assert fill["msg"]["order_id"] == order_id  # the order the other command placed
    assert fill["msg"]["market_ticker"] == T60 and fill["msg"]["count_fp"] == "2.00"
    assert fill["msg"]["yes_price_dollars"] == "0.4400"


def test_tail_orders_sees_the_cancel(account: Account) -> None:
    process = start(account, "tail", "orders", T60, "--count", "2", "--jsonl")
    wait_for_subscription(account.exchange, "user_orders", process)
    placed = account.run("order", "place", T60, "--side", "bid", "3", "--price", "0.20", "--json")
    order_id = placed.json()["order_id"]
    canceled = account.run("order", "cancel", order_id)
    assert canceled.returncode == 0, canceled.stderr
    status, out, err = finish(process)
    assert status == 0, err
    updates = [json.loads(line)["msg"] for line in out.splitlines()]
    assert [(u["order_id"], u["status"]) for u in updates] == [
        (order_id, "resting"),
        (order_id, "canceled"),
    ]
