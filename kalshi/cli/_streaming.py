"""Streaming commands: `tail` (fills, orders, trades, ticker) and `book --watch`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from ._app import Context, add_command, positive_int
from ._output import count, money, text, when

#: What `tail` names, and Kalshi's channel for it.
CHANNELS = {"fills": "fill", "orders": "user_orders", "trades": "trade", "ticker": "ticker"}

#: How often `book --watch` looks for changes (the book itself is kept by the stream).
WATCH_INTERVAL = 0.1


def _stamp(msg: dict[str, Any]) -> str:
    return when(msg.get("ts_ms") or msg.get("ts") or msg.get("last_updated_ts_ms"))


def _fill_line(msg: dict[str, Any]) -> str:
    role = "" if msg.get("is_taker") is None else ("taker" if msg["is_taker"] else "maker")
    return (
        f"{_stamp(msg)}  {text(msg.get('market_ticker')):<28} {text(msg.get('book_side')):<4}"
        f"{count(msg.get('count_fp')):>10} @ {money(msg.get('yes_price_dollars')):<8}"
        f" fee {money(msg.get('fee_cost')):<7} {role:<5}  order {text(msg.get('order_id'))}"
    )


def _order_line(msg: dict[str, Any]) -> str:
    return (
        f"{_stamp(msg)}  {text(msg.get('ticker')):<28} {text(msg.get('status')):<9}"
        f" {text(msg.get('book_side')):<4} {money(msg.get('yes_price_dollars')):>8}"
        f"  filled {count(msg.get('fill_count_fp')):>8}"
        f"  resting {count(msg.get('remaining_count_fp')):>8}  {text(msg.get('order_id'))}"
    )


def _trade_line(msg: dict[str, Any]) -> str:
    return (
        f"{_stamp(msg)}  {text(msg.get('market_ticker')):<28}"
        f" {text(msg.get('taker_book_side') or msg.get('taker_side')):<4}"
        f"{count(msg.get('count_fp')):>10} @ {money(msg.get('yes_price_dollars'))}"
    )


def _ticker_line(msg: dict[str, Any]) -> str:
    return (
        f"{_stamp(msg)}  {text(msg.get('market_ticker')):<28}"
        f" bid {money(msg.get('yes_bid_dollars')):>8}  ask {money(msg.get('yes_ask_dollars')):>8}"
        f"  last {money(msg.get('price_dollars')):>8}  volume {count(msg.get('volume_fp'))}"
    )


LINES: dict[str, Callable[[dict[str, Any]], str]] = {
    "fill": _fill_line,
    "user_orders": _order_line,
    "trade": _trade_line,
    "ticker": _ticker_line,
}


def _resync_note(marker: Any) -> str:
    seqs = (
        f" (expected seq {marker.expected_seq}, got {marker.received_seq})"
        if marker.expected_seq is not None
        else ""
    )
    code = f" (error {marker.code})" if marker.code is not None else ""
    return f"kalshi: stream: {marker.reason} on {marker.channel}: messages may be lost{seqs}{code}"


def tail(ctx: Context) -> int:
    from ..stream import Resync

    channel = CHANNELS[ctx.args.what]
    tickers = ctx.args.tickers or None
    limit = ctx.args.count
    show = LINES[channel]
    seen = 0
    with ctx.stream() as stream:
        subscription = stream.subscribe(channel, market_tickers=tickers)
        if ctx.out.human:
            scope = ", ".join(tickers) if tickers else "all markets"
            ctx.note(f"kalshi: following {channel} ({scope}); Ctrl-C to stop")
        for message in subscription:
            if isinstance(message, Resync):
                if ctx.out.human:
                    ctx.note(_resync_note(message))
                else:
                    ctx.out.write_json({"type": "resync", **asdict(message)})
                continue
            data = message.to_dict() if hasattr(message, "to_dict") else message
            msg = data.get("msg") if isinstance(data, dict) else None
            line = show(msg) if isinstance(msg, dict) else text(data)
            ctx.out.event(data, line)
            seen += 1
            if limit and seen >= limit:
                return 0
    ctx.note("kalshi: error: the stream ended")
    return 1


def watch_book(ctx: Context) -> int:
    """Redraw the live book on every change (one JSON line per change with --jsonl)."""
    from ._markets import book_document, render_book

    ticker, depth, limit = ctx.args.ticker, ctx.args.depth or None, ctx.args.count
    redraw = ctx.out.human and sys.stdout.isatty()
    shown, last, stale = 0, -1, False
    with ctx.stream() as stream:
        book = stream.order_book(ticker)
        while True:
            if not book.is_ready:
                if not stale and shown:
                    ctx.note("kalshi: stream: the book is resyncing (messages were lost)")
                stale = True
                time.sleep(WATCH_INTERVAL)
                continue
            stale = False
            if book.updates != last:
                last = book.updates
                document = book_document(
                    ticker, book.levels("yes", depth), book.levels("no", depth)
                )
                if ctx.out.human:
                    picture = render_book(document)
                    ctx.out.write(("\x1b[H\x1b[2J" + picture) if redraw else picture + "\n")
                else:
                    ctx.out.write_json(document)
                shown += 1
                if limit and shown >= limit:
                    return 0
            time.sleep(WATCH_INTERVAL)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "tail",
        tail,
        summary="follow fills, orders, trades or tickers live",
        description="Follow a WebSocket channel and print each message as it arrives, until "
        "Ctrl-C (exit status 130):\n  fills   your fills (channel fill)\n"
        "  orders  your order updates (user_orders)\n  trades  public trades (trade)\n"
        "  ticker  quotes and last prices (ticker)\nWith tickers, only those markets. Lost "
        "messages are reported (a resync line), never hidden.\n--json and --jsonl print one "
        "JSON line per message.",
        common=common,
        epilog="examples:\n  kalshi tail fills\n  kalshi tail ticker KXHIGHNY-26NOV23-T60 "
        "--jsonl\n  kalshi tail trades KXHIGHNY-26NOV23-T60 --count 10",
    )
    parser.add_argument("what", choices=sorted(CHANNELS), metavar="fills|orders|trades|ticker")
    parser.add_argument("tickers", nargs="*", metavar="TICKER", help="markets to follow")
    parser.add_argument(
        "--count", type=positive_int, default=0, metavar="N", help="stop after N messages"
    )
