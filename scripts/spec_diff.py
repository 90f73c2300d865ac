"""List what changed between two OpenAPI documents, for following Kalshi's API.

Usage: python scripts/spec_diff.py OLD NEW   (paths or URLs; upstream or openapi/kalshi.yaml)

Prints operations and schema fields added, removed or retyped. Exits 1 when an operation or a
field of a response schema disappeared (what breaks existing users), else 0, so a scheduled job
can run it against Kalshi's published document and fail on a breaking change.

WebSocket documents (Kalshi's AsyncAPI documents, or openapi/kalshi-ws.yaml) are compared by
channels, the message types each carries, whether it carries `seq`, commands, error codes and
message fields; a removed channel, message type or field of a server message is breaking.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_spec
import build_ws_spec
import openapi_io


def type_of(schema: Any) -> str:
    """A short signature of a schema, for spotting retyped fields (nullability aside)."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combinator in ("allOf", "oneOf", "anyOf"):
        if combinator in schema:
            members = " | ".join(type_of(member) for member in schema[combinator])
            return (
                members
                if combinator == "allOf" and len(schema[combinator]) == 1
                else (f"{combinator}({members})")
            )
    kind = str(schema.get("type", "any"))
    if kind == "array":
        return f"array<{type_of(schema.get('items'))}>"
    if "enum" in schema:
        return f"{kind} enum"
    if "format" in schema:
        return f"{kind}/{schema['format']}"
    return kind


def operations(doc: dict[str, Any]) -> dict[str, str]:
    """'METHOD /path' -> operationId."""
    return {
        f"{method.upper()} {path}": str(op.get("operationId", "?"))
        for method, path, op in openapi_io.operations(doc)
    }


def fields(doc: dict[str, Any]) -> dict[str, str]:
    """'Schema.field' -> type signature, for every property of every component schema."""
    found: dict[str, str] = {}
    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        for node in build_spec.walk_schemas(schema):
            for prop, spec in (node.get("properties") or {}).items():
                found.setdefault(f"{name}.{prop}", type_of(spec))
    return found


def response_schemas(doc: dict[str, Any]) -> set[str]:
    schemas = doc.get("components", {}).get("schemas") or {}
    roots: set[str] = set()
    shared = doc.get("components", {}).get("responses") or {}
    for _, _, operation in openapi_io.operations(doc):
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            if "$ref" in response:
                response = shared.get(str(response["$ref"]).rsplit("/", 1)[-1], {})
            roots.update(build_spec.refs_in(response))
    return build_spec.closure(roots, schemas)


def diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], bool]:
    lines: list[str] = []
    old_ops, new_ops = operations(old), operations(new)
    removed_ops = sorted(set(old_ops) - set(new_ops))
    for key in sorted(set(new_ops) - set(old_ops)):
        lines.append(f"+ operation {key} ({new_ops[key]})")
    for key in removed_ops:
        lines.append(f"- operation {key} ({old_ops[key]})")

    old_fields, new_fields = fields(old), fields(new)
    in_responses = response_schemas(old)
    removed_response_fields = []
    for key in sorted(set(new_fields) - set(old_fields)):
        lines.append(f"+ field {key}: {new_fields[key]}")
    for key in sorted(set(old_fields) - set(new_fields)):
        schema = key.split(".", 1)[0]
        where = " (response)" if schema in in_responses else ""
        lines.append(f"- field {key}: {old_fields[key]}{where}")
        if where:
            removed_response_fields.append(key)
    for key in sorted(set(old_fields) & set(new_fields)):
        if old_fields[key] != new_fields[key]:
            lines.append(f"~ field {key}: {old_fields[key]} -> {new_fields[key]}")

    old_v = old.get("info", {}).get("version")
    new_v = new.get("info", {}).get("version")
    lines.append(
        f"summary {old_v} -> {new_v}: {len(removed_ops)} operations removed, "
        f"{len(removed_response_fields)} response fields removed"
    )
    return lines, bool(removed_ops or removed_response_fields)


def as_ws(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The project's form of a WebSocket document (derived when given Kalshi's), else None."""
    if "asyncapi" in doc:
        return build_ws_spec.build(doc)
    return doc if "x-channels" in doc else None


def ws_messages(doc: dict[str, Any]) -> dict[str, str]:
    """'channel.type' -> model, for every message type each channel carries."""
    by_model = {
        variant["schema"]: wire_type
        for wire_type, variants in doc["x-messages"].items()
        for variant in variants
    }
    return {
        f"{channel}.{by_model.get(model, model)}": model
        for channel, spec in doc["x-channels"].items()
        for model in spec["messages"]
    }


def ws_diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], bool]:
    lines: list[str] = []
    old_ch, new_ch = old["x-channels"], new["x-channels"]
    removed_channels = sorted(set(old_ch) - set(new_ch))
    lines += [f"+ channel {name}" for name in sorted(set(new_ch) - set(old_ch))]
    lines += [f"- channel {name}" for name in removed_channels]
    for name in sorted(set(old_ch) & set(new_ch)):
        if old_ch[name]["sequenced"] != new_ch[name]["sequenced"]:
            lines.append(
                f"~ channel {name}: seq {old_ch[name]['sequenced']} -> {new_ch[name]['sequenced']}"
            )
    old_msgs, new_msgs = ws_messages(old), ws_messages(new)
    removed_messages = sorted(
        key for key in set(old_msgs) - set(new_msgs) if key.split(".")[0] in new_ch
    )
    lines += [f"+ message {key} ({new_msgs[key]})" for key in sorted(set(new_msgs) - set(old_msgs))]
    lines += [f"- message {key} ({old_msgs[key]})" for key in removed_messages]
    old_cmd, new_cmd = old["x-commands"], new["x-commands"]
    lines += [f"+ command {name}" for name in sorted(set(new_cmd) - set(old_cmd))]
    lines += [f"- command {name}" for name in sorted(set(old_cmd) - set(new_cmd))]
    for name in sorted(set(old_cmd) & set(new_cmd)):
        old_actions = {a for acts in old_cmd[name]["actions"].values() for a in acts}
        new_actions = {a for acts in new_cmd[name]["actions"].values() for a in acts}
        lines += [f"+ action {name}.{a}" for a in sorted(new_actions - old_actions)]
        lines += [f"- action {name}.{a}" for a in sorted(old_actions - new_actions)]
    old_codes, new_codes = old["x-error-codes"], new["x-error-codes"]
    lines += [f"+ error {c} {new_codes[c]}" for c in sorted(set(new_codes) - set(old_codes))]
    lines += [f"- error {c} {old_codes[c]}" for c in sorted(set(old_codes) - set(new_codes))]
    if old.get("x-terminal-error-codes") != new.get("x-terminal-error-codes"):
        lines.append(
            f"~ terminal errors {old.get('x-terminal-error-codes')} -> "
            f"{new.get('x-terminal-error-codes')}"
        )

    old_fields, new_fields = fields(old), fields(new)
    sent = {s for command in old_cmd.values() for s in command["schemas"]}
    sent = build_spec.closure(sent, old.get("components", {}).get("schemas") or {})
    removed_fields = []
    lines += [f"+ field {k}: {new_fields[k]}" for k in sorted(set(new_fields) - set(old_fields))]
    for key in sorted(set(old_fields) - set(new_fields)):
        incoming = key.split(".", 1)[0] not in sent
        lines.append(f"- field {key}: {old_fields[key]}{' (server message)' if incoming else ''}")
        if incoming:
            removed_fields.append(key)
    for key in sorted(set(old_fields) & set(new_fields)):
        if old_fields[key] != new_fields[key]:
            lines.append(f"~ field {key}: {old_fields[key]} -> {new_fields[key]}")
    lines.append(
        f"summary {old['info'].get('version')} -> {new['info'].get('version')}: "
        f"{len(removed_channels)} channels, {len(removed_messages)} message types, "
        f"{len(removed_fields)} server message fields removed"
    )
    return lines, bool(removed_channels or removed_messages or removed_fields)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: spec_diff.py OLD NEW", file=sys.stderr)
        return 2
    old, new = openapi_io.load(args[0]), openapi_io.load(args[1])
    old_ws, new_ws = as_ws(old), as_ws(new)
    if (old_ws is None) != (new_ws is None):
        print("cannot compare a WebSocket document with a REST one", file=sys.stderr)
        return 2
    if old_ws is not None and new_ws is not None:
        lines, breaking = ws_diff(old_ws, new_ws)
    else:
        lines, breaking = diff(old, new)
    print("\n".join(lines))
    if breaking:
        print(
            "BREAKING: an operation, channel, message type or response field disappeared",
            file=sys.stderr,
        )
    return 1 if breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
