"""Generate the synchronous twin of hand-written async code (`make generate`; `--check`).

Usage: python scripts/unasync.py [--check]

The async file is the only one anybody edits. Its sync twin is made by replacing words
(`async def` -> `def`, `await ` -> nothing, `.asyncio(` -> `.sync(`, ...), then formatted and
import-sorted with the project's ruff settings. `--check` fails when the twin on disk differs.

What only async code has is marked and left out of the twin: a line ending in `# async only`,
and every line from a comment line `# async only: <why>` to `# end async only`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).with_name("ruff")

# (async source, sync twin), relative to the repository root.
PAIRS = [
    ("kalshi/_async_methods.py", "kalshi/_sync_methods.py"),
    ("kalshi/_async_drivers.py", "kalshi/_sync_drivers.py"),
    ("kalshi/_async_paginator.py", "kalshi/_sync_paginator.py"),
    ("kalshi/state/_async_rest.py", "kalshi/state/_sync_rest.py"),
    ("kalshi/state/_async_entry.py", "kalshi/state/_sync_entry.py"),
    ("kalshi/state/_mark_feed.py", "kalshi/state/_sync_mark_feed.py"),
    ("kalshi/state/_view.py", "kalshi/state/_sync_view.py"),
]

# Applied in order, as regular expressions.
REPLACEMENTS = [
    (r"\bAsyncMethods\b", "SyncMethods"),
    (r"\bAsyncFlowTransport\b", "FlowTransport"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"\bAsyncSend\b", "SyncSend"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bvia_async_transport\b", "via_transport"),
    (r"\.aread\(", ".read("),
    (r"\baclose\b", "close"),
    (r"Awaitable\[([^\[\]]+)\]", r"\1"),
    (r"\bawait_wait\b", "block_wait"),
    (r"\blet_fetch_run\b", "let_thread_run"),
    (r"\bAsyncPaginator\b", "Paginator"),
    (r"\bAsyncKalshiClient\b", "KalshiClient"),
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"\.asyncio_detailed\b", ".sync_detailed"),
    (r"\.asyncio\b", ".sync"),
    (r"\bgather_limited\b", "run_in_order"),
    (r"\bget_async_httpx_client\(", "get_httpx_client("),
    (r"\baexecute\b", "execute"),
    (r"\b_AsyncDeadlineStream\b", "_DeadlineStream"),
    (r"\bhttpx\.AsyncByteStream\b", "httpx.SyncByteStream"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\baread_in_time\b", "read_in_time"),
    (r"\bvia_async_client\b", "via_client"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bawait_in_time\b", "block_in_time"),
    (r"from \._async_drivers import", "from ._sync_drivers import"),
    (r"\bAsyncPrefetch\b", "Prefetch"),
    (r"\basend_operation\b", "send_operation"),
    # the account views (kalshi/state/_concurrency.py holds the pairs)
    (r"\bLoop(Event|Lock|Guard|Workers)\b", r"Thread\1"),
    (r"\bself\._guard\b", "self.lock"),  # the thread view's lock is public, the no-op is not
    (r"\bMarkFeed\b", "SyncMarkFeed"),
    (r"\bAsyncStream\b", "Stream"),
    (r"\bSubscription\b", "SyncSubscription"),
    (r"\bAsyncWaiter\b", "SyncWaiter"),
    (r"\bAccountView\b", "SyncAccountView"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\bfrom \. import _async_entry\b", "from . import _sync_entry"),
    (r"\bfrom \._async_rest import", "from ._sync_rest import"),
    (r"\bfrom \._mark_feed import", "from ._sync_mark_feed import"),
]


def header(source: str) -> str:
    return f"# Generated from {source} by scripts/unasync.py: edit that file instead.\n"


ASYNC_ONLY_LINE = re.compile(r"#\s*async only\s*$")
ASYNC_ONLY_BEGIN = re.compile(r"^\s*#\s*async only:")
ASYNC_ONLY_END = re.compile(r"^\s*#\s*end async only\s*$")


def drop_async_only(text: str, source: str) -> str:
    """`text` without what is marked async only (see the module docstring)."""
    kept: list[str] = []
    inside = False
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        if ASYNC_ONLY_BEGIN.match(line):
            if inside:
                raise SystemExit(f"{source}:{number}: async only block inside another")
            inside = True
        elif ASYNC_ONLY_END.match(line):
            if not inside:
                raise SystemExit(f"{source}:{number}: end of an async only block never begun")
            inside = False
        elif not inside and not ASYNC_ONLY_LINE.search(line):
            kept.append(line)
    if inside:
        raise SystemExit(f"{source}: async only block never ended")
    return "".join(kept)


def twin(source: str, target: str) -> str:
    text = drop_async_only((ROOT / source).read_text(encoding="utf-8"), source)
    for pattern, replacement in REPLACEMENTS:
        text = re.sub(pattern, replacement, text)
    text = header(source) + text
    tidy = (["check", "--select", "I,F401", "--fix-only", "--quiet"], ["format", "--quiet"])
    for command in tidy:
        done = subprocess.run(
            [str(RUFF), *command, "--stdin-filename", target, "-"],
            input=text,
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        text = done.stdout
    return text


def main(argv: list[str]) -> int:
    check = argv == ["--check"]
    stale = []
    for source, target in PAIRS:
        text = twin(source, target)
        path = ROOT / target
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(target)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"stale (run make generate): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
