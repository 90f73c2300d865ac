"""Output for people (aligned tables) and for machines (exact JSON), chosen once per run.

Money and counts stay `Decimal` or Kalshi's own strings all the way to the terminal: a table
shows `$0.565` for a price of `"0.5650"`, never a rounded float, and JSON carries the strings
exactly as Kalshi sent them.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Literal, TextIO

Mode = Literal["table", "json", "jsonl"]
Row = Mapping[str, Any]

CENT = Decimal("0.01")


# --------------------------------------------------------------------------- values


def decimal_or_none(value: Any) -> Decimal | None:
    """A Decimal from Kalshi's string (or int); None for absent or unreadable values."""
    if value is None or isinstance(value, bool | float):
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        return None


def money(value: Any) -> str:
    """Dollars with `$`, thousands separators and at least two decimals, never rounded:
    "0.5600" -> "$0.56", "0.5650" -> "$0.565", "-1.5" -> "-$1.50"."""
    amount = decimal_or_none(value)
    if amount is None:
        return "" if value is None else str(value)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    exact = amount.normalize()
    if exact.as_tuple().exponent > -2:  # type: ignore[operator]
        exact = amount.quantize(CENT)
    return f"{sign}${exact:,f}"


def cents(value: Any) -> str:
    """Integer cents (balance, portfolio value) as dollars."""
    if isinstance(value, bool) or not isinstance(value, int):
        return ""
    return money(Decimal(value) / 100)


def count(value: Any) -> str:
    """A contract count exactly, without padding zeros: "10.00" -> "10", "2.50" -> "2.5"."""
    amount = decimal_or_none(value)
    if amount is None:
        return "" if value is None else str(value)
    return f"{amount.normalize():f}" if amount else "0"


def when(value: Any) -> str:
    """A time as `YYYY-MM-DD HH:MM:SS` UTC, from an ISO string, a datetime, or Unix s / ms."""
    stamp: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        stamp = value
    elif isinstance(value, str) and value:
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    elif isinstance(value, int) and not isinstance(value, bool) and value > 0:
        stamp = dt.datetime.fromtimestamp(value / 1000 if value > 10**11 else value, dt.UTC)
    if stamp is None:
        return ""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC)
    return stamp.strftime("%Y-%m-%d %H:%M:%S")


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


# --------------------------------------------------------------------------- JSON


class RawNumber(str):
    """A JSON number kept as the text Kalshi sent (`json.loads(..., parse_float=RawNumber)`),
    written back unquoted: `0.10` stays `0.10`, not the float `0.1`."""


def loads_exact(raw: bytes | str) -> Any:
    """JSON with every non-integer number kept as its exact text."""
    return json.loads(raw, parse_float=RawNumber)


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON text for what the commands produce.

    Decimals we computed become strings (exact, as Kalshi writes money); RawNumbers go back
    as the numbers they were; datetimes become ISO 8601; enums their values.
    """
    parts: list[str] = []
    _encode(value, parts, indent, 0)
    return "".join(parts)


def _encode(value: Any, out: list[str], indent: int | None, level: int) -> None:
    if isinstance(value, RawNumber):
        out.append(str.__str__(value))
    elif isinstance(value, Enum):
        _encode(value.value, out, indent, level)
    elif value is None or isinstance(value, bool | int | float | str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, Decimal):
        out.append(json.dumps(f"{value:f}"))
    elif isinstance(value, dt.datetime | dt.date):
        out.append(json.dumps(value.isoformat()))
    elif isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items()]
        _container(items, "{", "}", out, indent, level, keyed=True)
    elif isinstance(value, list | tuple):
        _container(list(enumerate(value)), "[", "]", out, indent, level, keyed=False)
    elif hasattr(value, "to_dict"):
        _encode(value.to_dict(), out, indent, level)
    else:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _container(
    items: list[tuple[Any, Any]],
    opening: str,
    closing: str,
    out: list[str],
    indent: int | None,
    level: int,
    *,
    keyed: bool,
) -> None:
    if not items:
        out.append(opening + closing)
        return
    inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
    outer = "" if indent is None else "\n" + " " * (indent * level)
    separator = ", " if indent is None else ","
    out.append(opening)
    for position, (key, item) in enumerate(items):
        out.append((separator if position else "") + inner)
        if keyed:
            out.append(json.dumps(key, ensure_ascii=False) + ": ")
        _encode(item, out, indent, level + 1)
    out.append(outer + closing)


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    """One table column: its header, how a row (Kalshi's object as a dict) shows in it, and
    whether it is numeric (right-aligned)."""

    header: str
    show: Callable[[Row], str]
    numeric: bool = False


def field(name: str, fmt: Callable[[Any], str] = text) -> Callable[[Row], str]:
    """A column reading one key of the row."""
    return lambda row: fmt(row.get(name))


def table(columns: Sequence[Column], rows: Iterable[Row]) -> str:
    """Rows as an aligned table with a header; "(none)" when there are no rows."""
    cells = [[column.show(row) for column in columns] for row in rows]
    headers = [column.header for column in columns]
    if not cells:
        return "(none)"
    widths = [max(len(line[i]) for line in [headers, *cells]) for i in range(len(columns))]

    def line(values: Sequence[str]) -> str:
        padded = [
            value.rjust(width) if column.numeric else value.ljust(width)
            for value, width, column in zip(values, widths, columns, strict=True)
        ]
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers), rule, *(line(values) for values in cells)])


def pairs(items: Sequence[tuple[str, str]]) -> str:
    """Labelled values, one per line, the labels aligned (a single object for people)."""
    shown = [(label, value) for label, value in items if value != ""]
    if not shown:
        return "(none)"
    width = max(len(label) for label, _ in shown)
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in shown)


# --------------------------------------------------------------------------- writing


class Output:
    """Where a command's results go, in the mode the user chose (`--json`, `--jsonl`)."""

    def __init__(self, mode: Mode, stream: TextIO | None = None) -> None:
        self.mode: Mode = mode
        self.stream = stream or sys.stdout

    @property
    def human(self) -> bool:
        return self.mode == "table"

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()

    def write_json(self, data: Any) -> None:
        """One compact JSON line (streams and --jsonl)."""
        self.write(dumps(data))

    def document(self, data: Any, render: Callable[[], str]) -> None:
        """One object: a rendering for people, or one JSON document (one line with --jsonl)."""
        if self.mode == "table":
            self.write(render())
        else:
            self.write(dumps(data, indent=2 if self.mode == "json" else None))

    def items(self, rows: Iterable[Row], columns: Sequence[Column]) -> int:
        """A list: a table, one JSON array, or one line per item as items arrive (--jsonl).
        Returns how many items there were."""
        if self.mode == "jsonl":
            written = 0
            for row in rows:
                self.write(dumps(row))
                written += 1
            return written
        collected = list(rows)
        if self.mode == "json":
            self.write(dumps(collected, indent=2))
        else:
            self.write(table(columns, collected))
        return len(collected)

    def event(self, data: Any, line: str) -> None:
        """One message of a stream: a line for people, or one JSON line (--json or --jsonl)."""
        self.write(line if self.mode == "table" else dumps(data))
