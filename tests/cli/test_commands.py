"""The REST commands end to end: place, list, cancel-all, call, output modes, exit statuses."""

from __future__ import annotations

import os
import pty
from decimal import Decimal
from pathlib import Path

from ..conftest import pem_body_lines
from .conftest import BOOK, BTC, T60, T65, Account

# --------------------------------------------------------------------------- orders


def test_place_then_list_exactly(account: Account) -> None:
    placed = account.ok("order", "place", T60, "--side", "bid", "2.5", "--price", "0.35", "--json")
    ack = placed.json()
    assert ack["side"] == "bid" and ack["price"] == "0.3500" and ack["count"] == "2.50"
    assert ack["remaining_count"] == "2.50" and ack["fill_count"] == "0.00"

    listed = account.ok("orders", "--status", "resting", "--jsonl").lines()
    assert [o["order_id"] for o in listed] == [ack["order_id"]]
    assert listed[0]["yes_price_dollars"] == "0.3500"
    assert listed[0]["remaining_count_fp"] == "2.50"

    table = account.ok("orders", "--status", "resting").stdout
    header, rule, row = table.splitlines()
    assert header.split()[:4] == ["order", "id", "ticker", "side"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert ack["order_id"] in row and "$0.35" in row and " 2.5 " in row


def test_buy_no_is_an_ask_at_one_minus_the_price(account: Account) -> None:
    ack = account.ok("order", "place", T60, "--buy", "no", "3", "--price", "0.30", "--json").json()
    assert (ack["side"], ack["price"], ack["count"]) == ("ask", "0.7000", "3.00")
    shown = account.ok("order", "place", T65, "--sell", "no", "1", "--price", "0.95").stdout
    assert "sell NO at $0.95" in shown and "bid (YES book)" in shown and "$0.05" in shown


def test_a_fill_shows_in_fills_positions_and_balance(account: Account) -> None:
    ack = account.ok("order", "place", T65, "--side", "bid", "5", "--price", "0.22", "--json")
    assert ack.json()["fill_count"] == "5.00"

    fills = account.ok("fills", "--ticker", T65, "--jsonl").lines()
    assert len(fills) == 1 and fills[0]["count_fp"] == "5.00"
    assert fills[0]["yes_price_dollars"] == "0.2200" and fills[0]["is_taker"] is True
    fee = Decimal(fills[0]["fee_cost"])
    assert fee == Decimal("0.07")  # 0.07 x 5 x 0.22 x 0.78 = $0.06006, rounded up to the cent

    positions = account.ok("positions", "--json").json()
    assert [(p["ticker"], p["position_fp"]) for p in positions] == [(T65, "5.00")]

    balance = account.ok("balance", "--json").json()
    expected = Decimal("1000") - Decimal("1.10") - fee
    assert Decimal(balance["balance"]) / 100 == expected == account.exchange.balance(account.user)
    assert f"${expected:,.2f}" in account.ok("balance").stdout


def test_cancel_and_amend_one_order(account: Account) -> None:
    order_id = account.ok(
        "order", "place", BTC, "--side", "bid", "4", "--price", "0.20", "--json"
    ).json()["order_id"]
    amended = account.ok("order", "amend", order_id, "--price", "0.21", "--remaining", "2")
    assert "$0.21" in amended.stdout
    [order] = account.ok("orders", "--ticker", BTC, "--status", "resting", "--jsonl").lines()
    assert (order["yes_price_dollars"], order["remaining_count_fp"]) == ("0.2100", "2.00")

    canceled = account.ok("order", "cancel", order_id, "--json").json()
    assert canceled["order_id"] == order_id and canceled["reduced_by"] == "2.00"
    assert account.ok("orders", "--status", "resting", "--jsonl").lines() == []


def test_cancel_several_orders_reports_each(account: Account) -> None:
    ids = [
        account.ok("order", "place", BTC, "--side", "bid", "1", "--price", price, "--json").json()[
            "order_id"
        ]
        for price in ("0.11", "0.12")
    ]
    report = account.run("order", "cancel", *ids, "no-such-order", "--jsonl")
    assert report.returncode == 1  # one of the three could not be canceled
    items = report.lines()
    assert [item["order_id"] for item in items] == [*ids, "no-such-order"]
    assert [item["ok"] for item in items] == [True, True, False]
    assert items[2]["error"]["code"] and "1 of 3 orders were not canceled" in report.stderr


# --------------------------------------------------------------------------- cancel-all


def _rest_three(account: Account) -> list[str]:
    return [
        account.ok(
            "order", "place", ticker, "--side", "bid", "1", "--price", price, "--json"
        ).json()["order_id"]
        for ticker, price in ((T60, "0.30"), (T60, "0.31"), (T65, "0.10"))
    ]


def test_cancel_all_with_yes_reports_every_order(account: Account) -> None:
    ids = _rest_three(account)
    result = account.ok("cancel-all", "--yes", "--json").json()
    assert result["canceled"] == 3 and result["failed"] == 0
    assert sorted(item["order_id"] for item in result["orders"]) == sorted(ids)
    assert all(item["ok"] and item["error"] is None for item in result["orders"])
    assert account.ok("orders", "--status", "resting", "--jsonl").lines() == []


def test_cancel_all_of_one_market_leaves_the_others(account: Account) -> None:
    ids = _rest_three(account)
    table = account.ok("cancel-all", "--ticker", T60, "--yes")
    assert table.stdout.count("canceled") == 2 and ids[0] in table.stdout
    assert "2 canceled, 0 failed" in table.stderr
    left = account.ok("orders", "--status", "resting", "--jsonl").lines()
    assert [o["order_id"] for o in left] == [ids[2]]


def test_cancel_all_refuses_without_yes_when_stdin_is_not_a_terminal(account: Account) -> None:
    ids = _rest_three(account)
    refused = account.run("cancel-all")
    assert refused.returncode == 2
    assert "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stdout == ""
    resting = account.ok("orders", "--status", "resting", "--jsonl").lines()
    assert sorted(o["order_id"] for o in resting) == sorted(ids)


def _on_a_terminal(account: Account, answer: str, *args: str) -> tuple[int, str, str]:
    """Run with stdin on a pseudo-terminal, typing `answer` at the prompt."""
    import subprocess

    from .conftest import command

    main, secondary = pty.openpty()
    try:
        process = subprocess.Popen(
            command(*args),
            env=account.env,
            stdin=secondary,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.write(main, answer.encode())
        out, err = process.communicate(timeout=60)
    finally:
        os.close(main)
        os.close(secondary)
    return process.returncode, out, err


def test_cancel_all_asks_on_a_terminal(account: Account) -> None:
    ids = _rest_three(account)
    status, _, err = _on_a_terminal(account, "n\n", "cancel-all")
    assert status == 1 and "Cancel 3 resting orders?" in err and "nothing canceled" in err
    assert len(account.ok("orders", "--status", "resting", "--jsonl").lines()) == 3

    status, out, err = _on_a_terminal(account, "y\n", "cancel-all", "--jsonl")
    assert status == 0, err
    report = [line for line in out.splitlines() if line]
    assert len(report) == 3 and all(id_ in out for id_ in ids)
    assert account.ok("orders", "--status", "resting", "--jsonl").lines() == []


# --------------------------------------------------------------------------- call


def test_call_a_get_with_parameters(account: Account) -> None:
    market = account.ok("call", "GetMarket", "--ticker", T60, "--json").json()
    assert market["market"]["ticker"] == T60
    assert market["market"]["yes_bid_dollars"] == "0.4100"
    book = account.ok("call", "get_market_orderbook", "--ticker", T60, "--depth", "1").json()
    assert book["orderbook_fp"]["yes_dollars"] == [["0.4100", "100.00"]]


def test_call_a_post_with_a_body_inline_and_from_a_file(account: Account, tmp_path: Path) -> None:
    body = (
        '{"ticker": "%s", "side": "bid", "count": "1.50", "price": "0.1200", '
        '"time_in_force": "good_till_canceled", "self_trade_prevention_type": "taker_at_cross", '
        '"client_order_id": "%s"}'
    )
    first = account.ok("call", "CreateOrderV2", "--body", body % (BTC, "cli-one")).json()
    order_file = tmp_path / "order.json"
    order_file.write_text(body % (BTC, "cli-two"))
    second = account.ok("call", "CreateOrderV2", "--body", f"@{order_file}").json()
    assert (first["client_order_id"], second["client_order_id"]) == ("cli-one", "cli-two")
    resting = account.ok("orders", "--status", "resting", "--jsonl").lines()
    assert sorted(o["client_order_id"] for o in resting) == ["cli-one", "cli-two"]
    assert {o["remaining_count_fp"] for o in resting} == {"1.50"}


def test_call_follows_cursors_and_stops_at_the_limit(account: Account) -> None:
    for cents in range(10, 15):
        account.ok("order", "place", BTC, "--side", "bid", "1", "--price", f"0.{cents}")
    lines = account.ok(
        "call", "GetOrders", "--status", "resting", "--limit", "3", "--page-size", "2", "--jsonl"
    ).lines()
    assert len(lines) == 3 and len({o["order_id"] for o in lines}) == 3
    everything = account.ok("call", "GetOrders", "--page-size", "2", "--json").json()
    assert len(everything) == 5
    one_page = account.ok("call", "GetOrders", "--once", "--limit", "2", "--json").json()
    assert len(one_page["orders"]) == 2 and one_page["cursor"]


def test_call_bad_input_is_a_usage_error(account: Account) -> None:
    unknown = account.run("call", "GetOrderz")
    assert unknown.returncode == 2 and "GetOrders" in unknown.stderr  # a suggestion
    missing = account.run("call", "GetMarket")
    assert missing.returncode == 2 and "--ticker" in missing.stderr
    bad_json = account.run("call", "CreateOrderV2", "--body", "{nope")
    assert bad_json.returncode == 2 and "not valid JSON" in bad_json.stderr
    several = account.run("call", "GetPositions")
    assert several.returncode == 2 and "--items market_positions|event_positions" in several.stderr
    for result in (unknown, missing, bad_json, several):
        assert "Traceback" not in result.stderr


def test_call_help_lists_every_operation_and_the_parameters_of_one(account: Account) -> None:
    from kalshi_api.operations import OPERATIONS

    listing = account.ok("call", "--help").stdout
    assert all(op_id in listing for op_id in OPERATIONS)
    one = account.ok("call", "GetOrders", "--help").stdout
    assert "GET /portfolio/orders" in one and "Lists the member's orders" in one
    for option in ("--ticker", "--event-ticker", "--status", "--limit", "--page-size", "--once"):
        assert option in one


# --------------------------------------------------------------------------- reads


def test_markets_market_and_book(account: Account) -> None:
    markets = account.ok("markets", "--jsonl").lines()
    assert {m["ticker"] for m in markets} >= {T60, T65, BTC, BOOK}
    assert account.ok("markets", "--limit", "1", "--jsonl").lines()[:1] == markets[:1]
    one = account.ok("market", BOOK, "--json").json()
    assert one["ticker"] == BOOK and one["yes_ask_dollars"] == "0.4400"
    book = account.ok("book", BOOK, "--json").json()
    assert book["yes"] == [["0.4100", "100.00"], ["0.4000", "200.00"]]
    assert book["no"] == [["0.5600", "60.00"]]
    assert (book["best_bid"], book["best_ask"], book["spread"]) == ("0.4100", "0.4400", "0.0300")
    shallow = account.ok("book", BOOK, "--depth", "1", "--json").json()
    assert shallow["yes"] == [["0.4100", "100.00"]]
    ladder = account.ok("book", BOOK).stdout
    assert "best bid $0.41" in ladder and "best ask $0.44" in ladder


def test_limits_show_tier_buckets_and_costs(account: Account) -> None:
    limits = account.ok("limits", "--json").json()
    assert limits["usage_tier"] == "basic"
    assert limits["write"] == {"refill_rate": 100, "bucket_capacity": 200}
    costs = {row["operation"]: row for row in limits["costs"]}
    assert costs["CancelOrderV2"]["cost"] == 2 and costs["GetBalance"]["cost"] == 10
    assert costs["BatchCancelOrdersV2"]["cost_per_item"] == 2
    assert "write bucket  100 tokens/s, holds 200" in account.ok("limits").stdout


# --------------------------------------------------------------------------- failures


def test_api_errors_exit_1_with_kalshis_code(account: Account) -> None:
    broke = account.run("order", "place", T60, "--side", "bid", "100000", "--price", "0.45")
    assert broke.returncode == 1
    assert "insufficient_balance" in broke.stderr and "HTTP 400" in broke.stderr
    missing = account.run("order", "cancel", "no-such-order")
    assert missing.returncode == 1 and "not_found" in missing.stderr
    unknown = account.run("market", "KXNOPE-1")
    assert unknown.returncode == 1 and "not_found" in unknown.stderr
    for result in (broke, missing, unknown):
        assert "Traceback" not in result.stderr and result.stdout == ""


def test_usage_errors_exit_2(account: Account) -> None:
    cases = [
        ("order", "place", T60, "--side", "bid", "1", "--price", "1.5"),  # not in (0, 1)
        ("order", "place", T60, "--side", "bid", "1", "--price", "0.555"),  # off the tick
        ("order", "place", T60, "--side", "bid", "0.001", "--price", "0.5"),  # count step
        ("order", "place", T60, "--side", "bid", "--buy", "yes", "1", "--price", "0.5"),
        ("order", "amend", "some-id"),  # nothing to change
        ("nosuch",),
        ("--json", "--jsonl", "balance"),
        ("book", T60, "--count", "2"),  # --count needs --watch
    ]
    for args in cases:
        result = account.run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "error" in result.stderr and "Traceback" not in result.stderr
    off_tick = account.run(*cases[1])
    assert "not a multiple of 0.01" in off_tick.stderr
    assert account.ok("orders", "--jsonl").lines() == []  # nothing was sent


def test_missing_credentials_is_a_usage_error(account: Account) -> None:
    del account.env["KALSHI_API_KEY_ID"]
    result = account.run("balance")
    assert result.returncode == 2 and "KALSHI_API_KEY_ID" in result.stderr
    del account.env["KALSHI_PRIVATE_KEY_PATH"]
    public = account.ok("market", T60, "--json")  # public commands need no key
    assert public.json()["ticker"] == T60


def test_flags_override_the_environment(account: Account, tmp_path: Path) -> None:
    key_file = account.env.pop("KALSHI_PRIVATE_KEY_PATH")
    key_id = account.env.pop("KALSHI_API_KEY_ID")
    base_url = account.env.pop("KALSHI_BASE_URL")
    account.env["KALSHI_BASE_URL"] = "http://127.0.0.1:9/trade-api/v2"  # nothing listens
    flags = ("--base-url", base_url, "--key-id", key_id, "--key-file", key_file)
    assert account.ok("balance", "--json", *flags).json()["balance"] == 100000
    assert account.ok(*flags, "--json", "balance").json()["balance"] == 100000


def test_debug_logs_requests_and_keys_never_show(account: Account) -> None:
    result = account.ok("balance", "--debug")
    assert "GET /trade-api/v2/portfolio/balance -> 200" in result.stderr
    everything = result.stdout + result.stderr
    assert not any(line in everything for line in pem_body_lines(account.user.private_key_pem))
