"""The README's runnable examples run, against the fake exchange, exactly as printed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kalshi.orders import limit_order
from kalshi.testing import FakeExchange, seed_demo_markets

from .conftest import ROOT

MARKER = "<!-- runnable"


def runnable_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(re.escape(MARKER) + r"[^\n]*\n```python\n(.*?)```", text, flags=re.S)


def test_the_readme_marks_its_runnable_examples() -> None:
    assert len(runnable_blocks()) >= 6


@pytest.mark.parametrize("index", range(len(runnable_blocks())))
def test_readme_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    exchange = FakeExchange()
    seed_demo_markets(exchange)
    user = exchange.add_user(balance="1000")
    client = exchange.client(user)
    resting = [
        client.place_order("KXHIGHNY-26NOV23-T60", side="bid", count=1, price=f"0.{10 + i}")
        for i in range(5)
    ]
    namespace: dict[str, Any] = {
        "client": client,
        "order_ids": [str(ack.order_id) for ack in resting],
        "limit_order": limit_order,
    }
    exec(compile(runnable_blocks()[index], f"README block {index}", "exec"), namespace)
    if "create_order_v2.sync(client=client, body=order)" in runnable_blocks()[index]:
        assert "invalid_price" in capsys.readouterr().out
