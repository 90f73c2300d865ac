"""Write generated/kalshi_ws/index.py: the WebSocket facts the stream client works from.

Usage: python scripts/ws_index.py SPEC OUT   (SPEC is openapi/kalshi-ws.yaml)

Channels and their message models, which channels carry `seq`, the wire `type` of every
message the server sends (with what tells apart models sharing one), the commands and their
update actions, the error codes and which of them are terminal. `kalshi.stream` reads this
instead of keeping its own lists.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

sys.path.insert(0, str(Path(__file__).resolve().parent))
import openapi_io

HEADER = '''"""WebSocket facts from openapi/kalshi-ws.yaml (scripts/ws_index.py)."""

from typing import NamedTuple


class Channel(NamedTuple):
    name: str
    models: tuple[str, ...]  # class names in kalshi_ws.models
    sequenced: bool  # every message carries `seq`, counting per sid from 1


class Variant(NamedTuple):
    """One model a wire `type` may parse into; the first variant whose test passes wins."""

    model: str
    module: str  # kalshi_ws.models.<module>
    msg_is_list: bool | None  # None: no test on the shape of `msg`
    msg_requires: tuple[str, ...]  # keys `msg` must have
    msg_fixed: tuple[tuple[str, object], ...]  # fields of `msg` with a fixed value


class Command(NamedTuple):
    cmd: str
    models: tuple[str, ...]
    actions: tuple[str, ...]  # update_subscription actions, over all its models


'''


def module_of(model: str) -> str:
    return snake_case(model)


def main(argv: list[str]) -> int:
    spec, out = argv
    doc: dict[str, Any] = openapi_io.load(spec)
    lines = [HEADER]
    version = doc["info"]["version"]
    lines.append(f"UPSTREAM_VERSION = {version!r}\n")
    lines.append(f"SERVERS: dict[str, str] = {dict(sorted(doc['x-servers'].items()))!r}\n")

    lines.append("CHANNELS: dict[str, Channel] = {")
    for name, channel in doc["x-channels"].items():
        models, sequenced = tuple(channel["messages"]), bool(channel["sequenced"])
        lines.append(f"    {name!r}: Channel({name!r}, {models!r}, {sequenced!r}),")
    lines.append("}\n")

    lines.append("MESSAGES: dict[str, tuple[Variant, ...]] = {")
    for wire_type, variants in doc["x-messages"].items():
        lines.append(f"    {wire_type!r}: (")
        for variant in variants:
            model = variant["schema"]
            shape = {"array": True, "object": False}.get(variant.get("msg", ""))
            requires = tuple(variant.get("requires", ()))
            fixed = tuple(sorted((variant.get("fixed") or {}).items()))
            lines.append(
                f"        Variant({model!r}, {module_of(model)!r}, {shape!r}, {requires!r}, "
                f"{fixed!r}),"
            )
        lines.append("    ),")
    lines.append("}\n")

    lines.append("COMMANDS: dict[str, Command] = {")
    for cmd, command in doc["x-commands"].items():
        actions = tuple(a for models in command["actions"].values() for a in models)
        lines.append(f"    {cmd!r}: Command({cmd!r}, {tuple(command['schemas'])!r}, {actions!r}),")
    lines.append("}\n")

    lines.append(f"RESPONSES: frozenset[str] = frozenset({sorted(doc['x-responses'])!r})\n")
    codes = {int(code): str(name) for code, name in doc["x-error-codes"].items()}
    lines.append(f"ERROR_CODES: dict[int, str] = {dict(sorted(codes.items()))!r}\n")
    terminal = sorted(int(code) for code in doc["x-terminal-error-codes"])
    lines.append(f"TERMINAL_ERROR_CODES: frozenset[int] = frozenset({terminal!r})")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
