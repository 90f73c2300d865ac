"""The handshake and the commands, as Kalshi's document describes them, on a bare connection."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from kalshi import KalshiAuth, KalshiClient
from kalshi.stream import StreamHandshakeError, handshake_headers

from ..conftest import pem_body_lines
from .conftest import T, U, World, command, receive, run


def handshake(world: World, **changes: str) -> dict[str, str]:
    auth = KalshiAuth(world.alice.key_id, world.alice.private_key_pem)
    return {**handshake_headers(auth, world.served.ws_url), **changes}


async def refused(url: str, headers: dict[str, str]) -> Any:
    with pytest.raises(InvalidStatus) as caught:
        await connect(url, additional_headers=headers)
    return caught.value.response


@pytest.mark.parametrize(
    "change",
    ["bad signature", "unknown key", "stale timestamp", "future timestamp", "no headers"],
)
def test_handshakes_that_are_not_signed_right_are_refused_with_401(
    world: World, change: str
) -> None:
    async def body() -> None:
        headers = handshake(world)
        if change == "bad signature":
            other = KalshiAuth(world.bob.key_id, world.bob.private_key_pem)
            headers["KALSHI-ACCESS-SIGNATURE"] = handshake_headers(other, world.served.ws_url)[
                "KALSHI-ACCESS-SIGNATURE"
            ]
        elif change == "unknown key":
            headers["KALSHI-ACCESS-KEY"] = "not-a-key"
        elif change == "no headers":
            headers = {}
        else:
            shift = -60 if change == "stale timestamp" else 60
            stamp = str(int((time.time() + shift) * 1000))
            auth = KalshiAuth(world.alice.key_id, world.alice.private_key_pem)
            headers["KALSHI-ACCESS-TIMESTAMP"] = stamp
            headers["KALSHI-ACCESS-SIGNATURE"] = auth.sign(
                (stamp + "GET" + "/trade-api/ws/v2").encode()
            )
        for url in (world.served.ws_url, world.served.urls["ws"]):  # the REST port and its own
            response = await refused(url, headers)
            assert response.status_code == 401
            assert b'"code": "authentication_error"' in response.body

    run(body())


def test_a_refused_stream_client_gets_a_handshake_error(world: World) -> None:
    wrong = KalshiClient(world.alice.key_id, world.bob.private_key_pem, base_url=world.served)
    with pytest.raises(StreamHandshakeError) as caught:
        wrong.stream().connect()
    assert caught.value.status_code == 401
    shown = str(caught.value) + repr(caught.value)
    assert not any(line in shown for line in pem_body_lines(world.bob.private_key_pem))


def test_only_the_websocket_path_is_served(world: World) -> None:
    async def body() -> None:
        own_port = world.served.urls["ws"].rsplit("/trade-api", 1)[0]
        response = await refused(own_port + "/elsewhere", handshake(world))
        assert response.status_code == 404

    run(body())


def test_commands_are_answered_by_id_and_seq_counts_per_sid(world: World) -> None:
    async def body() -> None:
        ws = await world.raw()
        params = {"channels": ["orderbook_delta", "ticker", "trade"], "market_tickers": [T]}
        await command(ws, id=1, cmd="subscribe", params=params)
        answers = [await receive(ws) for _ in range(4)]
        subscribed = [a for a in answers if a["type"] == "subscribed"]
        assert [(a["id"], a["msg"]["channel"]) for a in subscribed] == [
            (1, "orderbook_delta"),
            (1, "ticker"),
            (1, "trade"),
        ]
        book_sid, ticker_sid, trade_sid = (a["msg"]["sid"] for a in subscribed)
        assert len({book_sid, ticker_sid, trade_sid}) == 3
        snapshot = next(a for a in answers if a["type"] == "orderbook_snapshot")
        assert (snapshot["sid"], snapshot["seq"]) == (book_sid, 1)

        world.bob_rest.place_order(T, side="bid", count=2, price="0.44")  # a trade
        seen: dict[str, list[dict[str, Any]]] = {}
        while "ticker" not in seen:  # the ticker follows the operation's other messages
            message = await receive(ws)
            seen.setdefault(message["type"], []).append(message)
        assert [m["seq"] for m in seen["orderbook_delta"]] == [2]
        assert [(m["sid"], m["seq"]) for m in seen["trade"]] == [(trade_sid, 1)]
        assert "seq" not in seen["ticker"][0] and seen["ticker"][0]["sid"] == ticker_sid

        await command(
            ws,
            id=2,
            cmd="update_subscription",
            params={"sid": book_sid, "action": "add_markets", "market_tickers": [U]},
        )
        ok = await receive(ws)
        assert ok == {
            "id": 2,
            "type": "ok",
            "sid": book_sid,
            "seq": 3,
            "msg": {"market_tickers": [T, U]},
        }
        added = await receive(ws)
        assert (added["type"], added["seq"], added["msg"]["market_ticker"]) == (
            "orderbook_snapshot",
            4,
            U,
        )
        await command(
            ws,
            id=3,
            cmd="update_subscription",
            params={"sids": [book_sid], "action": "get_snapshot", "market_tickers": [T]},
        )
        fresh = await receive(ws)
        assert (fresh["type"], fresh["id"], fresh["seq"]) == ("orderbook_snapshot", 3, 5)
        await command(
            ws,
            id=4,
            cmd="update_subscription",
            params={"sid": book_sid, "action": "delete_markets", "market_ticker": U},
        )
        assert (await receive(ws))["msg"] == {"market_tickers": [T]}

        await command(ws, id=5, cmd="list_subscriptions")
        listed = await receive(ws)
        assert listed["type"] == "ok" and listed["id"] == 5
        assert {(i["channel"], i["sid"]) for i in listed["msg"]} == {
            ("orderbook_delta", book_sid),
            ("ticker", ticker_sid),
            ("trade", trade_sid),
        }
        await command(ws, id=6, cmd="unsubscribe", params={"sids": [book_sid]})
        assert await receive(ws) == {"id": 6, "type": "unsubscribed", "sid": book_sid, "seq": 7}
        await ws.close()

    run(body())


ERRORS = [
    ("not JSON", "{nope", 1),
    ("no params", {"id": 9, "cmd": "subscribe"}, 2),
    ("no channels", {"id": 9, "cmd": "subscribe", "params": {}}, 3),
    ("no sids", {"id": 9, "cmd": "unsubscribe", "params": {}}, 4),
    ("unknown command", {"id": 9, "cmd": "subscribe_all", "params": {}}, 5),
    ("unknown sid", {"id": 9, "cmd": "unsubscribe", "params": {"sids": [99]}}, 7),
    ("unknown channel", {"id": 9, "cmd": "subscribe", "params": {"channels": ["orderbook"]}}, 8),
    (
        "unknown market",
        {"id": 9, "cmd": "subscribe", "params": {"channels": ["trade"], "market_ticker": "NOPE"}},
        11,
    ),
    (
        "two market keys",
        {
            "id": 9,
            "cmd": "subscribe",
            "params": {"channels": ["trade"], "market_ticker": T, "market_tickers": [T]},
        },
        11,
    ),
    (
        "two sids",
        {
            "id": 9,
            "cmd": "update_subscription",
            "params": {"sids": [1, 2], "action": "get_snapshot"},
        },
        12,
    ),
    ("no action", {"id": 9, "cmd": "update_subscription", "params": {"sid": 1}}, 15),
    (
        "book without market",
        {"id": 9, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"]}},
        14,
    ),
    (
        "shard_factor 0",
        {
            "id": 9,
            "cmd": "subscribe",
            "params": {"channels": ["communications"], "shard_factor": 0},
        },
        19,
    ),
    (
        "shard_key alone",
        {"id": 9, "cmd": "subscribe", "params": {"channels": ["communications"], "shard_key": 1}},
        20,
    ),
    (
        "shard_key too big",
        {
            "id": 9,
            "cmd": "subscribe",
            "params": {"channels": ["communications"], "shard_factor": 2, "shard_key": 2},
        },
        21,
    ),
    (
        "shard_factor 101",
        {
            "id": 9,
            "cmd": "subscribe",
            "params": {"channels": ["communications"], "shard_factor": 101},
        },
        22,
    ),
]


@pytest.mark.parametrize(("case", "payload", "code"), ERRORS, ids=[e[0] for e in ERRORS])
def test_refused_commands_answer_kalshis_error_code(
    world: World, case: str, payload: Any, code: int
) -> None:
    async def body() -> None:
        ws = await world.raw()
        await (ws.send(payload) if isinstance(payload, str) else command(ws, **payload))
        error = await receive(ws)
        assert error["type"] == "error" and error["msg"]["code"] == code, error
        assert error.get("id") == (None if isinstance(payload, str) else 9)
        await ws.close()

    run(body())


def test_update_actions_a_channel_does_not_take_are_refused(world: World) -> None:
    async def body() -> None:
        ws = await world.raw()
        await command(ws, id=1, cmd="subscribe", params={"channels": ["fill"]})
        sid = (await receive(ws))["msg"]["sid"]
        await command(
            ws,
            id=2,
            cmd="update_subscription",
            params={"sid": sid, "action": "get_snapshot", "market_tickers": [T]},
        )
        assert (await receive(ws))["msg"]["code"] == 13
        await command(
            ws, id=3, cmd="subscribe", params={"channels": ["orderbook_delta"], "market_ticker": T}
        )
        book_sid = (await receive(ws))["msg"]["sid"]
        await receive(ws)  # its snapshot
        await command(
            ws, id=4, cmd="update_subscription", params={"sid": book_sid, "action": "add_markets"}
        )
        assert (await receive(ws))["msg"]["code"] == 14
        await ws.close()

    run(body())


def test_the_server_pings_with_kalshis_heartbeat_body(world: World) -> None:
    assert world.exchange.stream is not None
    world.exchange.stream.heartbeat = 0.01  # for connections made from now on

    async def body() -> None:
        ws = await world.raw()
        received = asyncio.get_running_loop().create_future()
        protocol = ws.protocol
        original = protocol.receive_data

        def spy(data: bytes) -> None:
            original(data)
            if b"heartbeat" in data and not received.done():
                received.set_result(data)

        protocol.receive_data = spy  # type: ignore[method-assign, assignment]
        assert b"heartbeat" in await asyncio.wait_for(received, 5)
        await ws.close()

    run(body())


def test_ed25519_members_stream_too(world: World) -> None:
    member = world.exchange.add_user(key_type="ed25519")
    client = KalshiClient(member.key_id, member.private_key_pem, base_url=world.served)
    with client.stream() as stream:
        book = stream.order_book(T).wait_ready(5)
        assert book.best_bid is not None
