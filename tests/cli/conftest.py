"""The command line run for real: `python -m kalshi ...` in a subprocess, against the fake
exchange served on 127.0.0.1 by the test session (one server per module), each test with a
user of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kalshi.testing import Credentials, FakeExchange

from ..conftest import ROOT

T60 = "KXHIGHNY-26NOV23-T60"
T65 = "KXHIGHNY-26NOV23-T65"
BTC = "KXBTC-26NOV23-B100K"
BOOK = "KXBOOK-26NOV23-T50"  # only read, never traded: its book stays as seeded


@dataclass
class Served:
    exchange: FakeExchange
    base_url: str


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    exchange = FakeExchange()
    exchange.add_market(T60)
    exchange.seed_liquidity(T60, bids=[("0.41", 100), ("0.40", 200)], asks=[("0.44", 60)])
    exchange.add_market(T65)
    exchange.seed_liquidity(T65, bids=[("0.18", 120)], asks=[("0.22", 80)])
    exchange.add_market(BTC)
    exchange.add_market(BOOK)
    exchange.seed_liquidity(BOOK, bids=[("0.41", 100), ("0.40", 200)], asks=[("0.44", 60)])
    with exchange.serve() as base_url:
        yield Served(exchange, base_url)


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def clean_environ() -> dict[str, str]:
    """This process's environment without any KALSHI_* setting of the person running tests."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    env["COLUMNS"] = "200"  # help text wrapped the same everywhere
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kalshi", *args]


@dataclass
class Account:
    """A user of the served exchange and the environment that points the command line at it."""

    served: Served
    user: Credentials
    env: dict[str, str]

    @property
    def exchange(self) -> FakeExchange:
        return self.served.exchange

    def run(self, *args: str, stdin: Any = subprocess.DEVNULL, input: str | None = None) -> Result:
        done = subprocess.run(
            command(*args),
            env=self.env,
            stdin=None if input is not None else stdin,
            input=input,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str) -> Result:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return result


@pytest.fixture
def account(served: Served, tmp_path: Path) -> Account:
    user = served.exchange.add_user(balance="1000")
    key_file = tmp_path / "key.pem"
    key_file.write_text(user.private_key_pem)
    env = clean_environ()
    env.update(
        {
            "KALSHI_BASE_URL": served.base_url,
            "KALSHI_API_KEY_ID": user.key_id,
            "KALSHI_PRIVATE_KEY_PATH": str(key_file),
        }
    )
    return Account(served, user, env)


def start(account: Account, *args: str) -> subprocess.Popen[str]:
    """The command running in the background (a tail, a watch), its output captured."""
    return subprocess.Popen(
        command(*args),
        env=account.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) once it ends; killed after 60 s so no test hangs."""
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    return process.returncode, out, err
