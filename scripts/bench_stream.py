"""The streaming scenario of `make bench` (scripts/bench.py, row 7).

Baseline B: bare `websockets` with a signed handshake, `json.loads` on every frame, nothing else.
Ours: `kalshi.stream.AsyncStream`: every delta seq-checked, parsed into the generated
`kalshi_ws` models and applied to a `Decimal` order book (`stream.order_book`), or delivered
through a subscription's iterator. Both read the same replay from scripts/bench_ws_server.py.

`python scripts/bench_stream.py --memory URL COUNT` (a fresh process) replays COUNT deltas
into a book and prints the process's resident memory after a tenth of them and at the end.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TICKER = "KXBENCH-26JAN01-T50"


def start_ws_server(count: int) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "bench_ws_server.py"), str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    port = int(process.stdout.readline())
    return process, f"ws://127.0.0.1:{port}/trade-api/ws/v2"


def auth() -> Any:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from kalshi import KalshiAuth

    return KalshiAuth("bench", rsa.generate_private_key(65537, 2048))


async def baseline(url: str, count: int, signer: Any) -> float:
    """Seconds from subscribe to the last delta decoded, bare websockets + json.loads."""
    from websockets.asyncio.client import connect

    from kalshi.stream import handshake_headers

    async with connect(
        url, additional_headers=handshake_headers(signer, url), compression=None, max_size=None
    ) as ws:
        start = time.perf_counter()
        await ws.send(json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["x"]}}))
        received = 0
        async for frame in ws:
            data = json.loads(frame)
            if data.get("type") == "orderbook_delta":
                received += 1
                if received == count:
                    break
        return time.perf_counter() - start


async def ours_book(url: str, count: int, signer: Any) -> float:
    """Seconds until the stream's own book has applied every delta."""
    from kalshi.stream import AsyncStream

    async with AsyncStream(signer, url) as stream:
        start = time.perf_counter()
        book = await stream.order_book(TICKER)
        while book.updates < count + 1:  # the snapshot, then the deltas
            await asyncio.sleep(0.001)
        elapsed = time.perf_counter() - start
        assert book.is_ready and book.seq == count + 1
        return elapsed


async def ours_iterator(url: str, count: int, signer: Any) -> float:
    """Seconds until a consumer has taken every typed delta from a subscription's iterator."""
    from kalshi.stream import AsyncStream, Resync
    from kalshi_ws.models import OrderbookDelta

    async with AsyncStream(signer, url, max_queue=count + 10) as stream:
        start = time.perf_counter()
        sub = await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
        received = 0
        async for message in sub:
            assert not isinstance(message, Resync)
            if isinstance(message, OrderbookDelta):
                received += 1
                if received == count:
                    break
        return time.perf_counter() - start


def resident_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


async def memory(url: str, count: int) -> dict[str, float]:
    from kalshi.stream import AsyncStream

    signer = auth()
    async with AsyncStream(signer, url) as stream:
        book = await stream.order_book(TICKER)
        early = None
        while book.updates < count + 1:
            if early is None and book.updates >= count // 10:
                early = resident_mb()
            await asyncio.sleep(0.005)
        return {"early_mb": early or resident_mb(), "end_mb": resident_mb()}


def memory_in_child(url: str, count: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--memory", url, str(count)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(json.loads(out))


def measure(count: int, rounds: int) -> dict[str, float]:
    """Median messages/s of B, ours (book) and ours (iterator), alternating rounds."""
    import statistics

    process, url = start_ws_server(count)
    try:
        signer = auth()
        runs: dict[str, list[float]] = {"baseline": [], "book": [], "iterator": []}
        for _ in range(rounds):
            runs["baseline"].append(asyncio.run(baseline(url, count, signer)))
            runs["book"].append(asyncio.run(ours_book(url, count, signer)))
            runs["iterator"].append(asyncio.run(ours_iterator(url, count, signer)))
        return {name: count / statistics.median(times) for name, times in runs.items()}
    finally:
        process.terminate()
        process.wait()


def long_replay(count: int) -> dict[str, float]:
    process, url = start_ws_server(count)
    try:
        return memory_in_child(url, count)
    finally:
        process.terminate()
        process.wait()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:
        print(json.dumps(asyncio.run(memory(sys.argv[2], int(sys.argv[3])))))
    else:
        print(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000, 3))
