"""The README's streaming examples run, exactly as printed, against the independent server."""

from __future__ import annotations

import re
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi import AsyncKalshiClient, KalshiClient

from ..conftest import ROOT, pem_of
from .conftest import KEY_ID
from .server import KalshiLikeServer

MARKER = "<!-- streaming example"


def streaming_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(re.escape(MARKER) + r"[^\n]*\n```python\n(.*?)```", text, flags=re.S)


def test_the_readme_has_streaming_examples() -> None:
    assert len(streaming_blocks()) >= 2


@pytest.mark.parametrize("index", range(len(streaming_blocks())))
def test_readme_streaming_example_runs(
    index: int,
    server: KalshiLikeServer,
    rsa_key: rsa.RSAPrivateKey,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for ticker in ("KXHIGHNY-26NOV23-T60", "KXHIGHNY-26NOV23-T61"):
        server.set_level(ticker, "yes", "0.5500", "12.00")
        server.set_level(ticker, "no", "0.4000", "7.00")
    pem = pem_of(rsa_key)
    namespace: dict[str, Any] = {
        "client": KalshiClient(KEY_ID, pem, base_url=server.base_url),
        "async_client": AsyncKalshiClient(KEY_ID, pem, base_url=server.base_url),
    }
    exec(compile(streaming_blocks()[index], f"README streaming block {index}", "exec"), namespace)
    out = capsys.readouterr().out
    assert "0.55" in out  # the best YES bid made it through
    assert server.refused == 0 and len(server.handshakes) == 1
