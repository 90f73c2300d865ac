"""Every message the fake exchange streams is what Kalshi's document describes: it parses
strictly with the generated models (round trip equal, no field they lack), carries every key
Kalshi's AsyncAPI document marks required, and the lifecycle and order group channels report
settlement, pause / resume and group changes."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

import yaml

from kalshi.stream import parse
from kalshi_api.models import CreateOrderGroupRequest, UpdateOrderGroupLimitRequest
from kalshi_ws.index import CHANNELS

from ..conftest import UPSTREAM_SPECS, as_instants, need_shared, present
from ..test_conformance import no_extras
from .conftest import T, U, World, command, receive, run

CHANNELS_PUBLISHED = [
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "market_positions",
    "user_orders",
    "order_group_updates",
    "market_lifecycle_v2",
]
PAYLOADS = {  # wire type -> its payload schema in Kalshi's document
    "orderbook_snapshot": "orderbookSnapshotPayload",
    "orderbook_delta": "orderbookDeltaPayload",
    "ticker": "tickerPayload",
    "trade": "tradePayload",
    "fill": "fillPayload",
    "user_order": "userOrderPayload",
    "market_position": "marketPositionPayload",
    "order_group_updates": "orderGroupUpdatesPayload",
    "market_lifecycle_v2": "marketLifecycleV2Payload",
    "subscribed": "subscribedResponsePayload",
    "unsubscribed": "unsubscribedResponsePayload",
}


def scenario(world: World) -> None:
    """Something on every channel: trades, amend, cancel, groups, pause, settle, a new market."""
    alice, bob = world.rest, world.bob_rest
    group = alice.order_groups.create_order_group(
        body=CreateOrderGroupRequest(contracts_limit_fp="50")
    ).order_group_id
    assert isinstance(group, str)
    alice.place_order(T, side="bid", count=20, price="0.42", order_group_id=group)
    bob.place_order(T, side="ask", count=5, price="0.42")
    kept = alice.place_order(U, side="ask", count=8, price="0.50")
    alice.amend_order(present(kept.order_id), ticker=U, side="ask", price="0.49", count=6)
    alice.order_groups.update_order_group_limit(
        group, body=UpdateOrderGroupLimitRequest(contracts_limit_fp="10")
    )
    bob.place_order(T, side="ask", count=10, price="0.42")  # the group's limit is reached
    alice.order_groups.reset_order_group(group)
    alice.order_groups.delete_order_group(group)
    world.exchange.pause()
    world.exchange.resume()
    world.exchange.settle(T, "yes")
    world.exchange.add_market("KXFAKE-26DEC01-T70")


async def record(world: World) -> list[dict[str, Any]]:
    ws = await world.raw()
    await command(
        ws,
        id=1,
        cmd="subscribe",
        params={"channels": ["orderbook_delta"], "market_tickers": [T, U]},
    )
    await command(ws, id=2, cmd="subscribe", params={"channels": CHANNELS_PUBLISHED[1:]})
    frames = [await receive(ws) for _ in range(2 + len(CHANNELS_PUBLISHED))]  # + 2 snapshots
    scenario(world)
    book_sid = next(f["msg"]["sid"] for f in frames if f["type"] == "subscribed")
    await command(ws, id=3, cmd="unsubscribe", params={"sids": [book_sid]})
    await command(ws, id=99, cmd="list_subscriptions")
    while True:
        frame = await receive(ws)
        if frame.get("id") == 99:
            break
        frames.append(frame)
    await ws.close()
    return frames


@cache
def kalshi_payloads() -> dict[str, Any]:
    path = need_shared(UPSTREAM_SPECS / "kalshi-asyncapi-2026.yaml")
    document = yaml.safe_load(path.read_text())
    return dict(document["components"]["schemas"])


def test_every_streamed_message_parses_strictly_and_has_kalshis_required_keys(
    world: World,
) -> None:
    frames = run(record(world))
    kinds = {frame["type"] for frame in frames}
    assert kinds == set(PAYLOADS), kinds
    payloads = kalshi_payloads()
    for frame in frames:
        model = parse(frame)
        assert not isinstance(model, dict), frame
        assert as_instants(model.to_dict()) == as_instants(frame), frame["type"]
        no_extras(model, frame["type"])
        schema = payloads[PAYLOADS[frame["type"]]]
        assert set(schema["required"]) <= set(frame), frame
        required = schema["properties"].get("msg", {}).get("required", [])
        assert set(required) <= set(frame.get("msg", {})), (
            frame["type"],
            set(required) - set(frame["msg"]),
        )
        if frame["type"] not in ("subscribed", "unsubscribed"):
            sequenced = CHANNELS[_channel(frame["type"])].sequenced
            assert ("seq" in frame) == sequenced, frame


def _channel(kind: str) -> str:
    return {
        "orderbook_snapshot": "orderbook_delta",
        "user_order": "user_orders",
        "market_position": "market_positions",
    }.get(kind, kind)


def test_lifecycle_and_groups_report_what_happened(world: World) -> None:
    frames = run(record(world))
    lifecycle = [
        (f["msg"]["market_ticker"], f["msg"]["event_type"], f["msg"].get("is_deactivated"))
        for f in frames
        if f["type"] == "market_lifecycle_v2"
    ]
    assert lifecycle == [
        (T, "deactivated", True),
        (U, "deactivated", True),
        (T, "activated", False),
        (U, "activated", False),
        (T, "determined", None),
        (T, "settled", None),
        ("KXFAKE-26DEC01-T70", "created", None),
    ]
    determined = next(f for f in frames if f["msg"].get("event_type") == "determined")
    assert (determined["msg"]["result"], determined["msg"]["settlement_value"]) == ("yes", "1.0000")
    groups = [
        (f["msg"]["event_type"], f["msg"].get("contracts_limit_fp"))
        for f in frames
        if f["type"] == "order_group_updates"
    ]
    assert groups == [
        ("created", "50.00"),
        ("limit_updated", "10.00"),
        ("triggered", None),
        ("reset", None),
        ("deleted", None),
    ]
    seqs = [f["seq"] for f in frames if f["type"] == "order_group_updates"]
    assert seqs == list(range(1, len(seqs) + 1))
    canceled_by_group = [
        f["msg"] for f in frames if f["type"] == "user_order" and f["msg"]["status"] == "canceled"
    ]
    assert canceled_by_group  # the triggered group canceled what rested
    settled = [f["msg"] for f in frames if f["type"] == "market_position"][-1]
    assert (settled["market_ticker"], Decimal(settled["position_fp"])) == (T, Decimal(0))
