"""Run the fake exchange as a standalone server: `python -m kalshi.testing --help`."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path
from types import FrameType

from ._demo import seed_demo_markets
from ._fake import FakeExchange
from ._serve import LoopbackServer, Served

DESCRIPTION = """\
Serve an offline fake Kalshi exchange (Trade API v2) over HTTP on 127.0.0.1, with one member
and, unless --no-demo-markets, the demo markets with house liquidity on both sides. Unless
--no-stream, Kalshi's WebSocket API is served on the same port.

Once it listens it prints one JSON line on standard output:
  base_url          REST base URL for KalshiClient(base_url=...), e.g.
                    http://127.0.0.1:PORT/trade-api/v2
  ws_url            WebSocket URL, ws://127.0.0.1:PORT/trade-api/ws/v2 (the one
                    client.stream() derives from base_url); null with --no-stream
  key_id            the member's API key id
  private_key_file  absolute path of the member's private key (PEM, mode 0600); the key
                    itself is never printed
  markets           the tickers of the markets it opened (empty with --no-demo-markets)

It runs until SIGINT (Ctrl-C) or SIGTERM, then closes every connection and exits 0. The key
file is left in place (delete the temporary directory when done)."""

EXAMPLE = """\
example:
  python -m kalshi.testing --port 8765 --balance 250 > server.json &
  python -c 'import json; print(json.load(open("server.json"))["base_url"])'"""


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="python -m kalshi.testing",
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument(
        "--port", type=int, default=0, help="TCP port on 127.0.0.1 (default 0: a free port)"
    )
    parse.add_argument(
        "--balance", default="1000", help="the member's starting cash in dollars (default 1000)"
    )
    parse.add_argument(
        "--key-type",
        choices=["rsa", "ed25519"],
        default="rsa",
        help="kind of API key to create for the member (default rsa: RSA 2048, signing RSA-PSS)",
    )
    parse.add_argument(
        "--key-file",
        type=Path,
        default=None,
        help="where to write the member's private key, mode 0600 (default: key.pem in a fresh "
        "private temporary directory); an existing file is replaced",
    )
    parse.add_argument(
        "--rate-limit",
        action="store_true",
        help="enforce Kalshi's token buckets and answer 429 when they run dry (default: off)",
    )
    parse.add_argument(
        "--tier",
        choices=["basic", "advanced", "premier", "prime"],
        default="basic",
        help="usage tier whose budgets --rate-limit enforces (default basic)",
    )
    parse.add_argument(
        "--no-demo-markets",
        action="store_true",
        help="open no markets (default: three demo markets with house liquidity)",
    )
    parse.add_argument(
        "--no-stream",
        action="store_true",
        help="serve no WebSocket API (default: served on the REST port, signed handshakes only)",
    )
    parse.add_argument(
        "--no-compress",
        action="store_true",
        help="send every body uncompressed (default: gzip or deflate when the request accepts "
        "it and the body is 128 bytes or more)",
    )
    return parse


def write_key(pem: str, path: Path | None) -> Path:
    """Write the key readable by its owner only; a fresh private directory when no path."""
    target = path if path is not None else Path(tempfile.mkdtemp(prefix="kalshi-fake-")) / "key.pem"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(pem)
    return target.resolve()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    exchange = FakeExchange(
        rate_limit=args.rate_limit,
        tier=args.tier,
        compress=not args.no_compress,
        stream=not args.no_stream,
    )
    markets = [] if args.no_demo_markets else seed_demo_markets(exchange)
    user = exchange.add_user(balance=args.balance, key_type=args.key_type)
    key_file = write_key(user.private_key_pem, args.key_file)

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server = LoopbackServer(exchange.app, port=args.port, services=exchange.services).start()
    try:
        served = Served(server)
        line = {
            "base_url": served.base_url,
            "ws_url": None if args.no_stream else served.ws_url,
            "key_id": user.key_id,
            "private_key_file": str(key_file),
            "markets": markets,
        }
        print(json.dumps(line), flush=True)
        while not stop.wait(0.1):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
