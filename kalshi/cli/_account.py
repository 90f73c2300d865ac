"""Account commands: balance, positions, orders, fills, limits."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from ._app import Context, add_command, positive_int
from ._output import Column, cents, count, field, money, pairs, text, when

ORDER_COLUMNS = [
    Column("order id", field("order_id")),
    Column("ticker", field("ticker")),
    Column("side", field("book_side")),
    Column("price", field("yes_price_dollars", money), numeric=True),
    Column("count", field("initial_count_fp", count), numeric=True),
    Column("filled", field("fill_count_fp", count), numeric=True),
    Column("resting", field("remaining_count_fp", count), numeric=True),
    Column("status", field("status")),
    Column("created (UTC)", field("created_time", when)),
]


def role(is_taker: Any) -> str:
    """Whether a fill took liquidity or made it."""
    return "" if is_taker is None else "taker" if is_taker else "maker"


FILL_COLUMNS = [
    Column("time (UTC)", field("created_time", when)),
    Column("ticker", lambda row: text(row.get("market_ticker") or row.get("ticker"))),
    Column("side", field("book_side")),
    Column("price", field("yes_price_dollars", money), numeric=True),
    Column("count", field("count_fp", count), numeric=True),
    Column("fee", field("fee_cost", money), numeric=True),
    Column("role", lambda row: role(row.get("is_taker"))),
    Column("order id", field("order_id")),
]

POSITION_COLUMNS = [
    Column("ticker", field("ticker")),
    Column("position", field("position_fp", count), numeric=True),
    Column("exposure", field("market_exposure_dollars", money), numeric=True),
    Column("traded", field("total_traded_dollars", money), numeric=True),
    Column("realized P&L", field("realized_pnl_dollars", money), numeric=True),
    Column("fees", field("fees_paid_dollars", money), numeric=True),
    Column("updated (UTC)", field("last_updated_ts", when)),
]

EVENT_POSITION_COLUMNS = [
    Column("event", field("event_ticker")),
    Column("contracts", field("total_cost_shares_fp", count), numeric=True),
    Column("exposure", field("event_exposure_dollars", money), numeric=True),
    Column("cost", field("total_cost_dollars", money), numeric=True),
    Column("realized P&L", field("realized_pnl_dollars", money), numeric=True),
    Column("fees", field("fees_paid_dollars", money), numeric=True),
]


def listing(
    ctx: Context,
    operation: Any,
    *,
    item_field: str | None = None,
    credentials: bool = True,
    **params: Any,
) -> Iterator[dict[str, Any]]:
    """Every item of a paginated operation as Kalshi's dict, cursors followed, `--limit` obeyed
    (0 = no limit)."""
    limit = ctx.option("limit")
    given = {name: value for name, value in params.items() if value is not None}
    client = ctx.client(credentials=credentials)
    for item in client.paginate(operation, item_field=item_field, max_items=limit or None, **given):
        yield item.to_dict() if hasattr(item, "to_dict") else item


def add_limit(parser: argparse.ArgumentParser, default: int | None) -> None:
    shown = "all" if default is None else str(default)
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=default,
        metavar="N",
        help=f"stop after N items (default {shown}; 0 = all); pages are followed as needed",
    )


# --------------------------------------------------------------------------- commands


def balance(ctx: Context) -> int:
    response = ctx.client().portfolio.get_balance()
    data = response.to_dict()
    # balance_dollars when Kalshi sends it (sub-cent exact), else the integer cents
    cash = money(data["balance_dollars"]) if "balance_dollars" in data else cents(data["balance"])

    def render() -> str:
        return pairs(
            [
                ("cash", cash),
                ("portfolio value", cents(data.get("portfolio_value"))),
                ("updated (UTC)", when(data.get("updated_ts"))),
            ]
        )

    ctx.out.document(data, render)
    return 0


def positions(ctx: Context) -> int:
    from kalshi_api.api.portfolio import get_positions

    events = ctx.option("events")
    rows = listing(
        ctx,
        get_positions,
        item_field="event_positions" if events else "market_positions",
        ticker=ctx.option("ticker"),
        event_ticker=ctx.option("event"),
    )
    ctx.out.items(rows, EVENT_POSITION_COLUMNS if events else POSITION_COLUMNS)
    return 0


def orders(ctx: Context) -> int:
    from kalshi_api.api.orders import get_orders

    rows = listing(
        ctx,
        get_orders,
        status=ctx.option("status"),
        ticker=ctx.option("ticker"),
        event_ticker=ctx.option("event"),
    )
    ctx.out.items(rows, ORDER_COLUMNS)
    return 0


def fills(ctx: Context) -> int:
    from kalshi_api.api.portfolio import get_fills

    rows = listing(ctx, get_fills, ticker=ctx.option("ticker"), order_id=ctx.option("order"))
    ctx.out.items(rows, FILL_COLUMNS)
    return 0


def limits(ctx: Context) -> int:
    """Tier and buckets as the account reports them, and each operation's token cost."""
    from kalshi_api.operations import OPERATIONS

    client = ctx.client()
    limiter = client.refresh_limits()
    account = client.account.get_account_api_limits().to_dict()
    costs = [
        {
            "operation": op.operation_id,
            "method": op.method,
            "path": op.path,
            "cost": limiter.costs.get(op.operation_id, limiter.default_cost),
            "cost_per_item": limiter.per_item_costs.get(op.operation_id),
        }
        for op in sorted(OPERATIONS.values(), key=lambda op: op.operation_id)
        if not op.deprecated
    ]
    data = {
        "usage_tier": account.get("usage_tier", limiter.tier),
        "read": account.get("read"),
        "write": account.get("write"),
        "default_cost": limiter.default_cost,
        "costs": costs,
    }

    def bucket(name: str) -> str:
        spec = data[name] or {}
        return (
            f"{text(spec.get('refill_rate'))} tokens/s, holds {text(spec.get('bucket_capacity'))}"
        )

    def render() -> str:
        special = [
            row
            for row in costs
            if row["cost"] != limiter.default_cost or row["cost_per_item"] is not None
        ]
        head = pairs(
            [
                ("tier", text(data["usage_tier"])),
                ("read bucket", bucket("read")),
                ("write bucket", bucket("write")),
                ("default cost", f"{limiter.default_cost} tokens a request"),
            ]
        )
        from ._output import table

        columns = [
            Column("operation", field("operation")),
            Column("method", field("method")),
            Column("path", field("path")),
            Column("tokens", field("cost"), numeric=True),
            Column("per item", field("cost_per_item"), numeric=True),
        ]
        return f"{head}\n\nOperations that cost other than the default:\n{table(columns, special)}"

    ctx.out.document(data, render)
    return 0


# --------------------------------------------------------------------------- parsers


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    add_command(
        subparsers,
        "balance",
        balance,
        summary="cash and portfolio value",
        description="Show the account's cash balance and the value of its positions.",
        common=common,
    )

    parser = add_command(
        subparsers,
        "positions",
        positions,
        summary="open positions, per market (or per event)",
        description="List positions per market: contracts held (negative = NO), exposure, "
        "realized P&L and fees.\nWith --events, per event instead.",
        common=common,
        epilog="examples:\n  kalshi positions\n  kalshi positions --event KXHIGHNY-26NOV23 --json",
    )
    parser.add_argument("--ticker", help="one market only")
    parser.add_argument("--event", metavar="EVENT_TICKER", help="one event only")
    parser.add_argument("--events", action="store_true", help="list event positions instead")
    add_limit(parser, None)

    parser = add_command(
        subparsers,
        "orders",
        orders,
        summary="your orders (resting, canceled, executed)",
        description="List your orders, newest first, following pages to the end (or --limit).",
        common=common,
        epilog="examples:\n  kalshi orders --status resting\n"
        "  kalshi orders --ticker KXHIGHNY-26NOV23-T60 --jsonl",
    )
    parser.add_argument("--status", choices=["resting", "canceled", "executed"])
    parser.add_argument("--ticker", help="one market only")
    parser.add_argument("--event", metavar="EVENT_TICKER", help="one event only")
    add_limit(parser, None)

    parser = add_command(
        subparsers,
        "fills",
        fills,
        summary="your fills (trades of your orders)",
        description="List your fills, newest first: price, contracts, fee, and whether your "
        "order took or made liquidity.",
        common=common,
        epilog="examples:\n  kalshi fills --limit 20\n  kalshi fills --order ORDER_ID --json",
    )
    parser.add_argument("--ticker", help="one market only")
    parser.add_argument("--order", metavar="ORDER_ID", help="one order only")
    add_limit(parser, 100)

    add_command(
        subparsers,
        "limits",
        limits,
        summary="rate limit tier, token buckets and costs",
        description="Show the account's usage tier and token buckets (GET /account/limits) "
        "and what each operation costs\n(GET /account/endpoint_costs, else Kalshi's documented "
        "costs). The client paces itself by these.",
        common=common,
    )
