"""Reading and writing OpenAPI documents the same way in every script.

Kalshi's 3.7.0 document has unquoted ``yes:``/``no:`` property keys; a YAML 1.1 loader would turn
them into booleans, so only ``true``/``false`` are read as booleans here (the YAML 1.2 rule).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml


class _Yaml12Loader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false, as in YAML 1.2."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def load_text(text: str) -> dict[str, Any]:
    doc = yaml.load(text, Loader=_Yaml12Loader)
    if not isinstance(doc, dict):
        raise SystemExit("not an OpenAPI document: the top level is not a mapping")
    return doc


def load(source: str) -> dict[str, Any]:
    """Load a document from a path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        import httpx

        try:
            response = httpx.get(source, timeout=60, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as error:
            raise SystemExit(f"could not fetch {source}: {error}") from None
        return load_text(response.text)
    path = Path(source)
    if not path.is_file():
        raise SystemExit(f"no such file: {source}")
    return load_text(path.read_text(encoding="utf-8"))


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases: stable, diff-friendly output."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(doc: dict[str, Any]) -> str:
    return yaml.dump(
        doc,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1000,
        default_flow_style=False,
    )


HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation, in document order."""
    found = []
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method, path, item[method]))
    return found
