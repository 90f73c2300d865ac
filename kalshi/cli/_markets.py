"""Market data commands: markets, market, book (REST; `--watch` streams)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from decimal import Decimal
from itertools import zip_longest
from typing import Any

from ._account import add_limit, listing
from ._app import Context, UsageError, add_command, positive_int
from ._output import Column, count, decimal_or_none, field, money, pairs, table, text, when

ONE = Decimal(1)

MARKET_COLUMNS = [
    Column("ticker", field("ticker")),
    Column("status", field("status")),
    Column("bid", field("yes_bid_dollars", money), numeric=True),
    Column("ask", field("yes_ask_dollars", money), numeric=True),
    Column("last", field("last_price_dollars", money), numeric=True),
    Column("volume", field("volume_fp", count), numeric=True),
    Column("closes (UTC)", field("close_time", when)),
    Column("title", field("title")),
]


def markets(ctx: Context) -> int:
    from kalshi_api.api.market import get_markets

    rows = listing(
        ctx,
        get_markets,
        credentials=False,
        status=ctx.option("status"),
        series_ticker=ctx.option("series"),
        event_ticker=ctx.option("event"),
    )
    ctx.out.items(rows, MARKET_COLUMNS)
    return 0


def market(ctx: Context) -> int:
    response = ctx.client(credentials=False).market.get_market(ctx.args.ticker)
    data = response.market.to_dict() if response.market else {}

    def render() -> str:
        return pairs(
            [
                ("ticker", text(data.get("ticker"))),
                ("title", text(data.get("title"))),
                ("event", text(data.get("event_ticker"))),
                ("status", text(data.get("status"))),
                ("yes bid", _quote(data, "yes_bid")),
                ("yes ask", _quote(data, "yes_ask")),
                ("last price", money(data.get("last_price_dollars"))),
                ("volume", count(data.get("volume_fp"))),
                ("open interest", count(data.get("open_interest_fp"))),
                ("opens (UTC)", when(data.get("open_time"))),
                ("closes (UTC)", when(data.get("close_time"))),
                ("result", text(data.get("result"))),
            ]
        )

    ctx.out.document(data, render)
    return 0


def _quote(data: dict[str, Any], name: str) -> str:
    price = money(data.get(f"{name}_dollars"))
    size = data.get(f"{name}_size_fp")
    return f"{price} x {count(size)}" if price and size is not None else price


# --------------------------------------------------------------------------- books


def book_document(
    ticker: str, yes: Iterable[Sequence[Any]], no: Iterable[Sequence[Any]]
) -> dict[str, Any]:
    """A book as the command line shows it: both bid sides best first, as exact strings,
    and the YES market they make (best ask = 1 - best NO bid)."""

    def side(levels: Iterable[Sequence[Any]]) -> list[list[str]]:
        parsed = []
        for level in levels:
            price, size = decimal_or_none(level[0]), decimal_or_none(level[1])
            if price is not None and size is not None:
                parsed.append((price, size))
        parsed.sort(key=lambda pair: pair[0], reverse=True)
        return [[f"{price:f}", f"{size:f}"] for price, size in parsed]

    yes_levels, no_levels = side(yes), side(no)
    bid = Decimal(yes_levels[0][0]) if yes_levels else None
    ask = ONE - Decimal(no_levels[0][0]) if no_levels else None
    return {
        "ticker": ticker,
        "yes": yes_levels,
        "no": no_levels,
        "best_bid": None if bid is None else f"{bid:f}",
        "best_ask": None if ask is None else f"{ask:f}",
        "spread": None if bid is None or ask is None else f"{ask - bid:f}",
    }


def render_book(book: dict[str, Any]) -> str:
    """A ladder: YES bids on the left, YES asks (NO bids at 1 - price) on the right."""
    rows = [
        {
            "bid_size": count(bid[1]) if bid else "",
            "bid": money(bid[0]) if bid else "",
            "ask": money(ONE - Decimal(ask[0])) if ask else "",
            "ask_size": count(ask[1]) if ask else "",
            "no": money(ask[0]) if ask else "",
        }
        for bid, ask in zip_longest(book["yes"], book["no"])
    ]
    columns = [
        Column("contracts", field("bid_size"), numeric=True),
        Column("YES bid", field("bid"), numeric=True),
        Column("YES ask", field("ask"), numeric=True),
        Column("contracts", field("ask_size"), numeric=True),
        Column("(NO bid)", field("no"), numeric=True),
    ]
    head = (
        f"{book['ticker']}  best bid {money(book['best_bid']) or '-'}  "
        f"best ask {money(book['best_ask']) or '-'}  spread {money(book['spread']) or '-'}"
    )
    return f"{head}\n{table(columns, rows)}"


def book(ctx: Context) -> int:
    if ctx.args.count and not ctx.args.watch:
        raise UsageError("--count goes with --watch")
    if ctx.args.watch:
        from ._streaming import watch_book

        return watch_book(ctx)
    depth = ctx.args.depth
    response = ctx.client(credentials=False).market.get_market_orderbook(
        ctx.args.ticker, depth=depth or 0
    )
    levels = response.orderbook_fp
    yes = (levels.yes_dollars if levels else None) or []
    no = (levels.no_dollars if levels else None) or []
    document = book_document(ctx.args.ticker, [lv for lv in yes if lv], [lv for lv in no if lv])
    if depth:
        document["yes"], document["no"] = document["yes"][:depth], document["no"][:depth]
    ctx.out.document(document, lambda: render_book(document))
    return 0


# --------------------------------------------------------------------------- parsers


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from kalshi_api.models import GetMarketsStatus

    parser = add_command(
        subparsers,
        "markets",
        markets,
        summary="list markets",
        description="List markets with their best YES bid and ask, last price and volume.\n"
        "Public: no key needed.",
        common=common,
        epilog="examples:\n  kalshi markets --status open --series KXHIGHNY\n"
        "  kalshi markets --event KXHIGHNY-26NOV23 --limit 0 --jsonl",
    )
    parser.add_argument("--status", choices=sorted(m.value for m in GetMarketsStatus))
    parser.add_argument("--series", metavar="SERIES_TICKER", help="one series only")
    parser.add_argument("--event", metavar="EVENT_TICKER", help="one event only")
    add_limit(parser, 100)

    parser = add_command(
        subparsers,
        "market",
        market,
        summary="one market",
        description="Show one market: status, quotes, volume, open interest, times.",
        common=common,
        epilog="example:\n  kalshi market KXHIGHNY-26NOV23-T60 --json",
    )
    parser.add_argument("ticker", metavar="TICKER")

    parser = add_command(
        subparsers,
        "book",
        book,
        summary="a market's order book (live with --watch)",
        description="Show a market's order book: YES bids, and YES asks (a NO bid at q is a "
        "YES ask at 1 - q).\nWith --watch it follows the WebSocket stream and redraws on "
        "every change until Ctrl-C\n(--jsonl: one line per change).",
        common=common,
        epilog="examples:\n  kalshi book KXHIGHNY-26NOV23-T60 --depth 5\n"
        "  kalshi book KXHIGHNY-26NOV23-T60 --watch --jsonl",
    )
    parser.add_argument("ticker", metavar="TICKER")
    parser.add_argument(
        "--depth", type=positive_int, default=0, metavar="N", help="best N levels a side"
    )
    parser.add_argument("--watch", action="store_true", help="follow the live book (streaming)")
    parser.add_argument(
        "--count",
        type=positive_int,
        default=0,
        metavar="N",
        help="with --watch: stop after N updates (default: until Ctrl-C)",
    )
