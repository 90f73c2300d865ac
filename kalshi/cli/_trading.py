"""Trading commands: order place / cancel / amend, and cancel-all (the kill switch)."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._app import Context, UsageError, add_command, count_arg, positive_int, price_arg
from ._output import Column, count, field, money, pairs, text

if TYPE_CHECKING:
    from .._batch import BatchResult

REPORT_COLUMNS = [
    Column("#", field("index"), numeric=True),
    Column("order id", field("order_id")),
    Column("result", lambda row: "canceled" if row["ok"] else "FAILED"),
    Column("code", lambda row: text((row.get("error") or {}).get("code"))),
    Column("message", lambda row: text((row.get("error") or {}).get("message"))),
]


def _book_side(args: argparse.Namespace) -> dict[str, Any]:
    """The order's side as `limit_order` takes it: a book side, or action + outcome."""
    if args.side:
        return {"side": args.side}
    if args.buy:
        return {"action": "buy", "outcome": args.buy}
    return {"action": "sell", "outcome": args.sell}


def place(ctx: Context) -> int:
    from ..orders import limit_order

    args = ctx.args
    options: dict[str, Any] = {
        "count": args.count,
        "price": args.price,
        "time_in_force": args.tif,
        "self_trade_prevention": args.stp,
        "client_order_id": args.client_order_id,
        "post_only": True if args.post_only else None,
        "reduce_only": True if args.reduce_only else None,
        "order_group_id": args.order_group,
        "subaccount": args.subaccount,
        **_book_side(args),
    }
    if args.tick is not None:
        options["tick"] = args.tick
    try:
        request = limit_order(args.ticker, **options)
    except ValueError as error:  # off the tick, NO price mapping outside (0, 1), ...
        raise UsageError(str(error)) from None
    ack = ctx.client().orders.create_order_v2(body=request).to_dict()
    data = {
        "ticker": request.ticker,
        "side": str(request.side),
        "price": request.price,
        "count": request.count,
        **ack,
    }

    outcome = args.buy or args.sell
    verb = "buy" if args.buy else "sell"
    as_given = "" if args.side else f"{verb} {str(outcome).upper()} at {money(args.price)}"

    def render() -> str:
        return pairs(
            [
                ("order id", text(data.get("order_id"))),
                ("client order id", text(data.get("client_order_id"))),
                ("ticker", data["ticker"]),
                ("side", f"{data['side']} (YES book)"),
                ("as given", as_given),
                ("price", money(data["price"])),
                ("count", count(data["count"])),
                ("filled", count(data.get("fill_count"))),
                ("resting", count(data.get("remaining_count"))),
                ("average fill", money(data.get("average_fill_price"))),
                ("average fee", money(data.get("average_fee_paid"))),
            ]
        )

    ctx.out.document(data, render)
    return 0


def cancel(ctx: Context) -> int:
    ids: list[str] = ctx.args.order_ids
    client = ctx.client()
    if len(ids) == 1:
        data = client.cancel_order(ids[0]).to_dict()
        ctx.out.document(
            data,
            lambda: pairs(
                [
                    ("canceled", text(data.get("order_id"))),
                    ("contracts removed", count(data.get("reduced_by"))),
                ]
            ),
        )
        return 0
    return report(ctx, client.batch_cancel(ids))


def amend(ctx: Context) -> int:
    args = ctx.args
    if args.price is None and args.count is None and args.remaining is None:
        raise UsageError("say what to change: --price, --count or --remaining")
    client = ctx.client()
    ticker, side, price, total = args.ticker, args.side, args.price, args.count
    if None in (ticker, side, price) or total is None:
        current = client.orders.get_order(args.order_id).to_dict().get("order") or {}
        if not current:
            raise UsageError(f"order {args.order_id} was not found")
        ticker = ticker or current.get("ticker")
        side = side or current.get("book_side")
        if price is None:
            price = Decimal(current["yes_price_dollars"])
        if total is None:
            filled = Decimal(current.get("fill_count_fp") or 0)
            if args.remaining is not None:
                total = filled + args.remaining
            else:
                total = filled + Decimal(current.get("remaining_count_fp") or 0)
    try:
        ack = client.amend_order(
            args.order_id, ticker=ticker, side=side, price=price, count=total, tick=args.tick
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    data = {
        "ticker": ticker,
        "side": side,
        "price": f"{price:f}",
        "count": f"{total:f}",
        **ack.to_dict(),
    }

    def render() -> str:
        return pairs(
            [
                ("amended", text(data.get("order_id"))),
                ("ticker", text(ticker)),
                ("side", text(side)),
                ("price", money(data["price"])),
                ("total count", count(data["count"])),
                ("filled", count(data.get("fill_count"))),
                ("resting", count(data.get("remaining_count"))),
            ]
        )

    ctx.out.document(data, render)
    return 0


# --------------------------------------------------------------------------- cancel-all


def report(ctx: Context, result: BatchResult) -> int:
    """The per-order outcome of a batch cancel; exit status 1 when any order stayed."""
    rows = [
        {
            "index": item.index,
            "order_id": item.order_id,
            "ok": item.ok,
            "error": None
            if item.error is None
            else {
                "code": item.error.code,
                "message": item.error.message,
                "details": item.error.details,
            },
        }
        for item in result
    ]
    failed = len(result.failed)
    if ctx.out.mode == "json":
        summary = {"canceled": len(result.succeeded), "failed": failed, "orders": rows}
        ctx.out.document(summary, lambda: "")
    else:
        ctx.out.items(rows, REPORT_COLUMNS)
    if ctx.out.human:
        ctx.note(f"{len(result.succeeded)} canceled, {failed} failed")
    if failed:
        ctx.note(f"kalshi: error: {failed} of {len(result)} orders were not canceled")
        return 1
    return 0


def _confirm(question: str) -> bool:
    """Ask on the terminal (stderr, so stdout stays clean for --json)."""
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def cancel_all(ctx: Context) -> int:
    args = ctx.args
    scope = " and ".join(
        part
        for part in (
            f"market {args.ticker}" if args.ticker else "",
            f"event {args.event}" if args.event else "",
        )
        if part
    )
    where = f" of {scope}" if scope else ""
    if not args.yes and not sys.stdin.isatty():
        raise UsageError(
            f"refusing to cancel every resting order{where} without confirmation: "
            "stdin is not a terminal, so pass --yes"
        )
    client = ctx.client()
    if args.yes:
        return report(ctx, client.cancel_all(ticker=args.ticker, event_ticker=args.event))

    from kalshi_api.api.orders import get_orders

    filters = {"status": "resting", "ticker": args.ticker, "event_ticker": args.event}
    resting = list(client.paginate(get_orders, **{k: v for k, v in filters.items() if v}))
    if not resting:
        ctx.note(f"no resting orders{where}: nothing to cancel")
        return report(ctx, client.batch_cancel([]))
    plural = "s" if len(resting) != 1 else ""
    if not _confirm(f"Cancel {len(resting)} resting order{plural}{where}?"):
        ctx.note("nothing canceled")
        return 1
    return report(ctx, client.batch_cancel(resting))


# --------------------------------------------------------------------------- parsers


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from kalshi.orders import TimeInForce
    from kalshi_api.models import SelfTradePreventionType

    group = add_command(
        subparsers,
        "order",
        None,
        summary="place, cancel or amend one order",
        description="Place, cancel or amend orders (Kalshi's V2 orders on the single YES book).",
        common=common,
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    parser = add_command(
        actions,
        "place",
        place,
        summary="place a limit order",
        description="Place a limit order on the YES book. Give the book side with --side "
        "(bid buys YES, ask sells YES)\nand the YES price, or the old economics with --buy "
        "or --sell and that outcome's price:\n--buy no --price 0.30 is an ask at 0.70. "
        "A client order id is made for you, so a retried\nrequest never doubles the order.",
        common=common,
        epilog="examples:\n"
        "  kalshi order place KXHIGHNY-26NOV23-T60 --side bid 10 --price 0.56\n"
        "  kalshi order place KXHIGHNY-26NOV23-T60 --buy no 5 --price 0.30 --tif "
        "immediate_or_cancel",
    )
    parser.add_argument("ticker", metavar="TICKER")
    parser.add_argument("count", metavar="COUNT", type=count_arg, help="contracts (steps of 0.01)")
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument("--side", choices=["bid", "ask"], help="book side: bid buys YES, ask sells")
    side.add_argument("--buy", choices=["yes", "no"], metavar="yes|no", help="buy this outcome")
    side.add_argument("--sell", choices=["yes", "no"], metavar="yes|no", help="sell this outcome")
    parser.add_argument(
        "--price",
        type=price_arg,
        required=True,
        metavar="P",
        help="limit price in dollars (0 < P < 1); with --buy/--sell, that outcome's price",
    )
    parser.add_argument(
        "--tif",
        choices=[m.value for m in TimeInForce],
        default=TimeInForce.GOOD_TILL_CANCELED.value,
        help="time in force (default good_till_canceled)",
    )
    parser.add_argument(
        "--stp",
        choices=[m.value for m in SelfTradePreventionType],
        default=SelfTradePreventionType.TAKER_AT_CROSS.value,
        help="self-trade prevention (default taker_at_cross)",
    )
    parser.add_argument("--post-only", action="store_true", help="rest only; never take")
    parser.add_argument("--reduce-only", action="store_true", help="only reduce a position")
    parser.add_argument("--client-order-id", metavar="ID", help="your own idempotency key")
    parser.add_argument("--order-group", metavar="ID", help="order group id")
    parser.add_argument("--subaccount", type=positive_int, metavar="N")
    parser.add_argument("--tick", metavar="T", help="the market's price tick (default 0.01)")

    parser = add_command(
        actions,
        "cancel",
        cancel,
        summary="cancel orders by id",
        description="Cancel one order (or several, as one batch with a per-order report).",
        common=common,
        epilog="example:\n  kalshi order cancel 6be78af7-14a9-480a-a7e0-d5769c07a634",
    )
    parser.add_argument("order_ids", nargs="+", metavar="ORDER_ID")

    parser = add_command(
        actions,
        "amend",
        amend,
        summary="change an order's price or size",
        description="Change a resting order's price and/or size. What is not given is read "
        "from the order itself.\n--count is the new total (filled + resting), --remaining "
        "the new resting size. The order keeps\nits place in the queue only when it shrinks "
        "at the same price.",
        common=common,
        epilog="examples:\n  kalshi order amend ORDER_ID --price 0.45\n"
        "  kalshi order amend ORDER_ID --remaining 3",
    )
    parser.add_argument("order_id", metavar="ORDER_ID")
    parser.add_argument("--price", type=price_arg, metavar="P", help="new YES price")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--count", type=count_arg, metavar="N", help="new total count")
    size.add_argument("--remaining", type=count_arg, metavar="N", help="new resting count")
    parser.add_argument("--ticker", help="the order's market (looked up when absent)")
    parser.add_argument("--side", choices=["bid", "ask"], help="the order's book side")
    parser.add_argument("--tick", default="0.01", metavar="T", help="price tick (default 0.01)")

    parser = add_command(
        subparsers,
        "cancel-all",
        cancel_all,
        summary="cancel every resting order (kill switch)",
        description="Cancel every resting order, or those of one market or event, in batches, "
        "and print what happened\nto each order. Asks first on a terminal; refuses without "
        "--yes when stdin is not one.\nExit status 1 when any order could not be canceled.",
        common=common,
        epilog="examples:\n  kalshi cancel-all\n  kalshi cancel-all --ticker "
        "KXHIGHNY-26NOV23-T60 --yes --json",
    )
    parser.add_argument("--ticker", help="one market only")
    parser.add_argument("--event", metavar="EVENT_TICKER", help="one event only")
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask")
