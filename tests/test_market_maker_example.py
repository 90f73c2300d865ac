"""examples/market_maker.py runs offline and ends by itself, its view agreeing with the
exchange; the README shows its bot exactly as the file has it."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "market_maker.py"
MARKER = "<!-- market maker: the bot of examples/market_maker.py -->"


def readme_block() -> str:
    text = (ROOT / "README.md").read_text()
    found = re.findall(re.escape(MARKER) + r"\n```python\n(.*?)```", text, flags=re.S)
    assert len(found) == 1, "the README shows the market maker once"
    return str(found[0])


def test_the_readme_shows_the_bot_as_the_example_has_it() -> None:
    block = readme_block()
    assert "def make_markets(" in block
    assert block in EXAMPLE.read_text()


def test_the_market_maker_trades_offline_and_ends_flat_of_orders() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=90, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    fills = re.search(r"^fills (\d+), contracts (\S+)$", out, flags=re.M)
    view = re.search(r"^position (\S+), balance (\S+)$", out, flags=re.M)
    real = re.search(r"^the exchange: position (\S+), balance (\S+), reserved (\S+)$", out, re.M)
    assert fills and view and real, out
    assert int(fills.group(1)) > 0  # the counterparty traded with it
    assert Decimal(view.group(1)) == Decimal(real.group(1))  # what the view holds is the truth
    assert Decimal(view.group(2)) == Decimal(real.group(2))
    assert "resting 0" in out and Decimal(real.group(3)) == 0  # canceled on the way out
    assert abs(Decimal(real.group(1))) <= 20  # the position limit held
