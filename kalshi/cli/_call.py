"""`kalshi call OPERATION`: any operation of the spec, its options read from the generated code.

Nothing here names an endpoint. The operation index (`kalshi_api.operations`) says what exists,
its method, path, authentication and paging; each generated function's signature says its
parameters and their types; its docstring gives the help text. A new operation in the spec is
callable here after `make generate`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import enum
import importlib
import inspect
import json
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._app import Context, Formatter, UsageError, add_command, add_common, positive_int
from ._output import dumps, loads_exact

if TYPE_CHECKING:
    from kalshi_api.operations import Operation

# Options of `call` itself; an operation parameter of the same name is given with a trailing
# underscore instead (none clashes today).
OWN_OPTIONS = {"body", "limit", "page_size", "cursor", "items", "once"}


def _operations() -> dict[str, Operation]:
    from kalshi_api.operations import OPERATIONS

    return OPERATIONS


def resolve(name: str) -> Operation:
    """An operation by its operationId (any case) or its module name (`get_orders`)."""
    operations = _operations()
    if name in operations:
        return operations[name]
    folded = name.lower().replace("-", "_")
    for op in operations.values():
        if folded in (op.operation_id.lower(), op.module.split(".")[-1], op.module):
            return op
    close = difflib.get_close_matches(name, list(operations), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise UsageError(f"no operation {name!r}{hint} (kalshi call --help lists them)")


def catalogue() -> str:
    """Every operation, grouped by tag: the epilog of `kalshi call --help`."""
    by_tag: dict[str, list[Operation]] = {}
    for op in _operations().values():
        by_tag.setdefault(op.module.split(".")[0], []).append(op)
    width = max(len(op.operation_id) for op in _operations().values())
    lines = ["operations (deprecated ones marked *; paginated ones follow cursors):"]
    for tag in sorted(by_tag):
        lines.append(f"  {tag}:")
        for op in sorted(by_tag[tag], key=lambda op: op.operation_id):
            mark = "*" if op.deprecated else " "
            paged = " (paginated)" if op.page else ""
            lines.append(f"   {mark}{op.operation_id.ljust(width)}  {op.method} {op.path}{paged}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Param:
    """One parameter of a generated function, as an option of the command line."""

    name: str  # the Python name (`from_`)
    option: str  # the option (`--from`)
    kind: Any  # the type, without Unset / None
    required: bool
    default: Any
    positional: bool  # a path parameter

    @property
    def is_list(self) -> bool:
        return typing.get_origin(self.kind) is list


def _strip_unset(annotation: Any) -> Any:
    from kalshi_api.types import Unset

    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return kept[0] if len(kept) == 1 else typing.Union[tuple(kept)]  # noqa: UP007
    return annotation


def parameters(function: Callable[..., Any]) -> list[Param]:
    """The parameters of a generated `sync_detailed`, except `client` and `body`."""
    found = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name in ("client", "body"):
            continue
        option = name.rstrip("_") if name.endswith("_") else name
        if option in OWN_OPTIONS:
            option += "_"
        has_default = parameter.default is not inspect.Parameter.empty
        found.append(
            Param(
                name=name,
                option="--" + option.replace("_", "-"),
                kind=_strip_unset(parameter.annotation),
                required=not has_default,
                default=parameter.default if has_default else None,
                positional=parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
            )
        )
    return found


def _converter(kind: Any) -> tuple[Callable[[str], Any], str]:
    """(string -> value, metavar) for one parameter type."""
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        members = {str(member.value): member for member in kind}

        def member(value: str) -> Any:
            if value not in members:
                allowed = ", ".join(members)
                raise argparse.ArgumentTypeError(f"{value!r} is not one of {allowed}")
            return members[value]

        return member, "|".join(members)
    if kind is bool:
        return _boolean, "true|false"
    if kind is int:
        return _integer, "INT"
    if kind is float:
        return _number, "NUMBER"
    if kind is dt.datetime:
        return _datetime, "ISO-TIME"
    if typing.get_origin(kind) is list:
        return _converter(typing.get_args(kind)[0])
    return str, "TEXT"


def _boolean(value: str) -> bool:
    folded = value.lower()
    if folded in ("true", "1", "yes"):
        return True
    if folded in ("false", "0", "no"):
        return False
    raise argparse.ArgumentTypeError(f"{value!r} is not true or false")


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


def _number(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None


def _datetime(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO 8601 time") from None


def _body_model(function: Callable[..., Any]) -> tuple[Any, bool] | None:
    """(request model, required) of a generated function, or None when it takes no body."""
    parameter = inspect.signature(function).parameters.get("body")
    if parameter is None:
        return None
    return _strip_unset(parameter.annotation), parameter.default is inspect.Parameter.empty


def _summary(module: Any) -> tuple[str, str]:
    """(title, description) from a generated function's docstring."""
    lines = (module.sync_detailed.__doc__ or "").strip().splitlines()
    title = lines[0].strip() if lines else ""
    prose = []
    for line in lines[1:]:
        if line.strip() in ("Args:", "Raises:", "Returns:"):
            break
        prose.append(line.strip())
    return title, " ".join(part for part in prose if part)


# --------------------------------------------------------------------------- the parser


def operation_parser(op: Operation, module: Any) -> tuple[argparse.ArgumentParser, list[Param]]:
    """The parser of one operation: its parameters as options, plus body and paging options."""
    title, description = _summary(module)
    facts = [f"{op.method} {op.path}", "authenticated" if op.authenticated else "public"]
    if op.token_cost or op.token_cost_per_item:
        cost = op.token_cost_per_item or op.token_cost
        facts.append(f"{cost} tokens{' per item' if op.token_cost_per_item else ''}")
    head = f"{op.operation_id}: {title}" + (f"\n{description}" if description else "")
    if op.deprecated:
        head += "\nDeprecated" + (f": use {op.replaced_by}." if op.replaced_by else ".")
    parser = argparse.ArgumentParser(
        prog=f"kalshi call {op.operation_id}",
        description=f"{head}\n({', '.join(facts)})",
        formatter_class=Formatter,
    )
    group = parser.add_argument_group("parameters")
    paging_params = (op.page.size_param, op.page.cursor_param) if op.page else ()
    # paging is driven by the options further down, not by the page size and cursor
    params = [p for p in parameters(module.sync_detailed) if p.name not in paging_params]
    for param in params:
        convert, metavar = _converter(param.kind)
        where = "path" if param.positional else "query"
        shown = (
            f" (default {param.default})"
            if isinstance(param.default, bool | int | float | str | enum.Enum)
            else ""
        )
        group.add_argument(
            param.option,
            dest=param.name,
            type=convert,
            metavar=metavar,
            required=param.required,
            action="append" if param.is_list else "store",
            help=f"{where}{', required' if param.required else ''}"
            f"{', repeat or comma-separate' if param.is_list else ''}{shown}",
        )
    body = _body_model(module.sync_detailed)
    if body is not None:
        model, required = body
        group.add_argument(
            "--body",
            required=required,
            metavar="JSON|@FILE",
            help=f"the {getattr(model, '__name__', 'request')} as JSON, @file, or @- for stdin",
        )
    if op.page:
        paging = parser.add_argument_group("paging (cursors are followed)")
        paging.add_argument(
            "--limit", type=positive_int, default=0, metavar="N", help="stop after N items"
        )
        paging.add_argument(
            "--page-size",
            type=positive_int,
            metavar="N",
            help=f"items a request (default {op.page.max_size or 'the server default'})",
        )
        paging.add_argument("--cursor", metavar="CURSOR", help="start at this cursor")
        fields = op.page.item_fields
        paging.add_argument(
            "--items",
            choices=fields,
            default=fields[0] if len(fields) == 1 else None,
            help="which list to follow" + ("" if len(fields) == 1 else " (required: several)"),
        )
        paging.add_argument(
            "--once", action="store_true", help="one request; print the whole response"
        )
    add_common(parser, top=False)
    return parser, params


def _read_body(raw: str) -> Any:
    if raw.startswith("@"):
        source = raw[1:]
        try:
            raw = sys.stdin.read() if source == "-" else Path(source).read_text()
        except OSError as error:
            raise UsageError(f"cannot read the body from {source}: {error.strerror}") from None
    try:
        return json.loads(raw)
    except ValueError as error:
        raise UsageError(f"--body is not valid JSON: {error}") from None


def _build_body(model: Any, data: Any) -> Any:
    from_dict = getattr(model, "from_dict", None)
    if from_dict is None:
        return data
    if not isinstance(data, dict):
        raise UsageError(f"--body must be a JSON object ({model.__name__})")
    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UsageError(f"--body is not a valid {model.__name__}: {error!r}") from None


def _values(params: list[Param], parsed: argparse.Namespace) -> dict[str, Any]:
    """The parameters that were given, lists split at commas."""
    given: dict[str, Any] = {}
    for param in params:
        value = getattr(parsed, param.name, None)
        if value is None:
            continue
        if param.is_list:
            convert = _converter(param.kind)[0]
            value = [convert(part) for item in value for part in str(item).split(",") if part]
        given[param.name] = value
    return given


# --------------------------------------------------------------------------- the command


def call(ctx: Context) -> int:
    if not ctx.args.operation:
        raise UsageError("name an operation (kalshi call --help lists them)")
    op = resolve(ctx.args.operation)
    module = importlib.import_module(f"kalshi_api.api.{op.module}")
    parser, params = operation_parser(op, module)
    parsed = parser.parse_args(ctx.args.rest)
    for name in ("env", "base_url", "ws_url", "key_id", "key_file"):  # options after OPERATION
        if getattr(parsed, name, None):
            setattr(ctx.args, name, getattr(parsed, name))
    if getattr(parsed, "json", False) or getattr(parsed, "jsonl", False):
        from ._output import Output

        ctx.out = Output("json" if getattr(parsed, "json", False) else "jsonl")
    if getattr(parsed, "debug", False):
        from ._app import LOGGING

        LOGGING.setup(True)
    kwargs = _values(params, parsed)
    body = _body_model(module.sync_detailed)
    if body is not None and getattr(parsed, "body", None) is not None:
        kwargs["body"] = _build_body(body[0], _read_body(parsed.body))
    if op.deprecated:
        ctx.note(
            f"kalshi: note: {op.operation_id} is deprecated"
            + (f"; use {op.replaced_by}" if op.replaced_by else "")
        )
    client = ctx.client(credentials=op.authenticated)
    if op.page and not parsed.once:
        return _follow(ctx, op, module, parsed, kwargs)
    if op.page:
        size = parsed.page_size or parsed.limit or None
        if op.page.size_param and size:
            kwargs[op.page.size_param] = size
        if parsed.cursor:
            kwargs[op.page.cursor_param] = parsed.cursor
    response = module.sync_detailed(client=client, **kwargs)
    data = loads_exact(response.content) if response.content.strip() else None
    ctx.out.document(data, lambda: dumps(data, indent=2))
    return 0


def _follow(
    ctx: Context, op: Operation, module: Any, parsed: argparse.Namespace, kwargs: dict[str, Any]
) -> int:
    assert op.page is not None
    if parsed.items is None:
        raise UsageError(
            f"{op.operation_id} returns several lists: choose one with --items "
            f"{'|'.join(op.page.item_fields)}, or use --once for whole pages"
        )
    client = ctx.client(credentials=op.authenticated)
    items = client.paginate(
        module,
        item_field=parsed.items,
        page_size=parsed.page_size,
        cursor=parsed.cursor,
        max_items=parsed.limit or None,
        **kwargs,
    )
    rows = (item.to_dict() if hasattr(item, "to_dict") else item for item in items)
    if ctx.out.mode == "jsonl":
        for row in rows:
            ctx.out.write(dumps(row))
    else:
        collected = list(rows)
        ctx.out.document(collected, lambda: dumps(collected, indent=2))
    return 0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "call",
        call,
        summary="call any operation of the API",
        description="Call any operation of Kalshi's API by its operationId, with its parameters "
        "as options.\n`kalshi call OPERATION --help` lists an operation's parameters. "
        "Paginated operations follow\ncursors (--limit N stops after N items). The answer is "
        "printed as JSON, numbers exactly as sent.",
        common=common,
        epilog="examples:\n"
        "  kalshi call GetMarket --ticker KXHIGHNY-26NOV23-T60\n"
        "  kalshi call GetOrders --status resting --limit 50 --jsonl\n"
        "  kalshi call CreateOrderV2 --body @order.json\n\n" + catalogue(),
    )
    parser.add_argument("operation", nargs="?", metavar="OPERATION", help="an operationId")
    parser.add_argument(
        "rest", nargs=argparse.REMAINDER, metavar="...", help="the operation's options"
    )
