"""The soak (`make soak`, scripts/soak.py), short: 500 orders through its fault-injecting proxy.

It must report all zeros; and with the client's settling of lost answers switched off it must
catch the losses, so a zero means something.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import kalshi._outcomes

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "soak.py"


@pytest.fixture(scope="module")
def soak() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kalshi_soak_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def figures(output: str) -> dict[str, int]:
    names = ("duplicates", "lost", "unresolved", "unaccounted", "untyped")
    found = {}
    for line in output.splitlines():
        name, _, value = line.partition(" ")
        if name in names:
            found[name] = int(value.strip())
    assert sorted(found) == sorted(names), output
    return found


def test_a_short_soak_reports_all_zeros(
    soak: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    code = soak.main(["--orders", "500", "--seed", "3", "--max-seconds", "120"])
    output = capsys.readouterr().out
    assert figures(output) == dict.fromkeys(figures(output), 0), output
    assert code == 0
    assert "commit_then_fail 0" not in output and "faults       0" not in output


def test_the_soak_catches_hidden_outcomes(
    soak: ModuleType, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kalshi._outcomes, "unsettled", lambda error: False)
    code = soak.main(["--orders", "1000", "--seed", "3", "--max-seconds", "120"])
    output = capsys.readouterr().out
    assert code == 1 and figures(output)["lost"] > 0, output
