"""List what changed between two OpenAPI documents, for following Kalshi's API.

Usage: python scripts/spec_diff.py OLD NEW   (paths or URLs; upstream or openapi/kalshi.yaml)

Prints operations and schema fields added, removed or retyped. Exits 1 when an operation or a
field of a response schema disappeared (what breaks existing users), else 0, so a scheduled job
can run it against Kalshi's published document and fail on a breaking change.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_spec
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
    found = {}
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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: spec_diff.py OLD NEW", file=sys.stderr)
        return 2
    lines, breaking = diff(openapi_io.load(args[0]), openapi_io.load(args[1]))
    print("\n".join(lines))
    if breaking:
        print("BREAKING: an operation or a response field disappeared", file=sys.stderr)
    return 1 if breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
