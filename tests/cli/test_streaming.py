"""`tail` and `book --watch` in a subprocess, against the stream tests' WebSocket server.

The fake exchange does not stream yet; until it does, these tests stream from the independent
server of tests/stream (REST still goes to the fake exchange), reached through KALSHI_WS_URL.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from ..stream.server import KalshiLikeServer
from .conftest import T60, Account, finish, start

FILL = {
    "trade_id": "d9f5bf9d-49ac-42c4-8ed0-23d4071af666",
    "order_id": "6be78af7-14a9-480a-a7e0-d5769c07a634",
    "market_ticker": T60,
    "is_taker": True,
    "side": "yes",
    "yes_price_dollars": "0.4400",
    "count_fp": "2.50",
    "fee_cost": "0.0200",
    "action": "buy",
    "book_side": "bid",
    "post_position_fp": "2.50",
    "ts_ms": 1_767_225_600_000,
}


class StreamServer(KalshiLikeServer):
    """The stream tests' server, publishing on any channel (fills and trades too)."""

    def subscribed(self, channel: str) -> bool:
        return any(
            sub.channel == channel for conn in self.connections for sub in conn.subs.values()
        )

    def wait_for_subscription(self, channel: str) -> None:
        self.wait_until(lambda: self.subscribed(channel))

    def publish(self, channel: str, kind: str, msg: dict[str, Any]) -> None:
        async def send() -> None:
            for conn in list(self.connections):
                for sub in list(conn.subs.values()):
                    wanted = not sub.tickers or msg.get("market_ticker") in sub.tickers
                    if sub.channel == channel and wanted:
                        await self._send(sub, {"type": kind, "msg": msg})

        self.call(send())


@pytest.fixture
def stream_server(account: Account) -> Iterator[StreamServer]:
    private = serialization.load_pem_private_key(account.user.private_key_pem.encode(), None)
    assert isinstance(private, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey)
    server = StreamServer(account.user.key_id, private.public_key()).start()
    account.env["KALSHI_WS_URL"] = server.url
    yield server
    server.stop()


def test_tail_fills_sees_a_fill(account: Account, stream_server: StreamServer) -> None:
    process = start(account, "tail", "fills", "--count", "1", "--jsonl")
    stream_server.wait_for_subscription("fill")
    stream_server.publish("fill", "fill", FILL)
    status, out, err = finish(process)
    assert status == 0, err
    [line] = out.splitlines()
    message = json.loads(line)
    assert message["type"] == "fill" and message["msg"] == FILL  # exact, strings untouched
    assert stream_server.handshakes[0]["key"] == account.user.key_id


def test_tail_for_people_and_only_the_markets_asked(
    account: Account, stream_server: StreamServer
) -> None:
    process = start(account, "tail", "fills", T60, "--count", "1")
    stream_server.wait_for_subscription("fill")
    [subscribe] = stream_server.commands_named("subscribe")
    assert subscribe["params"]["market_tickers"] == [T60]
    stream_server.publish("fill", "fill", {**FILL, "market_ticker": "KXOTHER-1"})  # not asked
    stream_server.publish("fill", "fill", FILL)
    status, out, err = finish(process)
    assert status == 0, err
    [line] = out.splitlines()
    assert T60 in line and "2.5 @ $0.44" in line and "taker" in line
    assert str(FILL["order_id"]) in line


def test_tail_reports_lost_messages(account: Account, stream_server: StreamServer) -> None:
    process = start(account, "tail", "trades", T60, "--count", "2", "--jsonl")
    stream_server.wait_for_subscription("trade")
    trade = {"trade_id": "t1", "market_ticker": T60, "yes_price_dollars": "0.4300",
             "count_fp": "1.00", "taker_book_side": "bid", "ts_ms": 1_767_225_600_000}  # fmt: skip
    stream_server.publish("trade", "trade", trade)
    stream_server.skip_seq("trade", T60)  # one message lost on the way
    stream_server.publish("trade", "trade", {**trade, "trade_id": "t2"})
    status, out, err = finish(process)
    assert status == 0, err
    first, marker, second = (json.loads(line) for line in out.splitlines())
    assert (first["msg"]["trade_id"], second["msg"]["trade_id"]) == ("t1", "t2")
    assert marker["type"] == "resync" and marker["reason"] == "gap"
    assert (marker["expected_seq"], marker["received_seq"]) == (2, 3)


def test_ctrl_c_ends_a_tail_with_130(account: Account, stream_server: StreamServer) -> None:
    process = start(account, "tail", "orders")
    stream_server.wait_for_subscription("user_orders")
    process.send_signal(signal.SIGINT)
    status, _, err = finish(process)
    assert status == 130
    assert "Traceback" not in err


def test_book_watch_follows_the_live_book(account: Account, stream_server: StreamServer) -> None:
    stream_server.set_level(T60, "yes", "0.4100", "100.00")
    stream_server.set_level(T60, "no", "0.5600", "60.00")
    process = start(account, "book", T60, "--watch", "--count", "2", "--jsonl")
    assert process.stdout is not None
    first = json.loads(process.stdout.readline())
    assert first["yes"] == [["0.4100", "100.00"]] and first["best_ask"] == "0.4400"
    stream_server.delta(T60, "yes", "0.4200", "5.00")
    status, out, err = finish(process)
    assert status == 0, err
    second = json.loads(out)
    assert second["yes"] == [["0.4200", "5.00"], ["0.4100", "100.00"]]
    assert (second["best_bid"], second["spread"]) == ("0.4200", "0.0200")


def test_streaming_without_a_key_is_a_usage_error(
    account: Account, stream_server: StreamServer
) -> None:
    del account.env["KALSHI_API_KEY_ID"], account.env["KALSHI_PRIVATE_KEY_PATH"]
    status, _, err = finish(start(account, "tail", "ticker"))
    assert status == 2 and "KALSHI_API_KEY_ID" in err and "Traceback" not in err


def test_book_watch_for_people_draws_the_ladder(
    account: Account, stream_server: StreamServer
) -> None:
    stream_server.set_level(T60, "yes", "0.4100", "100.00")
    stream_server.set_level(T60, "no", "0.5550", "2.50")
    status, out, err = finish(start(account, "book", T60, "--watch", "--count", "1"))
    assert status == 0, err
    assert "best bid $0.41  best ask $0.445  spread $0.035" in out
    assert "$0.555" in out and "2.5" in out
