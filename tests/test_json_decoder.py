"""The JSON decoder: orjson when installed (the `fast` extra), with the same results as json.

Whatever orjson refuses is decoded by the standard library, so a document gives the same
value, or the same kind of error, with the extra and without it.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kalshi_api.client as generated_client
from kalshi.testing import FakeExchange

orjson = pytest.importorskip("orjson", reason="orjson (the `fast` extra) is not installed")


@pytest.fixture(params=["orjson", "json"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "json":
        monkeypatch.setattr(generated_client, "_orjson", None)
    assert generated_client.json_decoder() == request.param
    yield str(request.param)


SIXTY_FOUR_BITS = st.integers(-(2**63), 2**64 - 1)  # beyond: the one difference (below)

json_values = st.recursive(
    st.none() | st.booleans() | SIXTY_FOUR_BITS | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_both_decoders_agree_on_any_document(value: Any) -> None:
    text = json.dumps(value)
    assert generated_client.json_loads(text.encode()) == json.loads(text)
    assert generated_client.json_loads(text) == json.loads(text)


@pytest.mark.parametrize(
    "document",
    [
        b"[NaN, Infinity, -Infinity]",
        b'\xef\xbb\xbf{"a": 1}',  # a UTF-8 byte-order mark
        '{"a": "é"}'.encode("utf-16"),
        b'{"a": 1, "a": 2}',  # a repeated key: the last wins
        b'"\\ud800"',  # a lone surrogate escape
        b"1e400",
    ],
)
def test_documents_orjson_refuses_decode_as_the_standard_library_does(
    decoder: str, document: bytes
) -> None:
    got, expected = generated_client.json_loads(document), json.loads(document)
    if isinstance(expected, list):
        assert [repr(x) for x in got] == [repr(x) for x in expected]
    elif isinstance(expected, float) and math.isinf(expected):
        assert got == expected
    else:
        assert got == expected and type(got) is type(expected)


def test_integers_beyond_64_bits_are_floats_with_orjson(decoder: str) -> None:
    """The one documented difference: orjson reads an integer outside 64 bits as a float
    (Kalshi sends none; an integer field given one is refused as not an int)."""
    big = b"[123456789012345678901234567890, -123456789012345678901]"
    got = generated_client.json_loads(big)
    if decoder == "orjson":
        assert got == [float(x) for x in json.loads(big)] and isinstance(got[0], float)
    else:
        assert got == [123456789012345678901234567890, -123456789012345678901]


@pytest.mark.parametrize("document", [b"", b"{", b"[1,]", b"\xff", b"nul"])
def test_invalid_documents_raise_value_error_on_both(decoder: str, document: bytes) -> None:
    with pytest.raises(ValueError):
        generated_client.json_loads(document)


def test_nesting_too_deep_raises_recursion_error_on_both(decoder: str) -> None:
    with pytest.raises(RecursionError):
        generated_client.json_loads(b"[" * 100_000 + b"]" * 100_000)


def test_kalshi_json_stdlib_turns_the_extra_off() -> None:
    code = "import kalshi_api.client as c; print(c.json_decoder())"
    env = {**os.environ, "KALSHI_JSON": "stdlib"}
    off = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    on = subprocess.run(
        [sys.executable, "-c", code],
        env={k: v for k, v in os.environ.items() if k != "KALSHI_JSON"},
        capture_output=True,
        text=True,
    )
    assert (off.stdout.strip(), on.stdout.strip()) == ("json", "orjson")


def test_pagination_gives_the_same_items_with_either_decoder(decoder: str) -> None:
    exchange = FakeExchange()
    exchange.add_market("KXDEC-1")
    user = exchange.add_user(balance="500")
    client = exchange.client(user)
    placed = {
        client.place_order("KXDEC-1", side="bid", count=1, price=f"0.{p:02d}").order_id
        for p in range(1, 40)
    }
    got = [
        (o.order_id, o.decimal("yes_price_dollars"), o.status)
        for o in client.paginate(client.orders.get_orders, page_size=7)
    ]
    assert {o for o, _, _ in got} == placed and len(got) == 39
    assert sorted(p or Decimal(-1) for _, p, _ in got) == [Decimal(p) / 100 for p in range(1, 40)]
    assert {s for _, _, s in got} == {"resting"}
