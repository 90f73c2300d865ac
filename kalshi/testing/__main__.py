"""Run the fake exchange as a standalone server: `python -m kalshi.testing --help`."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from pathlib import Path

from . import FakeExchange
from ._demo import seed_demo_markets
from ._serve import LoopbackServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kalshi.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0 = free)")
    parser.add_argument("--balance", default="1000", help="the user's balance in dollars")
    parser.add_argument("--key-type", choices=["rsa", "ed25519"], default="rsa")
    parser.add_argument(
        "--key-file",
        default="fake-kalshi-key.pem",
        help="where to write the user's private key (mode 0600)",
    )
    parser.add_argument("--legacy-orders", choices=["gone", "live"], default="gone")
    parser.add_argument("--rate-limit", action="store_true", help="enforce Basic-tier buckets")
    parser.add_argument("--no-demo-markets", action="store_true")
    parser.add_argument(
        "--no-compress",
        action="store_true",
        help="send every body uncompressed (default: gzip/deflate when accepted, >= 128 bytes)",
    )
    args = parser.parse_args(argv)

    exchange = FakeExchange(
        legacy_orders=args.legacy_orders, rate_limit=args.rate_limit, compress=not args.no_compress
    )
    markets = [] if args.no_demo_markets else seed_demo_markets(exchange)
    user = exchange.add_user(balance=args.balance, key_type=args.key_type)
    key_file = Path(args.key_file)
    key_file.write_text(user.private_key_pem)
    os.chmod(key_file, 0o600)
    server = LoopbackServer(exchange.app, port=args.port).start()
    print(
        json.dumps(
            {
                "base_url": server.base_url,
                "key_id": user.key_id,
                "private_key_file": str(key_file.resolve()),
                "markets": markets,
            }
        ),
        flush=True,
    )

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
