"""`make bench`: the client against a baseline measured in the same run; prints a markdown table.

Server: scripts/bench_server.py, a minimal asyncio responder in another process on 127.0.0.1,
so that the client's own cost is what gets measured. The batch route answers after a simulated
5 ms exchange latency; the other routes at once. Scenario 7 measures the fake exchange's
loopback server (`exchange.serve()`, in this process, signatures verified) against that
responder, with the same client.

Baseline B: a plain `httpx.Client` (or `httpx.AsyncClient`) with keep-alive that signs every
request with RSA-PSS and decodes with `json.loads` - no models, no retries, no rate limiting.
Ours: `kalshi.KalshiClient` / `AsyncKalshiClient` with `rate_limit=False` (pacing would measure
Kalshi's budget, not the client). Row 7 streams order book deltas (scripts/bench_stream.py).
Each figure is the median of several alternating rounds, and every ratio compares figures of
the same run. CPU = user CPU of this (client) process.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3


# --------------------------------------------------------------------------- helpers


def user_cpu() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


def timed(function: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, user CPU seconds) of one call."""
    cpu, wall = user_cpu(), time.perf_counter()
    function()
    return time.perf_counter() - wall, user_cpu() - cpu


def keys() -> tuple[Any, Any]:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    return rsa.generate_private_key(65537, 2048), ed25519.Ed25519PrivateKey.generate()


def baseline_headers(key: Any, method: str, path: str) -> dict[str, str]:
    """Kalshi's signature, written out plainly, as every other client does it."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ed25519, padding

    stamp = str(int(time.time() * 1000))
    message = (stamp + method + path).encode()
    if isinstance(key, ed25519.Ed25519PrivateKey):
        signature = key.sign(message)
    else:
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        signature = key.sign(message, pss, hashes.SHA256())
    return {
        "KALSHI-ACCESS-KEY": "bench",
        "KALSHI-ACCESS-TIMESTAMP": stamp,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
    }


def start_server() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "bench_server.py")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    port = int(process.stdout.readline())
    return process, f"http://127.0.0.1:{port}/trade-api/v2"


def median_of(rounds: list[tuple[float, float]], index: int) -> float:
    return statistics.median(r[index] for r in rounds)


# --------------------------------------------------------------------------- scenario bodies


def baseline_balance(base: str, key: Any, n: int) -> Callable[[], None]:
    import httpx

    client = httpx.Client(base_url=base)
    path = "/trade-api/v2/portfolio/balance"

    def run() -> None:
        for _ in range(n):
            response = client.get("/portfolio/balance", headers=baseline_headers(key, "GET", path))
            _ = json.loads(response.content)["balance"]

    return run


def floor_balance(base: str, key: Any, n: int) -> Callable[[], None]:
    """What any client pays at least: the signature, httpx's bare transport, `json.loads`."""
    import httpx

    transport = httpx.HTTPTransport()
    url = httpx.URL(base + "/portfolio/balance")
    path = "/trade-api/v2/portfolio/balance"

    def run() -> None:
        for _ in range(n):
            request = httpx.Request("GET", url, headers=baseline_headers(key, "GET", path))
            response = transport.handle_request(request)
            response.read()
            _ = json.loads(response.content)["balance"]

    return run


def ours_balance(base: str, key: Any, n: int, key_id: str = "bench") -> Callable[[], None]:
    from kalshi import KalshiClient
    from kalshi_api.api.portfolio import get_balance

    client = KalshiClient(key_id, key, base_url=base, rate_limit=False)

    def run() -> None:
        for _ in range(n):
            _ = get_balance.sync(client=client).balance

    return run


def baseline_paginate(base: str, key: Any, total: int) -> Callable[[], int]:
    """A ready client (imports done, connection pool made); the call pages through `total`."""
    import httpx

    client = httpx.Client(base_url=base)
    path = "/trade-api/v2/portfolio/orders"

    def run() -> int:
        cursor, count = "", 0
        while True:
            params: dict[str, str | int] = {"limit": 1000, "ticker": f"TOTAL-{total}"}
            if cursor:
                params["cursor"] = cursor
            response = client.get(
                "/portfolio/orders", params=params, headers=baseline_headers(key, "GET", path)
            )
            page = json.loads(response.content)
            for order in page["orders"]:
                count += 1 if order["order_id"] else 0
            cursor = page["cursor"]
            if not cursor:
                return count

    return run


def ours_paginate(base: str, key: Any, total: int) -> Callable[[], int]:
    from kalshi import KalshiClient
    from kalshi_api.api.orders import get_orders

    client = KalshiClient("bench", key, base_url=base, rate_limit=False)

    def run() -> int:
        orders = client.paginate(get_orders, ticker=f"TOTAL-{total}")
        return sum(1 for order in orders if order.order_id)

    return run


def baseline_cancel(base: str, key: Any, ids: list[str]) -> None:
    import httpx

    client = httpx.Client(base_url=base)
    path = "/trade-api/v2/portfolio/events/orders/batched"
    for start in range(0, len(ids), 20):
        body = json.dumps({"orders": [{"order_id": i} for i in ids[start : start + 20]]})
        headers = {**baseline_headers(key, "DELETE", path), "Content-Type": "application/json"}
        response = client.request(
            "DELETE", "/portfolio/events/orders/batched", content=body, headers=headers
        )
        json.loads(response.content)


def ours_cancel_sync(base: str, key: Any, ids: list[str]) -> None:
    from kalshi import KalshiClient

    result = KalshiClient("bench", key, base_url=base, rate_limit=False).batch_cancel(ids)
    assert result.all_ok and len(result) == len(ids)


def ours_cancel_async(base: str, key: Any, ids: list[str]) -> None:
    from kalshi import AsyncKalshiClient

    async def main() -> None:
        async with AsyncKalshiClient("bench", key, base_url=base, rate_limit=False) as client:
            result = await client.batch_cancel(ids)
            assert result.all_ok and len(result) == len(ids)

    asyncio.run(main())


def async_balance(base: str, key: Any, n: int, concurrency: int, ours: bool) -> None:
    async def main() -> None:
        gate = asyncio.Semaphore(concurrency)
        if ours:
            from kalshi import AsyncKalshiClient
            from kalshi_api.api.portfolio import get_balance

            client: Any = AsyncKalshiClient("bench", key, base_url=base, rate_limit=False)

            async def one() -> None:
                async with gate:
                    _ = (await get_balance.asyncio(client=client)).balance
        else:
            import httpx

            client = httpx.AsyncClient(base_url=base)
            path = "/trade-api/v2/portfolio/balance"

            async def one() -> None:
                async with gate:
                    response = await client.get(
                        "/portfolio/balance", headers=baseline_headers(key, "GET", path)
                    )
                    _ = json.loads(response.content)["balance"]

        await asyncio.gather(*(one() for _ in range(n)))
        await client.aclose()

    asyncio.run(main())


def fake_exchange_user() -> tuple[Any, Any]:
    """A fake exchange with one member; its loopback server is started by the caller."""
    from kalshi.testing import FakeExchange

    exchange = FakeExchange()
    return exchange, exchange.add_user(balance="1000")


def ours_balance_as(base: str, user: Any, n: int) -> Callable[[], None]:
    """Scenario 1's loop with the fake exchange's member key (the responder ignores it)."""
    return ours_balance(base, user.private_key_pem, n, key_id=user.key_id)


def concurrent_balance(base: str, user: Any, n: int, clients: int) -> tuple[float, float]:
    """`clients` threads, each its own `KalshiClient` (its own connection), n requests in all:
    (requests per second, slowest single request in seconds)."""
    import threading

    from kalshi import KalshiClient
    from kalshi_api.api.portfolio import get_balance

    made = [
        KalshiClient(user.key_id, user.private_key_pem, base_url=base, rate_limit=False)
        for _ in range(clients)
    ]
    slowest = [0.0] * clients
    start = threading.Barrier(clients + 1)

    def work(index: int) -> None:
        get_balance.sync(client=made[index])  # connect before timing
        start.wait()
        for _ in range(n // clients):
            began = time.perf_counter()
            get_balance.sync(client=made[index])
            slowest[index] = max(slowest[index], time.perf_counter() - began)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    for client in made:
        client.close()
    return (n // clients) * clients / wall, max(slowest)


# --------------------------------------------------------------------------- child processes


def child(args: list[str]) -> None:
    """Run one measurement in a fresh process and print JSON (peak RSS is per process)."""
    who, base, total = args[1], args[2], int(args[3])
    rsa_key, _ = keys()
    make = ours_paginate if who == "ours" else baseline_paginate
    make(base, rsa_key, 1000)()  # one page first: imports, connection and caches are warm
    run = make(base, rsa_key, total)  # imports and client construction are not timed
    wall, cpu = timed(run)
    print(
        json.dumps(
            {
                "items_per_s": total / wall,
                "cpu": cpu,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def in_child(who: str, base: str, total: int, stdlib_json: bool = False) -> dict[str, float]:
    """One measurement in a fresh process; `stdlib_json` turns the `fast` extra off there."""
    env = {k: v for k, v in os.environ.items() if k != "KALSHI_JSON"}
    if stdlib_json:
        env["KALSHI_JSON"] = "stdlib"
    out = subprocess.run(
        [sys.executable, __file__, "--child", "paginate", who, base, str(total)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def import_ms(*statements: str) -> list[float]:
    """Wall time of each import statement in a fresh process: median of 9, interleaved so that
    a slow spell of the machine weighs on every statement alike."""
    samples: list[list[float]] = [[] for _ in statements]
    for _ in range(9):
        for index, statement in enumerate(statements):
            code = (
                f"import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)"
            )
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            samples[index].append(float(out.stdout) * 1000)
    return [statistics.median(s) for s in samples]


DEPENDENCIES = (
    "import httpx, cryptography.hazmat.primitives.asymmetric.rsa, "
    "cryptography.hazmat.primitives.asymmetric.padding, "
    "cryptography.hazmat.primitives.asymmetric.ed25519"
)


def first_call_ms(base: str) -> float:
    code = (
        "import time; t = time.perf_counter()\n"
        "from kalshi import KalshiClient\n"
        "from kalshi_api.api.portfolio import get_balance\n"
        "from cryptography.hazmat.primitives.asymmetric import ed25519\n"
        "key = ed25519.Ed25519PrivateKey.generate()\n"
        f"client = KalshiClient('bench', key, base_url={base!r}, rate_limit=False)\n"
        "get_balance.sync(client=client)\n"
        "print((time.perf_counter() - t) * 1000)\n"
    )
    samples = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return statistics.median(samples)


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer requests (a smoke run)")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0

    scale = 10 if args.quick else 1
    server, base = start_server()
    rows: list[tuple[str, str, str, str, str]] = []
    try:
        rsa_key, ed_key = keys()
        n = 2000 // scale

        # 1. sequential balance
        base_runs, our_runs, ed_runs, floor_runs = [], [], [], []
        runners = (
            baseline_balance(base, rsa_key, n),
            ours_balance(base, rsa_key, n),
            ours_balance(base, ed_key, n),
            floor_balance(base, rsa_key, n),
        )
        for _ in range(ROUNDS):
            base_runs.append(timed(runners[0]))
            our_runs.append(timed(runners[1]))
            ed_runs.append(timed(runners[2]))
            floor_runs.append(timed(runners[3]))
        b_rps, o_rps = n / median_of(base_runs, 0), n / median_of(our_runs, 0)
        b_cpu, o_cpu = median_of(base_runs, 1) / n, median_of(our_runs, 1) / n
        e_rps, e_cpu = n / median_of(ed_runs, 0), median_of(ed_runs, 1) / n
        rows.append(
            (
                "1 sequential GET balance",
                f"{n} requests",
                f"B {b_rps:.0f} req/s, {b_cpu * 1e6:.0f} us CPU/req; "
                f"ours {o_rps:.0f} req/s, {o_cpu * 1e6:.0f} us CPU/req",
                f"CPU/req {o_cpu / b_cpu:.2f}x, req/s {o_rps / b_rps:.2f}x",
                _verdict(o_cpu / b_cpu <= 0.8, "CPU/req <= 0.8x"),
            )
        )
        f_cpu = median_of(floor_runs, 1) / n
        rows.append(
            (
                "1 the floor: signature + bare httpx transport + json.loads",
                f"{n} requests",
                f"{f_cpu * 1e6:.0f} us CPU/req; ours above it {(o_cpu - f_cpu) * 1e6:.0f} us",
                f"CPU/req {f_cpu / b_cpu:.2f}x",
                "-",
            )
        )

        # 2. paginate 20,000 orders into models (fresh processes: peak RSS is per process),
        # with the `fast` extra (orjson) as installed by `make venv`, and without it
        total = 20_000 // scale
        base_children, our_children, plain_children = [], [], []
        for _ in range(ROUNDS):  # alternating fresh processes
            base_children.append(in_child("baseline", base, total))
            our_children.append(in_child("ours", base, total))
            plain_children.append(in_child("ours", base, total, stdlib_json=True))
        b_items = statistics.median(c["items_per_s"] for c in base_children)
        o_items = statistics.median(c["items_per_s"] for c in our_children)
        p_items = statistics.median(c["items_per_s"] for c in plain_children)
        from kalshi_api.client import json_decoder

        rows.append(
            (
                f"2 paginate orders to typed models (lazy), {json_decoder()}",
                f"{total} orders, 1000/page",
                f"B {b_items:.0f} items/s, {base_children[0]['peak_rss_mb']:.0f} MB; "
                f"ours {o_items:.0f} items/s, {our_children[0]['peak_rss_mb']:.0f} MB",
                f"items/s {o_items / b_items:.2f}x",
                _verdict(o_items / b_items >= 1.0, ">= 1.0x"),
            )
        )
        rows.append(
            (
                "2 the same, KALSHI_JSON=stdlib (no extra)",
                f"{total} orders, 1000/page",
                f"B {b_items:.0f} items/s; ours {p_items:.0f} items/s",
                f"items/s {p_items / b_items:.2f}x",
                "-",
            )
        )

        # 3. stream 100,000 vs 10,000 orders
        big, small = (
            in_child("ours", base, 100_000 // scale),
            in_child("ours", base, 10_000 // scale),
        )
        ratio = big["peak_rss_mb"] / small["peak_rss_mb"]
        rows.append(
            (
                "3 stream orders, peak RSS",
                f"{100_000 // scale} vs {10_000 // scale}",
                f"{big['peak_rss_mb']:.1f} MB vs {small['peak_rss_mb']:.1f} MB",
                f"{ratio:.2f}x",
                _verdict(ratio <= 1.1, "<= 1.1x"),
            )
        )

        # 4. cancel 1,000 orders with the batch helper (5 ms simulated exchange latency)
        ids = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(1000 // scale)]
        b4 = statistics.median(
            timed(lambda: baseline_cancel(base, rsa_key, ids))[0] for _ in range(ROUNDS)
        )
        s4 = statistics.median(
            timed(lambda: ours_cancel_sync(base, rsa_key, ids))[0] for _ in range(ROUNDS)
        )
        a4 = statistics.median(
            timed(lambda: ours_cancel_async(base, rsa_key, ids))[0] for _ in range(ROUNDS)
        )
        rows.append(
            (
                "4 batch cancel",
                f"{len(ids)} orders, 20/batch",
                f"B sequential {b4:.3f} s; ours sync {s4:.3f} s, async {a4:.3f} s",
                f"async {a4 / b4:.2f}x, sync {s4 / b4:.2f}x",
                _verdict(a4 / b4 <= 0.5, "async <= 0.5x"),
            )
        )

        # 5. async balance at concurrency 1, 8, 32
        for concurrency in (1, 8, 32):
            b_runs, o_runs = [], []
            for _ in range(ROUNDS):
                b_runs.append(timed(partial(async_balance, base, rsa_key, n, concurrency, False)))
                o_runs.append(timed(partial(async_balance, base, rsa_key, n, concurrency, True)))
            b5, o5 = n / median_of(b_runs, 0), n / median_of(o_runs, 0)
            bc5, oc5 = median_of(b_runs, 1) / n, median_of(o_runs, 1) / n
            target = (
                _verdict(o5 / b5 >= 2 and o5 >= o_rps, ">= 2x B async and >= our sync")
                if concurrency == 32
                else "-"
            )
            rows.append(
                (
                    f"5 async GET balance, c={concurrency}",
                    f"{n} requests",
                    f"B {b5:.0f} req/s, {bc5 * 1e6:.0f} us CPU/req; "
                    f"ours {o5:.0f} req/s, {oc5 * 1e6:.0f} us CPU/req",
                    f"req/s {o5 / b5:.2f}x, vs our sync {o5 / o_rps:.2f}x",
                    target,
                )
            )

        # 6. import and first call; scenario 1 with an Ed25519 key
        imported, floor = import_ms("import kalshi", DEPENDENCIES)
        first = first_call_ms(base)
        rows.append(
            (
                "6 import kalshi",
                "fresh process, median of 9",
                f"{imported:.0f} ms (httpx + cryptography alone: {floor:.0f} ms)",
                "-",
                _verdict(imported <= 150, "<= 150 ms"),
            )
        )
        rows.append(
            (
                "6 first call (import + client + GET)",
                "fresh process, median of 5",
                f"{first:.0f} ms",
                "-",
                "-",
            )
        )
        rows.append(
            (
                "6 sequential GET balance, Ed25519 key",
                f"{n} requests",
                f"ours {e_rps:.0f} req/s, {e_cpu * 1e6:.0f} us CPU/req",
                f"CPU/req {e_cpu / b_cpu:.2f}x B(RSA), req/s {e_rps / b_rps:.2f}x",
                "-",
            )
        )

        # 7. the fake exchange's loopback server against the responder, same client, same run
        exchange, member = fake_exchange_user()
        with exchange.serve() as fake:
            to_fake, to_responder = (
                ours_balance_as(fake, member, n),
                ours_balance_as(base, member, n),
            )
            fake_runs, responder_runs = [], []
            for _ in range(ROUNDS):
                fake_runs.append(timed(to_fake))
                responder_runs.append(timed(to_responder))
            f_rps, r_rps = n / median_of(fake_runs, 0), n / median_of(responder_runs, 0)
            rows.append(
                (
                    "7 sequential GET balance via exchange.serve()",
                    f"{n} signed requests, keep-alive",
                    f"fake {f_rps:.0f} req/s; responder {r_rps:.0f} req/s",
                    f"req/s {f_rps / r_rps:.2f}x",
                    _verdict(f_rps / r_rps >= 0.5, ">= 0.5x"),
                )
            )
            fake_c = [concurrent_balance(fake, member, n, 32) for _ in range(ROUNDS)]
            responder_c = [concurrent_balance(base, member, n, 32) for _ in range(ROUNDS)]
            fc_rps, rc_rps = median_of(fake_c, 0), median_of(responder_c, 0)
            stall, r_stall = max(r[1] for r in fake_c), max(r[1] for r in responder_c)
            rows.append(
                (
                    "7 32 concurrent clients via exchange.serve()",
                    f"{n} signed requests, 32 connections",
                    f"fake {fc_rps:.0f} req/s, slowest request {stall * 1000:.0f} ms; "
                    f"responder {rc_rps:.0f} req/s, slowest {r_stall * 1000:.0f} ms",
                    f"req/s {fc_rps / rc_rps:.2f}x",
                    _verdict(fc_rps / rc_rps >= 0.5, ">= 0.5x"),
                )
            )

        # 8. stream order book deltas (a websockets server in another process replays them)
        import bench_stream

        deltas = 50_000 // scale
        rates = bench_stream.measure(deltas, ROUNDS)
        book_ratio, iter_ratio = (
            rates["book"] / rates["baseline"],
            rates["iterator"] / rates["baseline"],
        )
        rows.append(
            (
                "8 stream deltas, typed + applied to a book",
                f"{deltas} orderbook_delta",
                f"B {rates['baseline']:.0f} msg/s; ours book {rates['book']:.0f} msg/s, "
                f"iterator {rates['iterator']:.0f} msg/s",
                f"book {book_ratio:.2f}x, iterator {iter_ratio:.2f}x",
                _verdict(book_ratio >= 0.5, ">= 0.5x"),
            )
        )
        long = 1_000_000 // scale
        held = bench_stream.long_replay(long)
        growth = held["end_mb"] / held["early_mb"]
        rows.append(
            (
                "8 long replay into a book, resident memory",
                f"{long} deltas",
                f"{held['early_mb']:.1f} MB after 10%, {held['end_mb']:.1f} MB at the end",
                f"{growth:.2f}x",
                _verdict(growth <= 1.1, "flat (<= 1.1x)"),
            )
        )
    finally:
        server.terminate()
        server.wait()

    print(
        f"\nPython {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"{'quick run' if args.quick else 'full run'}\n"
    )
    print("| scenario | size | measured | ratio (ours / baseline B) | target |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


def _verdict(ok: bool, target: str) -> str:
    return f"{target}: {'met' if ok else 'MISSED'}"


if __name__ == "__main__":
    raise SystemExit(main())
