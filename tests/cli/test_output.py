"""Formatting for people and JSON for machines: exact, never through floats."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from kalshi.cli._output import (
    Column,
    Output,
    count,
    dumps,
    field,
    loads_exact,
    money,
    table,
    when,
)


def test_money_keeps_every_digit_and_shows_at_least_cents() -> None:
    assert money("0.5600") == "$0.56"
    assert money("0.5650") == "$0.565"
    assert money("1234567.5") == "$1,234,567.50"
    assert money(Decimal("-1.5")) == "-$1.50"
    assert money("0") == "$0.00"
    assert money("100") == "$100.00"
    assert money(None) == ""


def test_counts_are_exact_without_padding() -> None:
    assert [count(v) for v in ("10.00", "2.50", "0.01", "0.00", "1000")] == [
        "10",
        "2.5",
        "0.01",
        "0",
        "1000",
    ]


def test_times_show_in_utc() -> None:
    assert when("2026-12-01T15:17:06.276950+01:00") == "2026-12-01 14:17:06"
    assert when(1_767_225_600_000) == when(1_767_225_600) == "2026-01-01 00:00:00"
    assert when(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) == "2026-01-01 00:00:00"


def test_json_numbers_pass_through_as_sent() -> None:
    raw = '{"floor_strike": 60.50, "tiny": 1e-7, "big": 12345678901234567890, "p": "0.5600"}'
    data = loads_exact(raw)
    assert dumps(data) == raw  # byte for byte
    assert json.loads(dumps(data, indent=2)) == json.loads(raw)


def test_decimals_we_compute_are_written_as_exact_strings() -> None:
    written = dumps({"spread": Decimal("0.44") - Decimal("0.41"), "at": dt.date(2026, 1, 1)})
    assert written == '{"spread": "0.03", "at": "2026-01-01"}'


def test_tables_align_numbers_right() -> None:
    columns = [Column("ticker", field("t")), Column("price", field("p", money), numeric=True)]
    shown = table(columns, [{"t": "A", "p": "0.5"}, {"t": "LONGER", "p": "10.25"}])
    assert shown.splitlines() == [
        "ticker   price",
        "------  ------",
        "A        $0.50",
        "LONGER  $10.25",
    ]
    assert table(columns, []) == "(none)"


def test_jsonl_writes_items_as_they_come() -> None:
    import io

    sink = io.StringIO()
    written = Output("jsonl", sink).items(iter([{"a": "1.10"}, {"a": "2"}]), [])
    assert written == 2 and sink.getvalue() == '{"a": "1.10"}\n{"a": "2"}\n'
