"""The `kalshi` command: quick looks at an account, a kill switch, and every operation of the API.

`main()` is the console script (and `python -m kalshi`). Exit status: 0 success, 1 an API
or stream error (Kalshi's `code` and message on stderr), 2 a usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from . import _account, _call, _fake, _markets, _streaming, _trading
from ._app import LOGGING, Context, Formatter, UsageError, common_options

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

DESCRIPTION = """\
Kalshi's Trade API from the shell: balances, positions, orders and books for a quick look;
cancel-all as a kill switch; `call` for any operation of the API, with exact JSON out.

Credentials come from KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH (or KALSHI_PRIVATE_KEY),
KALSHI_PRIVATE_KEY_PASSWORD, KALSHI_ENV=prod|demo and KALSHI_BASE_URL, like the library's
from_env(); the flags below override them. Money is shown in dollars and never rounded."""

EPILOG = """\
examples:
  kalshi --env demo balance
  kalshi orders --status resting --jsonl
  kalshi order place KXHIGHNY-26NOV23-T60 --side bid 10 --price 0.56
  kalshi cancel-all --yes
  kalshi call GetMarkets --status open --limit 5

exit status: 0 success, 1 API error (Kalshi's code on stderr), 2 usage error, 130 interrupted.
`kalshi COMMAND --help` describes each command."""


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree (every module registers its commands)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("kalshi-trade-api")
    except PackageNotFoundError:  # pragma: no cover - a bare checkout
        ours = "unknown"
    parser = argparse.ArgumentParser(
        prog="kalshi",
        description=DESCRIPTION,
        epilog=EPILOG,
        parents=[common_options(top=True)],
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"kalshi {ours}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    common = common_options(top=False)
    for module in (_account, _markets, _trading, _streaming, _call, _fake):
        module.register(commands, common)
    return parser


def _error(message: str) -> None:
    print(f"kalshi: error: {message}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status (see the module docstring)."""
    from .._errors import (
        APIStatusError,
        ConfigurationError,
        InvalidValue,
        KalshiError,
        KeyLoadError,
    )

    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.json and args.jsonl:
        parser.error("--json and --jsonl do not go together: choose one")
    LOGGING.setup(args.debug)
    ctx = Context(args)
    try:
        return int(args.handler(ctx))
    except UsageError as error:
        _error(str(error))
        return EXIT_USAGE
    except (ConfigurationError, KeyLoadError, InvalidValue) as error:
        _error(str(error))
        return EXIT_USAGE
    except APIStatusError as error:
        code = error.code or f"http_{error.status_code}"
        details = f" ({error.details})" if error.details else ""
        where = f"HTTP {error.status_code}, {error.method} {error.path}"
        _error(f"{code}: {error.message}{details} [{where}]")
        return EXIT_API
    except KalshiError as error:
        _error(str(error) or type(error).__name__)
        return EXIT_API
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `kalshi orders | head`: the reader left, nothing is wrong
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return EXIT_OK
    finally:
        with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C while closing
            ctx.close()
        LOGGING.restore()
