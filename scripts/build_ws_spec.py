"""Derive the project's description of Kalshi's WebSocket API (openapi/kalshi-ws.yaml).

Usage: python scripts/build_ws_spec.py UPSTREAM OUT

UPSTREAM is Kalshi's AsyncAPI 3 document (path or URL). OUT is an OpenAPI 3.0 document that
openapi-python-client turns into models: its `components.schemas` are the payloads of every
command and message, and `x-` extensions at the top level index them:

* `x-servers`: environment -> WebSocket URL;
* `x-channels`: channel -> the schemas of its messages, and whether they carry `seq`;
* `x-messages`: wire `type` -> the schemas that may carry it, most specific first, each with
  what tells it apart (`msg` is a list, `msg` has keys, `msg` fields with fixed values);
* `x-commands`: command (`cmd`) -> its schemas, and the update actions they accept;
* `x-responses`: the wire types that answer commands (the rest are channel messages);
* `x-error-codes` (code -> name) and `x-terminal-error-codes` (subscription must be made again).

Same input, same bytes out. Normalised as openapi/kalshi.yaml is (scripts/build_spec.py): facts
only (descriptions, examples and titles go), `const` becomes a one-value enum, `format: uuid`
is dropped (ids stay strings: one malformed id must not make every delta of a book fail to
parse, which would re-sync it forever), JSON Schema's
`type: [T, "null"]` becomes `nullable`, `nullable` beside `$ref` becomes `allOf` + `nullable`,
inline objects get stable component names, and every schema the server sends is loosened: no
field is required and any array may be null. Command payloads keep their required fields.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_spec
import openapi_io

REF = build_spec.SCHEMA_REF
# Channels that are not data channels: the command/response channel and ping/pong frames.
CONTROL_CHANNELS = {"root", "control_frames"}


# --------------------------------------------------------------------------- names


def component_name(name: str) -> str:
    """`orderbookDeltaPayload` -> `OrderbookDelta`: the payload of a message is the message."""
    if name.endswith("Payload"):
        name = name[: -len("Payload")]
    return name[:1].upper() + name[1:]


def rename_refs(node: Any, names: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(REF):
                out[key] = REF + names[value[len(REF) :]]
            else:
                out[key] = rename_refs(value, names)
        return out
    if isinstance(node, list):
        return [rename_refs(item, names) for item in node]
    return node


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def hoist_inline_objects(schemas: dict[str, Any]) -> None:
    """Every inline object (a property, or the items of an array property) becomes a component
    named after where it sits (`OrderbookDeltaMsg`, `ListSubscriptionsResponseMsgItem`), so the
    generated class names are stable and readable."""
    todo = list(schemas)
    while todo:
        parent = todo.pop(0)
        for prop, spec in list((schemas[parent].get("properties") or {}).items()):
            if not isinstance(spec, dict):
                continue
            slot, holder, suffix = None, None, ""
            if spec.get("type") == "object" and "properties" in spec:
                slot, holder = prop, schemas[parent]["properties"]
            elif isinstance(spec.get("items"), dict) and "properties" in spec["items"]:
                slot, holder, suffix = "items", spec, "Item"
            if holder is None or slot is None:
                continue
            name = parent + camel(prop) + suffix
            if name in schemas:
                raise SystemExit(f"cannot name inline object {parent}.{prop}: {name} exists")
            schemas[name] = holder[slot]
            holder[slot] = {"$ref": REF + name}
            todo.append(name)


# --------------------------------------------------------------------------- JSON Schema -> 3.0


def to_openapi_30(node: Any) -> Any:
    """The JSON Schema spellings AsyncAPI 3 allows, in the OpenAPI 3.0 dialect the generator reads:
    `const: v` -> `enum: [v]`; `type: [T, "null"]` -> `type: T, nullable: true`; a `null` enum
    member -> `nullable: true`."""
    if isinstance(node, list):
        return [to_openapi_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: to_openapi_30(value) for key, value in node.items()}
    if "const" in out:
        out["enum"] = [out.pop("const")]
    kind = out.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        if len(kinds) != 1:
            raise SystemExit(f"cannot express type {kind!r} in OpenAPI 3.0")
        out["type"] = kinds[0]
        if "null" in kind:
            out["nullable"] = True
    if out.get("format") == "uuid":
        del out["format"]  # an id that is not a UUID must not make a whole book unreadable
    if isinstance(out.get("enum"), list) and None in out["enum"]:
        out["enum"] = [value for value in out["enum"] if value is not None]
        out["nullable"] = True
    return out


# --------------------------------------------------------------------------- facts


def payload_schema(message: dict[str, Any]) -> str | None:
    ref = (message.get("payload") or {}).get("$ref")
    return str(ref)[len(REF) :] if isinstance(ref, str) and ref.startswith(REF) else None


def resolve_message(doc: dict[str, Any], node: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A channel's message entry (a $ref to components.messages) -> (component key, message)."""
    ref = str(node.get("$ref", ""))
    key = ref.rsplit("/", 1)[-1]
    return key, doc["components"]["messages"][key]


def fixed_type(schema: dict[str, Any]) -> str | None:
    """The value of the payload's `type` field, when the document fixes it (`const`/one enum)."""
    spec = (schema.get("properties") or {}).get("type") or {}
    if "const" in spec:
        return str(spec["const"])
    if isinstance(spec.get("enum"), list) and len(spec["enum"]) == 1:
        return str(spec["enum"][0])
    return None


def msg_signature(schemas: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """What tells this payload apart from others with the same `type`, read from the upstream
    (unloosened) schema: whether `msg` is a list, which keys it requires, which fields it fixes."""
    msg = (schema.get("properties") or {}).get("msg")
    if not isinstance(msg, dict):
        return {}
    if "$ref" in msg:
        msg = schemas[str(msg["$ref"])[len(REF) :]]
    if msg.get("type") == "array":
        return {"msg": "array"}
    found: dict[str, Any] = {}
    fixed = {
        name: spec["const"]
        for name, spec in (msg.get("properties") or {}).items()
        if isinstance(spec, dict) and "const" in spec
    }
    if fixed:
        found["fixed"] = fixed
    if msg.get("required"):
        found["requires"] = sorted(str(name) for name in msg["required"] if name not in fixed)
    return found


def specificity(entry: dict[str, Any]) -> tuple[int, int, str]:
    return (
        -(2 * len(entry.get("fixed", {})) + ("msg" in entry) * 2 + len(entry.get("requires", []))),
        0,
        entry["schema"],
    )


TERMINAL_TABLE = re.compile(r"#+\s*Terminal Errors\s*\n(?P<body>(?:.*\n)*?)(?:\n#|\Z)", re.I)
TABLE_ROW = re.compile(r"^\|\s*(\d+)\s*\|", re.M)


def terminal_codes(info_text: str) -> list[int]:
    """The codes of the document's "Terminal Errors" table (facts kept, prose dropped)."""
    match = TERMINAL_TABLE.search(info_text + "\n")
    if not match:
        return []
    return sorted(int(code) for code in TABLE_ROW.findall(match.group("body")))


def error_codes(doc: dict[str, Any]) -> dict[int, str]:
    found = {}
    for entry in (doc.get("x-error-codes") or {}).get("codes") or []:
        found[int(entry["code"])] = build_spec.repair_mojibake(str(entry["name"]))
    return dict(sorted(found.items()))


def server_urls(doc: dict[str, Any]) -> dict[str, str]:
    found = {}
    for name, server in (doc.get("servers") or {}).items():
        found[str(name)] = f"{server['protocol']}://{server['host']}{server.get('pathname', '')}"
    return found


# --------------------------------------------------------------------------- build


def build(upstream: dict[str, Any]) -> dict[str, Any]:
    version = str(upstream.get("info", {}).get("version", "unknown"))
    upstream_schemas = upstream["components"]["schemas"]
    names = {name: component_name(name) for name in upstream_schemas}
    if len(set(names.values())) != len(names):
        raise SystemExit("two upstream schemas map to the same component name")

    # Which schemas the client sends: the payloads of the messages on the command channel
    # whose payload has a `cmd` field.
    commands: dict[str, dict[str, Any]] = {}
    incoming: dict[str, list[dict[str, Any]]] = {}
    root = upstream["channels"].get("root", {})
    for entry in (root.get("messages") or {}).values():
        _, message = resolve_message(upstream, entry)
        schema_name = payload_schema(message)
        if schema_name is None:
            continue
        schema = upstream_schemas[schema_name]
        cmd_spec = (schema.get("properties") or {}).get("cmd")
        if cmd_spec:
            cmd = str(cmd_spec.get("const", (cmd_spec.get("enum") or [message["name"]])[0]))
            command = commands.setdefault(cmd, {"schemas": [], "actions": {}})
            if names[schema_name] not in command["schemas"]:
                command["schemas"].append(names[schema_name])
            params = (schema.get("properties") or {}).get("params") or {}
            action = (params.get("properties") or {}).get("action") or {}
            if action.get("enum"):
                command["actions"][names[schema_name]] = [str(a) for a in action["enum"]]

    channels: dict[str, dict[str, Any]] = {}
    responses: set[str] = set()
    seen_incoming: set[tuple[str, str]] = set()
    for channel_name, channel in upstream["channels"].items():
        if channel_name == "control_frames":
            continue
        entries = []
        for entry in (channel.get("messages") or {}).values():
            _, message = resolve_message(upstream, entry)
            schema_name = payload_schema(message)
            if schema_name is None or names[schema_name] in {
                s for c in commands.values() for s in c["schemas"]
            }:
                continue
            schema = upstream_schemas[schema_name]
            wire_types = [t for t in (fixed_type(schema), str(message.get("name"))) if t]
            for wire_type in dict.fromkeys(wire_types):
                if (wire_type, schema_name) in seen_incoming:
                    continue
                seen_incoming.add((wire_type, schema_name))
                variant = {"schema": names[schema_name], **msg_signature(upstream_schemas, schema)}
                incoming.setdefault(wire_type, []).append(variant)
                if channel_name == "root":
                    responses.add(wire_type)
            entries.append((names[schema_name], schema))
        if channel_name in CONTROL_CHANNELS or not entries:
            continue
        channels[channel.get("address", channel_name)] = {
            "messages": [name for name, _ in entries],
            "sequenced": all("seq" in (schema.get("required") or []) for _, schema in entries),
        }
    for wire_type, variants in incoming.items():
        variants.sort(key=specificity)
        # The least specific variant is what anything else parses as; a lone one needs no test.
        incoming[wire_type] = [*variants[:-1], {"schema": variants[-1]["schema"]}]

    schemas = {names[name]: schema for name, schema in upstream_schemas.items()}
    schemas = rename_refs(build_spec.strip_prose({"properties": schemas}, False), names)
    schemas = to_openapi_30(schemas["properties"])
    command_roots = {s for c in commands.values() for s in c["schemas"]}
    hoist_inline_objects(schemas)
    for schema in schemas.values():
        build_spec.fix_ref_siblings({"properties": {"_": schema}})
        build_spec.fix_arrays(schema)
    sent = build_spec.closure(command_roots, schemas)
    for name, schema in schemas.items():
        if name not in sent:
            build_spec.loosen_for_responses(schema)

    info_text = str(upstream.get("info", {}).get("description", ""))
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Kalshi Trade API v2 WebSocket (kalshi project description)",
            "version": version,
            "x-upstream-version": version,
        },
        "paths": {},
        "components": {"schemas": schemas},
        "x-servers": server_urls(upstream),
        "x-channels": channels,
        "x-messages": dict(sorted(incoming.items())),
        "x-commands": commands,
        "x-responses": sorted(responses),
        "x-error-codes": error_codes(upstream),
        "x-terminal-error-codes": terminal_codes(info_text),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream", help="path or URL of Kalshi's AsyncAPI document")
    parser.add_argument("out", help="where to write the project's description")
    args = parser.parse_args(argv)
    upstream = openapi_io.load(args.upstream)
    if "asyncapi" not in upstream:
        raise SystemExit(f"{args.upstream} is not an AsyncAPI document")
    doc = build(copy.deepcopy(upstream))
    Path(args.out).write_text(openapi_io.dump(doc), encoding="utf-8")
    print(
        f"wrote {args.out}: upstream {doc['info']['version']}, {len(doc['x-channels'])} channels, "
        f"{len(doc['components']['schemas'])} schemas"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
