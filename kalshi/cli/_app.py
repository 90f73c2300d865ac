"""The parts every command shares: global options, the client, the output, usage errors."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._client import (
    ENV_BASE_URL,
    ENV_ENVIRONMENT,
    ENV_KEY,
    ENV_KEY_ID,
    ENV_KEY_PATH,
)
from ._output import Mode, Output

if TYPE_CHECKING:
    from .._client import KalshiClient
    from ..stream import Stream

#: Not read by the library: where the command line streams from when the URL beside the REST
#: base URL is not the right one.
ENV_WS_URL = "KALSHI_WS_URL"

Handler = Callable[["Context"], int]


class UsageError(Exception):
    """Bad input the user can fix (exit status 2); the message says how."""


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the hand-made line breaks of descriptions and epilogs (examples stay readable)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


def common_options(*, top: bool) -> argparse.ArgumentParser:
    """The options accepted before or after any command (`kalshi --json orders` and
    `kalshi orders --json` alike), as a parent parser."""
    parser = argparse.ArgumentParser(add_help=False)
    add_common(parser, top=top)
    return parser


def add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Add the shared options to `parser`. Below the top level they default to SUPPRESS, so a
    subcommand does not overwrite what was given before it."""
    default: Any = None if top else argparse.SUPPRESS
    flag_default: Any = False if top else argparse.SUPPRESS
    where = parser.add_argument_group("connection (default: the KALSHI_* environment variables)")
    where.add_argument(
        "--env",
        choices=["prod", "demo"],
        default=default,
        help=f"Kalshi environment (${ENV_ENVIRONMENT}; default prod)",
    )
    where.add_argument(
        "--base-url", default=default, metavar="URL", help=f"REST base URL (${ENV_BASE_URL})"
    )
    where.add_argument(
        "--ws-url",
        default=default,
        metavar="URL",
        help=f"WebSocket URL (${ENV_WS_URL}; default: beside the base URL)",
    )
    where.add_argument(
        "--key-id", default=default, metavar="ID", help=f"API key id (${ENV_KEY_ID})"
    )
    where.add_argument(
        "--key-file",
        default=default,
        metavar="PEM",
        help=f"private key file (${ENV_KEY_PATH}, or the PEM itself in ${ENV_KEY})",
    )
    shown = parser.add_argument_group("output")
    shown.add_argument(
        "--json",
        action="store_true",
        default=flag_default,
        help="one JSON document, money as Kalshi's exact decimal strings",
    )
    shown.add_argument(
        "--jsonl",
        action="store_true",
        default=flag_default,
        help="one JSON line per item (lists and streams); not with --json",
    )
    shown.add_argument(
        "--debug",
        action="store_true",
        default=flag_default,
        help="log every request and stream event on stderr",
    )


def add_command(
    subparsers: Any,
    name: str,
    handler: Handler | None,
    *,
    summary: str,
    description: str,
    common: argparse.ArgumentParser,
    epilog: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand with its help texts and the shared options."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=summary,
        description=description,
        epilog=epilog,
        parents=[common],
        formatter_class=Formatter,
    )
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


# --------------------------------------------------------------------------- argument types


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} must not be negative")
    return number


def price_arg(value: str) -> Decimal:
    """A price in dollars, strictly between 0 and 1 (the tick is checked when the order is
    built, since markets may use finer ticks)."""
    from .. import money

    try:
        amount = money.to_decimal(value, "price")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a price in dollars") from None
    if not Decimal(0) < amount < Decimal(1):
        raise argparse.ArgumentTypeError(
            f"price {value} must be strictly between 0 and 1 dollar (e.g. 0.56)"
        )
    return amount


def count_arg(value: str) -> Decimal:
    """A contract count: positive, in steps of 0.01."""
    from .. import money

    try:
        money.count(value)
    except (ValueError, TypeError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return money.to_decimal(value, "count")


# --------------------------------------------------------------------------- the run


class Context:
    """One run: the parsed arguments, the output, and the client made on first use."""

    def __init__(self, args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> None:
        self.args = args
        self.environ = dict(os.environ if environ is None else environ)
        mode: Mode = "json" if args.json else "jsonl" if args.jsonl else "table"
        self.out = Output(mode)
        self._client: KalshiClient | None = None

    def option(self, name: str, default: Any = None) -> Any:
        return getattr(self.args, name, default)

    def settings(self) -> dict[str, str]:
        """The KALSHI_* variables with the flags applied on top (flags win)."""
        env = {k: v for k, v in self.environ.items() if k.startswith("KALSHI_")}
        if self.args.key_id:
            env[ENV_KEY_ID] = self.args.key_id
        if self.args.key_file:
            env[ENV_KEY_PATH] = self.args.key_file
            env.pop(ENV_KEY, None)
        if self.args.env:
            env[ENV_ENVIRONMENT] = self.args.env
            if not self.args.base_url:  # an explicit environment means its own host
                env.pop(ENV_BASE_URL, None)
        if self.args.base_url:
            env[ENV_BASE_URL] = self.args.base_url
        return env

    def client(self, *, credentials: bool = True) -> KalshiClient:
        """The client for this run; `credentials=False` allows public-only use when no key
        is configured (a configured key is used anyway)."""
        if self._client is None:
            from .._client import KalshiClient

            self._client = KalshiClient.from_env(
                environ=self.settings(), require_credentials=credentials
            )
        return self._client

    def ws_url(self) -> str | None:
        return self.args.ws_url or self.environ.get(ENV_WS_URL) or None

    def stream(self) -> Stream:
        """A connected stream with the run's key (Kalshi signs every WebSocket handshake)."""
        return self.client().stream(ws_url=self.ws_url()).connect()

    def note(self, message: str) -> None:
        """A remark for people, on stderr so that stdout stays machine-readable."""
        print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


class _Logging:
    """The command's handler on the `kalshi` logger, and what the logger was before, so that
    `main()` called in process (tests, scripts) leaves logging as it found it."""

    def __init__(self) -> None:
        self.saved: tuple[logging.Handler, int, bool] | None = None

    def setup(self, debug: bool) -> None:
        """Warnings of the library (stream losses, retries) on stderr; everything with
        --debug (every request's method, path and status: never keys or bodies)."""
        logger = logging.getLogger("kalshi")
        if self.saved is None:
            handler = logging.StreamHandler(sys.stderr)
            self.saved = (handler, logger.level, logger.propagate)
            logger.addHandler(handler)
        pattern = "%(asctime)s %(levelname)s %(message)s" if debug else "kalshi: %(message)s"
        self.saved[0].setFormatter(logging.Formatter(pattern))
        logger.setLevel(logging.DEBUG if debug else logging.WARNING)
        logger.propagate = False

    def restore(self) -> None:
        if self.saved is not None:
            handler, level, propagate = self.saved
            logger = logging.getLogger("kalshi")
            logger.removeHandler(handler)
            logger.setLevel(level)
            logger.propagate = propagate
            self.saved = None


LOGGING = _Logging()
