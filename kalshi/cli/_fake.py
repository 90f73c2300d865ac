"""`kalshi fake`: the offline exchange on 127.0.0.1, and the variables that point at it."""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

from ._app import Context, UsageError, add_command, positive_int

#: Markets opened by default, with house liquidity: ticker -> (YES bids, YES asks).
MARKETS: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "KXHIGHNY-26NOV23-T60": ([("0.41", 100), ("0.40", 200)], [("0.44", 60), ("0.46", 150)]),
    "KXHIGHNY-26NOV23-T65": ([("0.18", 120)], [("0.22", 80), ("0.24", 100)]),
    "KXBTC-26NOV23-B100K": ([("0.55", 75)], [("0.58", 90)]),
}


def fake(ctx: Context) -> int:
    from ..testing import FakeExchange

    args = ctx.args
    exchange = FakeExchange()
    tickers = args.market or ([] if args.no_markets else list(MARKETS))
    for ticker in tickers:
        exchange.add_market(ticker)
        bids, asks = MARKETS.get(ticker, ([("0.45", 100)], [("0.55", 100)]))
        exchange.seed_liquidity(ticker, bids=bids, asks=asks)
    try:
        user = exchange.add_user(balance=args.balance)
    except (ArithmeticError, ValueError):
        raise UsageError(f"--balance {args.balance!r} is not an amount in dollars") from None

    scratch = None
    if args.key_file:
        key_file = Path(args.key_file)
    else:
        scratch = tempfile.mkdtemp(prefix="kalshi-fake-")
        key_file = Path(scratch) / "fake-kalshi-key.pem"
    key_file.write_text(user.private_key_pem)  # never printed: only its path is
    os.chmod(key_file, 0o600)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with exchange.serve(port=args.port) as base_url:
            settings = {
                "KALSHI_BASE_URL": base_url,
                "KALSHI_API_KEY_ID": user.key_id,
                "KALSHI_PRIVATE_KEY_PATH": str(key_file.resolve()),
            }
            if ctx.out.human:
                exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in settings.items())
                ctx.out.write(f"unset KALSHI_PRIVATE_KEY KALSHI_ENV; export {exports}")
                ctx.note(
                    f"kalshi: fake exchange at {base_url}: one user with "
                    f"${args.balance}, markets {', '.join(tickers) or '(none)'}.\n"
                    "kalshi: paste the line above into another shell; Ctrl-C here to stop."
                )
            else:
                ctx.out.write_json(  # one line, for a script to read
                    {
                        "base_url": base_url,
                        "key_id": user.key_id,
                        "private_key_file": settings["KALSHI_PRIVATE_KEY_PATH"],
                        "markets": tickers,
                        "env": settings,
                    }
                )
            with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how it ends
                stop.wait()
    finally:
        if scratch is not None:
            key_file.unlink(missing_ok=True)
            os.rmdir(scratch)
    return 0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "fake",
        fake,
        summary="run the offline fake exchange",
        description="Start the offline fake exchange on 127.0.0.1 with a few markets and one "
        "funded user, and print\nthe environment variables that point this command line (and "
        "the library's from_env) at it.\nIt runs until Ctrl-C. The user's private key is "
        "written to a file (mode 0600; --key-file PATH, else a temporary one\n"
        "removed at the end), never printed.",
        common=common,
        epilog="example:\n  kalshi fake --port 8765 --balance 250\n"
        "  # in another shell, paste the printed line, then: kalshi balance",
    )
    parser.add_argument("--port", type=positive_int, default=0, help="TCP port (default: free)")
    parser.add_argument("--balance", default="1000", metavar="DOLLARS", help="default 1000")
    parser.add_argument(
        "--market", action="append", metavar="TICKER", help="open this market (repeatable)"
    )
    parser.add_argument("--no-markets", action="store_true", help="open no markets")
