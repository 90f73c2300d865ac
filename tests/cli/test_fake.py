"""`kalshi fake`: it serves, its printed settings work, the key stays in a file, Ctrl-C ends it."""

from __future__ import annotations

import json
import shlex
import signal
import subprocess
from pathlib import Path

from ..conftest import pem_body_lines
from .conftest import clean_environ, command


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command("fake", *args),
        env=clean_environ(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


def test_fake_prints_settings_that_work(tmp_path: Path) -> None:
    process = _start("--json", "--balance", "250")
    try:
        assert process.stdout is not None
        settings = json.loads(process.stdout.readline())
        env = {**clean_environ(), **settings["env"]}
        balance = subprocess.run(
            command("balance", "--json"), env=env, capture_output=True, text=True, timeout=60
        )
        assert balance.returncode == 0, balance.stderr
        assert json.loads(balance.stdout)["balance"] == 25000
        ticker = settings["markets"][0]
        book = subprocess.run(
            command("book", ticker, "--json"), env=env, capture_output=True, text=True
        )
        assert json.loads(book.stdout)["best_bid"] is not None
        key_file = Path(settings["private_key_file"])
        assert key_file.stat().st_mode & 0o777 == 0o600
        pem = key_file.read_text()
    finally:
        status, out, err = _stop(process)
    assert status == 0, err
    assert not key_file.exists()  # a temporary key goes with the server
    assert not any(line in out + err for line in pem_body_lines(pem))


def test_fake_for_people_prints_an_export_line(tmp_path: Path) -> None:
    key_file = tmp_path / "fake.pem"
    process = _start("--key-file", str(key_file), "--no-markets")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        words = shlex.split(line.split("export", 1)[1])
        settings = dict(word.split("=", 1) for word in words)
        assert settings["KALSHI_PRIVATE_KEY_PATH"] == str(key_file.resolve())
        env = {**clean_environ(), **settings}
        markets = subprocess.run(
            command("markets", "--json"), env=env, capture_output=True, text=True, timeout=60
        )
        assert markets.returncode == 0 and json.loads(markets.stdout) == []
    finally:
        status, _, err = _stop(process)
    assert status == 0 and "Ctrl-C" in err
    assert key_file.exists()  # a key file that was asked for stays
