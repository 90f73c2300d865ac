"""Every command's --help reads well: it exits 0, has a description, and names its options."""

from __future__ import annotations

import argparse
import subprocess

import pytest

from kalshi.cli import build_parser, main
from kalshi_api.operations import OPERATIONS

from .conftest import clean_environ, command


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every (command path, parser) of the tree, the top included."""
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*path, name))
    return found


COMMANDS = _commands(build_parser())
NAMES = {path for path, _ in COMMANDS}


def test_the_tree_has_every_command_of_the_issue() -> None:
    expected = {
        ("balance",), ("positions",), ("orders",), ("fills",), ("markets",), ("market",),
        ("book",), ("order", "place"), ("order", "cancel"), ("order", "amend"),
        ("cancel-all",), ("tail",), ("limits",), ("call",), ("fake",),
    }  # fmt: skip
    assert expected <= NAMES


@pytest.mark.parametrize("path", sorted(NAMES), ids=lambda path: " ".join(path) or "kalshi")
def test_help_of_every_command(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    parser = dict(COMMANDS)[path]
    assert parser.description and len(parser.description) > 20
    with pytest.raises(SystemExit) as exited:
        main([*path, "--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: {parser.prog}")
    assert parser.description.splitlines()[0] in shown
    for option in ("--json", "--env", "--base-url", "--key-file", "--debug"):
        assert option in shown


def test_every_command_has_a_summary_in_its_parents_list() -> None:
    for path, parser in COMMANDS:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert choice.help, (path, choice.dest)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_call_help_of_every_operation(operation: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["call", operation, "--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    op = OPERATIONS[operation]
    assert f"usage: kalshi call {operation}" in shown
    assert f"{op.method} {op.path}" in shown
    for name in op.path.split("{")[1:]:  # every path parameter is an option
        assert "--" + name.split("}")[0].rstrip("_").replace("_", "-") in shown


def test_the_console_entry_point_runs() -> None:
    shown = subprocess.run(
        command("--help"), env=clean_environ(), capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0 and "cancel-all" in shown.stdout and shown.stderr == ""
    bare = subprocess.run(command(), env=clean_environ(), capture_output=True, text=True)
    assert bare.returncode == 2 and "usage: kalshi" in bare.stderr
