"""Write generated/kalshi_api/operations.py: facts about every operation that the generator drops.

Usage: python scripts/operation_index.py SPEC OUT

The hand-written layer reads this index instead of keeping lists of endpoints: which generated
module implements an operation, whether it is authenticated, retired (and by what), how it
paginates (page-size parameter and maximum, cursor parameter and field, item arrays).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case

sys.path.insert(0, str(Path(__file__).resolve().parent))
import openapi_io

HEADER = '''"""Facts about every operation in openapi/kalshi.yaml (scripts/operation_index.py)."""

from typing import NamedTuple


class Page(NamedTuple):
    """How a cursor-paginated operation pages (model names are those of kalshi_api.models)."""

    size_param: str | None
    max_size: int | None
    cursor_param: str
    cursor_field: str
    item_fields: tuple[str, ...]
    item_models: tuple[str | None, ...]
    response_model: str


class Operation(NamedTuple):
    operation_id: str
    method: str
    path: str
    module: str
    authenticated: bool
    deprecated: bool
    replaced_by: str | None
    page: Page | None
    error_statuses: tuple[int, ...]
    token_cost: int | None  # tokens a request costs, when not the default
    token_cost_per_item: int | None  # tokens per item of a batch request
    idempotency_key: str | None  # a create (201) whose body, or each item, carries this key


'''


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = str(node["$ref"]).lstrip("#/").split("/")
        target: Any = doc
        for part in parts:
            target = target[part]
        node = target
    return node


def success_ref(operation: dict[str, Any]) -> dict[str, Any] | None:
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2"):
            schema = (response.get("content") or {}).get("application/json", {}).get("schema")
            if schema:
                return dict(schema)
    return None


def success_schema(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    ref = success_ref(operation)
    return resolve(doc, ref) if ref else None


def ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


PageFacts = tuple[str | None, int | None, str, str, tuple[str, ...], tuple[str | None, ...], str]


def page_of(doc: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """The `Page(...)` entry of a cursor-paginated operation, as source text."""
    facts = page_facts(doc, operation)
    return None if facts is None else f"Page{facts!r}"


def page_facts(doc: dict[str, Any], operation: dict[str, Any]) -> PageFacts | None:
    """(size param, max size, cursor param, cursor field, item fields, item models, response
    model) of a cursor-paginated operation, or None."""
    params = [resolve(doc, p) for p in operation.get("parameters") or []]
    query = {p["name"]: p for p in params if p.get("in") == "query"}
    if "cursor" not in query:
        return None
    schema = success_schema(doc, operation) or {}
    props = schema.get("properties") or {}
    cursor_fields = [name for name in props if name.endswith("cursor")]
    items = tuple(name for name, spec in props.items() if resolve(doc, spec).get("type") == "array")
    if len(cursor_fields) != 1 or not items:
        raise SystemExit(f"{operation['operationId']}: cannot tell its cursor field and items")
    models = tuple(ref_name(resolve(doc, props[name]).get("items") or {}) for name in items)
    response_model = ref_name(success_ref(operation) or {})
    if response_model is None:
        raise SystemExit(f"{operation['operationId']}: a page without a response model")
    size_param = next((n for n in ("limit", "page_size") if n in query), None)
    maximum = None
    if size_param:
        maximum = resolve(doc, query[size_param].get("schema", {})).get("maximum")
    return (
        size_param,
        int(maximum) if maximum is not None else None,
        "cursor",
        str(cursor_fields[0]),
        tuple(str(name) for name in items),
        models,
        response_model,
    )


IDEMPOTENCY_KEY = "client_order_id"


def idempotency_key(doc: dict[str, Any], method: str, operation: dict[str, Any]) -> str | None:
    """`client_order_id` for a POST that creates (201) and whose body, or each item of its
    one array, carries one: sending it twice cannot create twice, so it may be retried."""
    responses = operation.get("responses") or {}
    body = (operation.get("requestBody") or {}).get("content", {}).get("application/json", {})
    if method != "post" or "201" not in {str(k) for k in responses} or "schema" not in body:
        return None
    schema = resolve(doc, body["schema"])
    props = schema.get("properties") or {}
    if IDEMPOTENCY_KEY in props:
        return IDEMPOTENCY_KEY
    arrays = [resolve(doc, p) for p in props.values() if resolve(doc, p).get("type") == "array"]
    if len(arrays) == 1:
        item = resolve(doc, arrays[0].get("items") or {})
        if IDEMPOTENCY_KEY in (item.get("properties") or {}):
            return IDEMPOTENCY_KEY
    return None


def module_of(method: str, path: str, operation: dict[str, Any]) -> str:
    tag = (operation.get("tags") or ["default"])[0]
    return f"{PythonIdentifier(tag, '')}.{PythonIdentifier(operation['operationId'], '')}"


RESOURCES_HEADER = '''"""`client.<tag>`: the operations of every tag (scripts/operation_index.py).

Each property gives that tag's operations as methods (the classes of `kalshi_api.api.<tag>`),
built on first use so that a client only imports the tags it calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .client import AuthenticatedClient

if TYPE_CHECKING:
    from kalshi._pagination import AsyncPaginator, Paginator

'''


PAGINATE_OPTIONS = (
    "page_size: int | None = None, cursor: str | None = None, max_items: int | None = None, "
    "lazy: bool = True, **params: Any"
)


Paged = tuple[str, tuple[str, ...], tuple[str | None, ...]]


def paging_models(doc: dict[str, Any]) -> list[Paged]:
    """(response model, item fields, item models) of every cursor-paginated response, once."""
    found: dict[str, Paged] = {}
    for _, _, operation in openapi_io.operations(doc):
        facts = page_facts(doc, operation)
        if facts is not None:
            found.setdefault(facts[6], (facts[6], facts[4], facts[5]))
    return [found[name] for name in sorted(found)]


def paginate_overloads(flavour: str, pages: list[Paged]) -> list[str]:
    """`paginate` typed per paginated response: the item model of its list is the item type."""
    paginator = f"{flavour}Paginator"
    lines: list[str] = []
    for response_model, fields, models in pages:
        returns = f"Awaitable[{response_model}]" if flavour else response_model
        for field, model in zip(fields, models, strict=True):
            item = model or "Any"
            field_type = f'Literal["{field}"]' if len(fields) > 1 else f'Literal["{field}"] | None'
            default = "" if len(fields) > 1 else " = None"
            lines += [
                "",
                "    @overload",
                f"    def paginate(self, operation: Callable[..., {returns}], *, "
                f"item_field: {field_type}{default}, {PAGINATE_OPTIONS}) "
                f"-> {paginator}[{item}]: ...",
            ]
    lines += [
        "",
        "    @overload",
        f"    def paginate(self, operation: Any, *, item_field: str | None = None, "
        f"{PAGINATE_OPTIONS}) -> {paginator}[Any]: ...",
        "",
        "    def paginate(self, operation: Any, **options: Any) -> Any:",
        '        """Every item of a cursor-paginated operation (`client.orders.get_orders`, or',
        "        a function or module of kalshi_api.api), lazily: typed by its item model.",
        "",
        "        item_field chooses the list of a response that has several; page_size defaults",
        "        to the operation's maximum; cursor resumes; max_items stops; params go to the",
        "        operation. Items are parsed lazily: each field is checked when first read",
        "        (`kalshi.MalformedField` if it does not match); lazy=False checks them all as",
        '        each page arrives."""',
        "        return self._paginator(operation, **options)",
        "",
        "    def _paginator(self, operation: Any, **options: Any) -> Any:",
        "        raise NotImplementedError  # kalshi.KalshiClient / AsyncKalshiClient provide it",
    ]
    return lines


def resources(tags: list[str], pages: list[Paged]) -> str:
    """kalshi_api/resources.py: a sync and an async mixin, a property per tag, and `paginate`."""
    lines = [RESOURCES_HEADER.rstrip("\n")]
    for tag in tags:
        cls = pascal_case(tag)
        lines.append(f"    from .api.{tag} import Async{cls}Api, {cls}Api")
    names = sorted({name for response, _, models in pages for name in (response, *models) if name})
    lines.append(f"    from .models import {', '.join(names)}")
    for flavour in ("", "Async"):
        lines += ["", "", f"class {flavour}Resources(AuthenticatedClient):"]
        lines.append(f'    """Every tag\'s operations as {flavour.lower() or "sync"} methods."""')
        for tag in tags:
            cls = f"{flavour}{pascal_case(tag)}Api"
            lines += [
                "",
                "    @cached_property",
                f"    def {tag}(self) -> {cls}:",
                f"        from .api.{tag} import {cls}",
                "",
                f"        return {cls}(self)",
            ]
        lines += paginate_overloads(flavour, pages)
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    spec, out = argv
    doc = openapi_io.load(spec)
    tags = sorted({module_of(m, p, op).split(".")[0] for m, p, op in openapi_io.operations(doc)})
    source = resources(tags, paging_models(doc))
    Path(out).with_name("resources.py").write_text(source, encoding="utf-8")
    lines = [HEADER, "OPERATIONS: dict[str, Operation] = {"]
    for method, path, operation in sorted(
        openapi_io.operations(doc), key=lambda item: item[2]["operationId"]
    ):
        op_id = operation["operationId"]
        lines.append(
            f"    {op_id!r}: Operation({op_id!r}, {method.upper()!r}, {path!r}, "
            f"{module_of(method, path, operation)!r}, {bool(operation.get('security'))!r}, "
            f"{bool(operation.get('deprecated'))!r}, {operation.get('x-replaced-by')!r}, "
            f"{page_of(doc, operation)}, {tuple(operation.get('x-error-statuses') or ())!r}, "
            f"{operation.get('x-token-cost')!r}, {operation.get('x-token-cost-per-item')!r}, "
            f"{idempotency_key(doc, method, operation)!r}),"
        )
    lines.append("}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
