"""The WebSocket messages: derived from Kalshi's AsyncAPI document, generated, parsed tolerantly."""

from __future__ import annotations

import base64
import copy
import subprocess
import sys
from importlib import import_module
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kalshi import ConfigurationError, KalshiClient
from kalshi.stream import CommandError, handshake_headers, parse, ws_url_for
from kalshi_ws import index
from kalshi_ws.models import (
    ErrorResponse,
    ListSubscriptionsResponse,
    MarketLifecycleV2,
    MarketMetadataUpdated,
    OkResponse,
    OrderbookDelta,
    OrderbookSnapshot,
    SubscribedIndicesResponse,
)

from .conftest import ROOT, UPSTREAM_SPECS, need_shared, pem_of, present

DELTA: dict[str, Any] = {
    "type": "orderbook_delta",
    "sid": 2,
    "seq": 3,
    "msg": {
        "market_ticker": "FED-23DEC-T3.00",
        "market_id": "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",
        "price_dollars": "0.9600",
        "delta_fp": "-54.00",
        "side": "yes",
        "ts_ms": 1669149841000,
    },
}


# --------------------------------------------------------------------------- tolerance


def test_unknown_fields_are_kept_and_round_trip() -> None:
    data = copy.deepcopy(DELTA)
    data["msg"]["queue_hint"] = {"new": True}
    data["shard"] = 7
    message = parse(data)
    assert isinstance(message, OrderbookDelta)
    assert present(message.msg).additional_properties == {"queue_hint": {"new": True}}
    assert message.additional_properties == {"shard": 7}
    assert message.to_dict() == data


def test_unknown_enum_values_survive() -> None:
    data = copy.deepcopy(DELTA)
    data["msg"]["side"] = "maybe"
    message = parse(data)
    assert message.msg.side.value == "maybe" and message.msg.side.name == "UNKNOWN"
    assert message.to_dict() == data

    error = parse({"id": 4, "type": "error", "msg": {"code": 99, "msg": "new"}})
    assert isinstance(error, ErrorResponse)
    code = present(error.msg).code
    assert code == 99 and present(code).name == "UNKNOWN"
    assert CommandError(99, "new").name is None


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.__setitem__("msg", "not an object"),
        lambda d: d["msg"].__setitem__("yes_dollars_fp", "not a list"),
        lambda d: d["msg"].__setitem__("yes_dollars_fp", [7]),
    ],
)
def test_broken_nesting_raises(breakage: Any) -> None:
    data = {
        "type": "orderbook_snapshot",
        "sid": 1,
        "seq": 1,
        "msg": {"market_ticker": "T", "yes_dollars_fp": [["0.1000", "5.00"]]},
    }
    assert isinstance(parse(copy.deepcopy(data)), OrderbookSnapshot)
    breakage(data)
    with pytest.raises((TypeError, ValueError, KeyError, AttributeError)):
        parse(data)


def test_a_type_the_document_does_not_know_comes_back_as_the_dict() -> None:
    data = {"type": "brand_new_channel", "sid": 3, "msg": {"x": 1}}
    assert parse(data) is data


def test_models_sharing_a_type_are_told_apart() -> None:
    assert isinstance(parse({"id": 1, "type": "ok", "msg": []}), ListSubscriptionsResponse)
    indices = parse({"id": 1, "type": "ok", "sid": 2, "seq": 1, "msg": {"index_ids": ["BRTI"]}})
    assert isinstance(indices, SubscribedIndicesResponse)
    ok = parse({"id": 1, "type": "ok", "sid": 2, "msg": {"market_tickers": ["A"]}})
    assert isinstance(ok, OkResponse)
    lifecycle = {"type": "market_lifecycle_v2", "sid": 1, "seq": 1}
    meta = parse({**lifecycle, "msg": {"event_type": "metadata_updated", "market_ticker": "A"}})
    assert isinstance(meta, MarketMetadataUpdated)
    settled = parse({**lifecycle, "msg": {"event_type": "settled", "market_ticker": "A"}})
    assert isinstance(settled, MarketLifecycleV2)
    assert isinstance(parse({**lifecycle, "msg": {}}), MarketLifecycleV2)


# --------------------------------------------------------------------------- the index


def test_index_facts() -> None:
    sequenced = {name for name, channel in index.CHANNELS.items() if channel.sequenced}
    assert sequenced == {
        "orderbook_delta",
        "trade",
        "market_lifecycle_v2",
        "multivariate_market_lifecycle",
        "communications",
        "order_group_updates",
        "cfbenchmarks_value",
        "cfbenchmarks_value_5hz",
        "pyth_value",
    }
    assert {"ticker", "fill", "market_positions", "user_orders"} <= set(index.CHANNELS)
    assert set(index.CHANNELS) - sequenced == {"ticker", "fill", "market_positions", "user_orders"}
    assert {10, 25} == index.TERMINAL_ERROR_CODES
    assert index.ERROR_CODES[25] == "Subscription buffer overflow"
    assert set(index.COMMANDS) == {
        "subscribe",
        "unsubscribe",
        "update_subscription",
        "list_subscriptions",
    }
    assert {"add_markets", "delete_markets", "get_snapshot"} <= set(
        index.COMMANDS["update_subscription"].actions
    )
    assert {"subscribed", "unsubscribed", "ok", "error", "list_subscriptions"} == index.RESPONSES
    assert CommandError(25, "x").terminal and CommandError(10, "x").terminal
    assert not CommandError(8, "x").terminal


def test_every_indexed_model_exists() -> None:
    names = {m for channel in index.CHANNELS.values() for m in channel.models}
    for variants in index.MESSAGES.values():
        for variant in variants:
            module = import_module(f"kalshi_ws.models.{variant.module}")
            assert getattr(module, variant.model).__name__ == variant.model
            names.discard(variant.model)
    assert names == set()  # every channel's model is reachable by its wire type


# --------------------------------------------------------------------------- URLs and signing


def test_websocket_urls() -> None:
    assert ws_url_for("https://external-api.kalshi.com/trade-api/v2", "prod") == (
        "wss://external-api-ws.kalshi.com/trade-api/ws/v2"
    )
    assert ws_url_for("https://external-api.demo.kalshi.co/trade-api/v2", "demo") == (
        "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"
    )
    assert ws_url_for("http://127.0.0.1:8123/trade-api/v2", "prod") == (
        "ws://127.0.0.1:8123/trade-api/ws/v2"
    )
    assert ws_url_for("https://api.elections.kalshi.com/trade-api/v2", "prod") == (
        "wss://api.elections.kalshi.com/trade-api/ws/v2"
    )


def test_handshake_headers_sign_the_real_path(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient("kid", pem_of(rsa_key))
    assert client.auth is not None
    headers = handshake_headers(client.auth, "wss://example.test/some/prefix/trade-api/ws/v2?x=1")
    assert headers["KALSHI-ACCESS-KEY"] == "kid"
    message = (headers["KALSHI-ACCESS-TIMESTAMP"] + "GET/some/prefix/trade-api/ws/v2").encode()
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    signature = base64.b64decode(headers["KALSHI-ACCESS-SIGNATURE"])
    rsa_key.public_key().verify(signature, message, pss, hashes.SHA256())  # raises if wrong


def test_streams_need_credentials_and_hide_the_key(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(ConfigurationError):
        KalshiClient().stream()
    pem = pem_of(rsa_key)
    stream = KalshiClient("kid", pem, environment="demo").stream()
    try:
        assert stream.url == "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"
        text = repr(stream) + repr(stream.asynchronous)
        assert all(line not in text for line in pem.splitlines()[1:-1])
    finally:
        stream.close()


# --------------------------------------------------------------------------- the pipeline


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_make_spec_derives_the_committed_description(tmp_path: Any) -> None:
    source = need_shared(UPSTREAM_SPECS / "kalshi-asyncapi-2026.yaml")
    out = tmp_path / "kalshi-ws.yaml"
    result = run_script("scripts/build_ws_spec.py", str(source), str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text() == (ROOT / "openapi" / "kalshi-ws.yaml").read_text()


def test_the_description_is_facts_only_and_openapi_30() -> None:
    doc = yaml.safe_load((ROOT / "openapi" / "kalshi-ws.yaml").read_text())

    def keys(node: Any, names: bool = False) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if not names:
                    found.add(str(key))
                found |= keys(value, names=not names and key == "properties")
        elif isinstance(node, list):
            for item in node:
                found |= keys(item)
        return found

    schema_keys = keys(doc["components"]["schemas"], names=True)
    assert not schema_keys & {"description", "examples", "example", "title", "const"}
    delta = doc["components"]["schemas"]["OrderbookDelta"]
    assert delta["properties"]["type"] == {"type": "string", "enum": ["orderbook_delta"]}
    assert "required" not in delta  # a server message: nothing required
    command = doc["components"]["schemas"]["SubscribeCommand"]
    assert command["required"] == ["id", "cmd", "params"]  # a command keeps them
    fee = doc["components"]["schemas"]["EventFeeUpdateMsg"]["properties"]
    assert fee["fee_multiplier_override"] == {"type": "number", "nullable": True}


def test_spec_diff_covers_channels_and_messages() -> None:
    old = need_shared(UPSTREAM_SPECS / "kalshi-asyncapi-2.0.0.yaml")
    new = UPSTREAM_SPECS / "kalshi-asyncapi-2026.yaml"
    result = run_script("scripts/spec_diff.py", str(old), str(new))
    lines = result.stdout.splitlines()
    assert result.returncode == 1  # a channel disappeared
    assert "- channel multivariate" in lines
    assert "+ channel pyth_value" in lines
    assert "~ channel trade: seq False -> True" in lines
    assert "+ message pyth_value.pyth_value (PythValue)" in lines
    assert "+ action update_subscription.get_snapshot" in lines
    assert "~ terminal errors [] -> [10, 25]" in lines
    same = run_script("scripts/spec_diff.py", "openapi/kalshi-ws.yaml", "openapi/kalshi-ws.yaml")
    assert same.returncode == 0 and "0 channels" in same.stdout
