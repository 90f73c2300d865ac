"""The README's streaming examples run, exactly as printed, against the fake exchange: the
fake exchange's own, and the *Streaming* section's (which also run against the independent
test server, in tests/stream/test_readme.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kalshi import AsyncKalshiClient, KalshiClient
from kalshi.testing import FakeExchange

from ..conftest import ROOT
from ..stream.test_readme import streaming_blocks

MARKER = "<!-- fake streaming example"


def fake_streaming_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(re.escape(MARKER) + r"[^\n]*\n```python\n(.*?)```", text, flags=re.S)


def test_the_readme_shows_the_fake_exchange_streaming() -> None:
    assert fake_streaming_blocks()


@pytest.mark.parametrize("index", range(len(fake_streaming_blocks())))
def test_readme_fake_streaming_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(fake_streaming_blocks()[index], f"README fake streaming {index}", "exec"), {})
    assert "0.4400 10.00" in capsys.readouterr().out


@pytest.mark.parametrize("index", range(len(streaming_blocks())))
def test_readme_streaming_example_runs_against_the_fake_exchange(
    index: int, capsys: pytest.CaptureFixture[str]
) -> None:
    exchange = FakeExchange()
    for ticker in ("KXHIGHNY-26NOV23-T60", "KXHIGHNY-26NOV23-T61"):
        exchange.add_market(ticker)
        exchange.seed_liquidity(ticker, bids=[("0.55", 12)], asks=[("0.60", 7)])
    user = exchange.add_user()
    with exchange.serve() as served:
        key = (user.key_id, user.private_key_pem)
        namespace: dict[str, Any] = {
            "client": KalshiClient(*key, base_url=served),
            "async_client": AsyncKalshiClient(*key, base_url=served),
        }
        exec(compile(streaming_blocks()[index], f"README streaming {index}", "exec"), namespace)
    assert "0.55" in capsys.readouterr().out
    assert exchange.stream is not None and exchange.stream.handshakes_refused == 0
