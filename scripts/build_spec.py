"""Derive the project's OpenAPI description (openapi/kalshi.yaml) from Kalshi's upstream document.

Usage: python scripts/build_spec.py UPSTREAM OUT [--legacy FILE] [--overlay FILE]

Same input, same bytes out. What it does, in order:
1. keeps facts only: descriptions, examples and vendor extensions go; operation summaries stay,
   and token costs stated in the notes become `x-token-cost` / `x-token-cost-per-item`;
   integer amounts described as cents (or centi-cents) keep only that unit as description;
2. adds the retired legacy order operations (openapi/legacy.yaml) as ``deprecated: true``;
3. adds the project's own one-line operation descriptions (openapi/overlay.yaml);
4. normalises the document so that real traffic parses (see ``normalise``);
5. records the upstream version as ``info.x-upstream-version``.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import openapi_io

# Mappings whose keys are names chosen by the document's author, not OpenAPI keywords.
NAME_MAPS = {
    "properties",
    "paths",
    "schemas",
    "responses",
    "securitySchemes",
    "content",
    "headers",
    "requestBodies",
    "mapping",
}
PROSE_KEYS = {"description", "example", "examples", "externalDocs", "title"}
SCHEMA_REF = "#/components/schemas/"


# --------------------------------------------------------------------------- prose


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 somewhere upstream (e.g. 'â€”')."""
    if not any(marker in text for marker in ("Ã", "Â", "â€")):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def strip_prose(node: Any, names: bool = False) -> Any:
    """Drop prose keywords and vendor extensions; `names` marks a mapping of author-chosen names."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if not names and (key in PROSE_KEYS or str(key).startswith("x-")):
                continue
            child_names = not names and key in NAME_MAPS
            if key == "parameters" and isinstance(value, dict):  # components.parameters
                child_names = True
            out[key] = strip_prose(value, child_names)
        return out
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if isinstance(node, str):
        return repair_mojibake(node)
    return node


# --------------------------------------------------------------------------- merging


def merge_legacy(doc: dict[str, Any], legacy: dict[str, Any]) -> None:
    """Add retired operations (deprecated) and any schema upstream no longer defines."""
    paths = doc.setdefault("paths", {})
    for path, item in legacy.get("paths", {}).items():
        target = paths.setdefault(path, {})
        for method, operation in item.items():
            if method in target:
                continue  # upstream still defines it: upstream wins
            operation = copy.deepcopy(operation)
            operation["deprecated"] = True
            target[method] = operation
    schemas = doc["components"].setdefault("schemas", {})
    for name, schema in legacy.get("components", {}).get("schemas", {}).items():
        schemas.setdefault(name, copy.deepcopy(schema))


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any]) -> None:
    """Attach the project's own one-line descriptions, keyed by operationId."""
    descriptions = overlay.get("descriptions", {})
    known = {op.get("operationId") for _, _, op in openapi_io.operations(doc)}
    unknown = sorted(set(descriptions) - known)
    if unknown:  # an older upstream document, or Kalshi removed them: spec-diff tells which
        print(
            f"note: overlay describes operations not in this document: {', '.join(unknown)}",
            file=sys.stderr,
        )
    for _, _, operation in openapi_io.operations(doc):
        text = descriptions.get(operation.get("operationId"))
        if text:
            operation["description"] = text


DEPRECATED_PREFIX = "Deprecated."


def mark_deprecated(doc: dict[str, Any]) -> None:
    """Deprecated operations say so first in their description: the generator's templates see
    descriptions but not the `deprecated` flag, and mark such operations from this."""
    for _, _, operation in openapi_io.operations(doc):
        if not operation.get("deprecated"):
            continue
        text = str(operation.get("description") or "")
        replacement = operation.get("x-replaced-by")
        if not text and replacement:
            text = f"Use {replacement}."
        if not text.startswith(DEPRECATED_PREFIX):
            operation["description"] = f"{DEPRECATED_PREFIX} {text}".strip()


# --------------------------------------------------------------------------- normalising


def walk_schemas(schema: Any) -> Iterator[dict[str, Any]]:
    """Every schema object nested in `schema` (itself included), not following $ref."""
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("items", "additionalProperties", "not"):
        yield from walk_schemas(schema.get(key))
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key) or []:
            yield from walk_schemas(member)
    for prop in (schema.get("properties") or {}).values():
        yield from walk_schemas(prop)


def fix_ref_siblings(schema: dict[str, Any]) -> None:
    """`nullable` beside `$ref` is ignored by OpenAPI 3.0 tools: rewrite as allOf + nullable.

    Other siblings of a `$ref` (a stray `type`, say) are dropped: the reference decides.
    """
    for parent in list(walk_schemas(schema)):
        for container in _child_slots(parent):
            holder, key = container
            child = holder[key]
            if not isinstance(child, dict) or "$ref" not in child or len(child) == 1:
                continue
            kept = {
                k: child[k] for k in ("nullable", "deprecated", "default", "readOnly") if k in child
            }
            ref = {"$ref": child["$ref"]}
            holder[key] = {"allOf": [ref], **kept} if kept else ref


def _child_slots(schema: dict[str, Any]) -> Iterator[tuple[Any, Any]]:
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield schema, key
    for key in ("allOf", "oneOf", "anyOf"):
        for index, _ in enumerate(schema.get(key) or []):
            yield schema[key], index
    props = schema.get("properties") or {}
    for name in props:
        yield props, name


def fix_arrays(schema: dict[str, Any]) -> None:
    """An array without `items` makes the generator drop the model: accept any item."""
    for node in walk_schemas(schema):
        if node.get("type") == "array" and "items" not in node:
            node["items"] = {}


def refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref[len(SCHEMA_REF) :]
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs_in(item)


def closure(start: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(refs_in(schemas[name]))
    return seen


def response_bodies(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The JSON schema of every success response, inline or via components.responses."""
    shared = doc["components"].get("responses", {})
    for _, _, operation in openapi_io.operations(doc):
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            if "$ref" in response:
                response = shared[response["$ref"].rsplit("/", 1)[-1]]
            schema = (response.get("content") or {}).get("application/json", {}).get("schema")
            if isinstance(schema, dict):
                yield schema


def request_bodies(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for _, _, operation in openapi_io.operations(doc):
        body = operation.get("requestBody") or {}
        schema = (body.get("content") or {}).get("application/json", {}).get("schema")
        if isinstance(schema, dict):
            yield schema


def loosen_for_responses(schema: dict[str, Any]) -> None:
    """What real responses need: no field is required, and any array may be null (Go nil slices).

    A general rule instead of a hand list of the fields servers were seen to omit: the server is
    the authority on what it sends; the client must not lose a whole page over one missing key.
    """
    for node in walk_schemas(schema):
        node.pop("required", None)
        if node.get("type") == "array":
            node["nullable"] = True


def tidy_responses(doc: dict[str, Any]) -> None:
    """Keep the success responses; record the declared error statuses as `x-error-statuses`.

    Error bodies are parsed once, by the hand-written layer, with `ErrorResponse` (below), so the
    generated functions return just the success model instead of a union with `Any`.
    """
    for _, _, operation in openapi_io.operations(doc):
        responses = operation.get("responses") or {}
        errors = sorted(int(status) for status in responses if not str(status).startswith("2"))
        for status in list(responses):
            if str(status).startswith("2"):
                responses[status]["description"] = f"HTTP {status}"
            else:
                del responses[status]
        if errors:
            operation["x-error-statuses"] = errors
    doc["components"].pop("responses", None)


def describe_errors(schemas: dict[str, Any]) -> None:
    """Kalshi sends three error shapes; one schema reads all of them.

    flat ``{"code", "message", "details"}``, wrapped ``{"error": {...}}`` and ``{"error": "text"}``.
    """
    detail = {
        "type": "object",
        "properties": {
            "code": {"type": "string"},
            "message": {"type": "string"},
            "details": {"type": "string"},
            "service": {"type": "string"},
        },
    }
    schemas["ErrorDetail"] = detail
    envelope: dict[str, Any] = copy.deepcopy(detail)
    envelope["properties"]["error"] = {
        "oneOf": [{"$ref": SCHEMA_REF + "ErrorDetail"}, {"type": "string"}]
    }
    schemas["ErrorResponse"] = envelope


def name_inline_items(schemas: dict[str, Any]) -> None:
    """Give inline object items of arrays a component name (`<Schema><Property>Item`).

    Otherwise the generator invents names that change with unrelated edits (``..._type_0_item``).
    """
    todo = list(schemas)
    while todo:
        parent = todo.pop(0)
        for prop, spec in (schemas[parent].get("properties") or {}).items():
            items = spec.get("items") if isinstance(spec, dict) else None
            if isinstance(items, dict) and "$ref" not in items and "properties" in items:
                name = parent + "".join(part.title() for part in prop.split("_")) + "Item"
                if name in schemas:
                    raise SystemExit(f"cannot name inline items {parent}.{prop}: {name} exists")
                schemas[name] = items
                spec["items"] = {"$ref": SCHEMA_REF + name}
                todo.append(name)


def normalise(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    name_inline_items(schemas)
    for schema in schemas.values():
        fix_ref_siblings({"properties": {"_": schema}})
        fix_arrays(schema)
    for _, _, operation in openapi_io.operations(doc):
        for parameter in operation.get("parameters") or []:
            if isinstance(parameter.get("schema"), dict):
                fix_ref_siblings({"properties": {"_": parameter["schema"]}})
    for schema in list(response_bodies(doc)) + list(request_bodies(doc)):
        fix_ref_siblings({"properties": {"_": schema}})
        fix_arrays(schema)

    describe_errors(schemas)
    requests = closure(set().union(*(set(refs_in(s)) for s in request_bodies(doc))), schemas)
    # Every schema no request body uses is read from the server (orphans too: they exist to
    # parse recorded legacy traffic), so it gets the response rules.
    for name, schema in schemas.items():
        if name not in requests:
            loosen_for_responses(schema)
    for schema in response_bodies(doc):
        if "$ref" not in schema:
            loosen_for_responses(schema)
    tidy_responses(doc)


# --------------------------------------------------------------------------- main


COST_NOTE = re.compile(r"\*\*Rate limit:\*\*\s*(\d+) tokens per (request|order in the batch)")


def token_costs(doc: dict[str, Any]) -> dict[str, dict[str, int]]:
    """operationId -> {"x-token-cost": n} or {"x-token-cost-per-item": n}, read from the
    upstream notes ("**Rate limit:** 2 tokens per request"): the facts stay, the prose goes."""
    found = {}
    for _, _, operation in openapi_io.operations(doc):
        match = COST_NOTE.search(str(operation.get("x-mint", "")))
        if match:
            key = "x-token-cost" if match.group(2) == "request" else "x-token-cost-per-item"
            found[str(operation.get("operationId"))] = {key: int(match.group(1))}
    return found


# Integer amounts that upstream says are cents (or centi-cents). The unit becomes the
# property's whole description, which the model template reads to offer them in dollars.
CENTI_CENTS = re.compile(r"centi-?cents", re.IGNORECASE)
CENTS = re.compile(r"\bin cents\b", re.IGNORECASE)
UNIT_CENTS = "Unit: cents."
UNIT_CENTI_CENTS = "Unit: centi-cents."


def integer_units(doc: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(schema, property) -> unit description, for integer properties of component schemas."""
    found = {}
    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        for prop, spec in (schema.get("properties") or {}).items():
            if not isinstance(spec, dict) or spec.get("type") != "integer":
                continue
            text = str(spec.get("description") or "")
            if CENTI_CENTS.search(text) or prop.endswith("_centi_cents"):
                found[(name, prop)] = UNIT_CENTI_CENTS
            elif CENTS.search(text) or prop.endswith("_cents"):
                found[(name, prop)] = UNIT_CENTS
    return found


def apply_units(doc: dict[str, Any], units: dict[tuple[str, str], str]) -> None:
    schemas = doc["components"]["schemas"]
    for (name, prop), unit in units.items():
        spec = (schemas.get(name) or {}).get("properties", {}).get(prop)
        if isinstance(spec, dict):
            spec["description"] = unit


def apply_costs(doc: dict[str, Any], costs: dict[str, dict[str, int]]) -> None:
    for _, _, operation in openapi_io.operations(doc):
        operation.update(costs.get(str(operation.get("operationId")), {}))


def build(
    upstream: dict[str, Any], legacy: dict[str, Any], overlay: dict[str, Any]
) -> dict[str, Any]:
    version = str(upstream.get("info", {}).get("version", "unknown"))
    costs = token_costs(upstream)
    units = integer_units(upstream)
    doc: dict[str, Any] = strip_prose(upstream)
    doc.setdefault("components", {}).setdefault("schemas", {})
    merge_legacy(doc, legacy)  # our own file: already facts only, and keeps x-replaced-by
    normalise(doc)
    apply_costs(doc, costs)
    apply_units(doc, units)
    apply_overlay(doc, overlay)
    mark_deprecated(doc)
    doc["info"] = {
        "title": "Kalshi Trade API v2 (kalshi project description)",
        "version": version,
        "x-upstream-version": version,
    }
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", help="path or URL of Kalshi's OpenAPI document")
    parser.add_argument("out", help="where to write the project's description")
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--legacy", default=str(root / "openapi" / "legacy.yaml"))
    parser.add_argument("--overlay", default=str(root / "openapi" / "overlay.yaml"))
    args = parser.parse_args(argv)

    doc = build(
        openapi_io.load(args.upstream), openapi_io.load(args.legacy), openapi_io.load(args.overlay)
    )
    Path(args.out).write_text(openapi_io.dump(doc), encoding="utf-8")
    count = len(openapi_io.operations(doc))
    print(f"wrote {args.out}: upstream {doc['info']['version']}, {count} operations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
