"""Soak: thousands of orders through a fault-injecting proxy, checked against the exchange.

Usage: python scripts/soak.py [--orders 10000] [--fault-rate 0.1] [--seed 1]
                              [--concurrency 16] [--batch-size 10] [--max-seconds 900]

The fake exchange serves on 127.0.0.1; a small asyncio HTTP proxy of this script's own stands
in front of it, and `KalshiClient` (half of the orders) and `AsyncKalshiClient` (the other half,
`--concurrency` calls in flight) trade through it. Of the requests, `--fault-rate` meet a fault,
one of four kinds at random: a 5xx from the proxy, a 429 with Kalshi's plain-string body, a
connection dropped before forwarding, and commit-then-fail (forwarded, the exchange acts, the
answer is dropped). Orders go one by one (`place_order`) and in batches (`batch_create`), and
then every order the bots were told about is canceled the same two ways.

Afterwards the truth is read from the exchange's own state and compared with what each call
reported. Printed, and all must be 0 (else the exit status is 1):

* duplicates: orders on the exchange beyond one per intended order (client_order_id);
* lost: an order reported placed that the exchange does not hold (or under another id), one
  reported not placed that it holds, a cancel reported done on an order still resting, or a
  cancel reported failed on an order that was canceled;
* unresolved: outcomes the client reported unknown (`OutcomeUnknownError`, `outcome_unknown`);
* unaccounted: batch reports without exactly one item per input, in order, matching its key;
* untyped: exceptions that are not `kalshi.KalshiError`.

It is bounded: `--orders` orders, and `--max-seconds` of wall time (exceeding it fails).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient, RetryPolicy
from kalshi.orders import limit_order
from kalshi.testing import FakeExchange

FAULT_KINDS = ("5xx", "429", "drop", "commit_then_fail")
TOO_MANY = b'{"error": "too many requests"}'


# --------------------------------------------------------------------------- the proxy


@dataclass
class Faults:
    """What the proxy did, by kind (and how many requests it saw)."""

    rate: float
    rng: random.Random
    requests: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    lookups: int = 0  # GetOrders / GetOrder requests (the client settling outcomes)

    def pick(self, head: bytes) -> str | None:
        self.requests += 1
        if head.startswith(b"GET /trade-api/v2/portfolio/orders"):
            self.lookups += 1
        if self.rng.random() >= self.rate:
            return None
        kind = self.rng.choice(FAULT_KINDS)
        self.by_kind[kind] += 1
        return kind


async def _read_message(reader: asyncio.StreamReader) -> tuple[bytes, bytes] | None:
    """One HTTP/1.1 message framed by Content-Length: (head, body), or None at EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return head, body


def _reply(status: int, reason: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


class FaultProxy:
    """A loopback HTTP/1.1 proxy in front of one upstream, injecting `Faults` per request."""

    def __init__(self, upstream: tuple[str, int], faults: Faults) -> None:
        self.upstream = upstream
        self.faults = faults
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="soak-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._server = self.loop.run_until_complete(
            asyncio.start_server(self._connection, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):  # connections the clients kept open
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            if self._server is not None:
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader: asyncio.StreamReader | None = None
        up_writer: asyncio.StreamWriter | None = None
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                request = await _read_message(reader)
                if request is None:
                    return
                kind = self.faults.pick(request[0])
                if kind == "drop":
                    return  # cut before forwarding: nothing reached the exchange
                if kind == "429":
                    writer.write(_reply(429, "Too Many Requests", TOO_MANY))
                    await writer.drain()
                    continue
                if kind == "5xx":
                    status = self.faults.rng.choice((500, 502, 503, 504))
                    body = b'{"error": {"code": "internal", "message": "injected"}}'
                    writer.write(_reply(status, "Error", body))
                    await writer.drain()
                    continue
                if up_writer is None:
                    up_reader, up_writer = await asyncio.open_connection(*self.upstream)
                assert up_reader is not None
                up_writer.write(request[0] + request[1])
                await up_writer.drain()
                answer = await _read_message(up_reader)
                if answer is None:
                    return
                if kind == "commit_then_fail":
                    return  # the exchange acted; its answer is dropped
                writer.write(answer[0] + answer[1])
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            for stream in (writer, up_writer):
                if stream is not None:
                    stream.close()
            self._tasks.discard(task)


# --------------------------------------------------------------------------- the bots


@dataclass
class Ledger:
    """What the calls reported, per intended order (client_order_id)."""

    placed: dict[str, str] = field(default_factory=dict)  # client_order_id -> order_id
    not_placed: set[str] = field(default_factory=set)
    canceled: set[str] = field(default_factory=set)  # order ids
    not_canceled: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)
    untyped: list[str] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def failure(self, error: BaseException, what: str) -> None:
        with self.lock:
            if isinstance(error, kalshi.OutcomeUnknownError):
                self.unknown.append(f"{what}: {error}")
            elif not isinstance(error, kalshi.KalshiError):
                self.untyped.append(f"{what}: {type(error).__name__}: {error}")
            self.errors[type(error).__name__] += 1

    def created(self, orders: list[Any], report: Any) -> None:
        with self.lock:
            if len(report) != len(orders):
                self.unaccounted.append(f"{len(report)} items for {len(orders)} orders")
            for position, (order, item) in enumerate(zip(orders, report, strict=False)):
                key = order.client_order_id
                if item.index != position or item.client_order_id != key:
                    self.unaccounted.append(f"item {position}: {item!r}")
                elif item.ok and item.order_id:
                    self.placed[key] = item.order_id
                elif item.outcome_unknown:
                    self.unknown.append(f"create item {key}: {item.error}")
                else:
                    self.not_placed.add(key)
                    self.errors[f"item:{item.error.code if item.error else '?'}"] += 1

    def cancels(self, order_ids: list[str], report: Any) -> None:
        with self.lock:
            if len(report) != len(order_ids):
                self.unaccounted.append(f"{len(report)} items for {len(order_ids)} cancels")
            for position, (order_id, item) in enumerate(zip(order_ids, report, strict=False)):
                if item.index != position or item.order_id != order_id:
                    self.unaccounted.append(f"cancel item {position}: {item!r}")
                elif item.ok:
                    self.canceled.add(order_id)
                elif item.outcome_unknown:
                    self.unknown.append(f"cancel item {order_id}: {item.error}")
                else:
                    self.not_canceled.add(order_id)
                    self.errors[f"cancel-item:{item.error.code if item.error else '?'}"] += 1


def _orders(count: int, tickers: list[str], rng: random.Random) -> list[Any]:
    """Resting bids (nothing to match them), each with its own client_order_id."""
    return [
        limit_order(rng.choice(tickers), side="bid", count=1, price=f"0.{rng.randint(1, 30):02d}")
        for _ in range(count)
    ]


def _groups(items: list[Any], batch_size: int) -> Iterator[list[Any]]:
    """Half the items one by one, half in batches: `batch_size` alone, then one batch."""
    position = 0
    while position < len(items):
        for item in items[position : position + batch_size]:
            yield [item]
        position += batch_size
        if position < len(items):
            yield items[position : position + batch_size]
            position += batch_size


def _retry() -> RetryPolicy:
    """Generous for a 10% fault rate: every call, look-ups included, gets six attempts."""
    return RetryPolicy(max_retries=5, backoff_base=0.005, backoff_cap=0.05)


def run_sync(client: KalshiClient, orders: list[Any], batch_size: int, ledger: Ledger) -> None:
    for group in _groups(orders, batch_size):
        if len(group) == 1:
            order = group[0]
            try:
                ack = client.orders.create_order_v2(body=order)
                ledger.placed[order.client_order_id] = str(ack.order_id)
            except Exception as error:  # every kind is counted, typed or not
                ledger.failure(error, f"create {order.client_order_id}")
                if not isinstance(error, kalshi.OutcomeUnknownError):
                    ledger.not_placed.add(order.client_order_id)
        else:
            try:
                ledger.created(group, client.batch_create(group, batch_size=batch_size))
            except Exception as error:
                ledger.failure(error, "batch_create")
    ids = [ledger.placed[o.client_order_id] for o in orders if o.client_order_id in ledger.placed]
    for group in _groups(ids, batch_size):
        if len(group) == 1:
            try:
                client.cancel_order(group[0])
                ledger.canceled.add(group[0])
            except Exception as error:
                ledger.failure(error, f"cancel {group[0]}")
                if not isinstance(error, kalshi.OutcomeUnknownError):
                    ledger.not_canceled.add(group[0])
        else:
            try:
                ledger.cancels(group, client.batch_cancel(group, batch_size=batch_size))
            except Exception as error:
                ledger.failure(error, "batch_cancel")


async def run_async(
    client: AsyncKalshiClient,
    orders: list[Any],
    batch_size: int,
    concurrency: int,
    ledger: Ledger,
) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def create(group: list[Any]) -> None:
        async with gate:
            if len(group) == 1:
                order = group[0]
                try:
                    ack = await client.orders.create_order_v2(body=order)
                    ledger.placed[order.client_order_id] = str(ack.order_id)
                except Exception as error:
                    ledger.failure(error, f"create {order.client_order_id}")
                    if not isinstance(error, kalshi.OutcomeUnknownError):
                        ledger.not_placed.add(order.client_order_id)
                return
            try:
                ledger.created(group, await client.batch_create(group, batch_size=batch_size))
            except Exception as error:
                ledger.failure(error, "batch_create")

    async def cancel(group: list[str]) -> None:
        async with gate:
            if len(group) == 1:
                try:
                    await client.cancel_order(group[0])
                    ledger.canceled.add(group[0])
                except Exception as error:
                    ledger.failure(error, f"cancel {group[0]}")
                    if not isinstance(error, kalshi.OutcomeUnknownError):
                        ledger.not_canceled.add(group[0])
                return
            try:
                ledger.cancels(group, await client.batch_cancel(group, batch_size=batch_size))
            except Exception as error:
                ledger.failure(error, "batch_cancel")

    await asyncio.gather(*(create(group) for group in _groups(orders, batch_size)))
    ids = [ledger.placed[o.client_order_id] for o in orders if o.client_order_id in ledger.placed]
    await asyncio.gather(*(cancel(group) for group in _groups(ids, batch_size)))


# --------------------------------------------------------------------------- the truth


def reconcile(
    exchange: FakeExchange, user_id: str, ledger: Ledger, intents: set[str]
) -> dict[str, int]:
    """Compare what the calls reported with what the exchange holds."""
    with exchange.app.lock:
        held = [o for o in exchange.state.orders.values() if o.user_id == user_id]
    by_client_id: dict[str, list[Any]] = {}
    for order in held:
        by_client_id.setdefault(order.client_order_id, []).append(order)
    duplicates = sum(len(found) - 1 for found in by_client_id.values() if len(found) > 1)
    strays = sum(1 for key in by_client_id if key not in intents)  # nobody asked for these
    lost = 0
    for key in intents:
        found = by_client_id.get(key, [])
        if key in ledger.placed and ledger.placed[key] not in {o.order_id for o in found}:
            lost += 1  # reported placed, not there (or under another id)
        if key in ledger.not_placed and found:
            lost += 1  # reported not placed, yet it is live or was
    status = {o.order_id: o.status for o in held}
    lost += sum(1 for order_id in ledger.canceled if status.get(order_id) != "canceled")
    lost += sum(1 for order_id in ledger.not_canceled if status.get(order_id) == "canceled")
    return {
        "duplicates": duplicates + strays,
        "lost": lost,
        "unresolved": len(ledger.unknown),
        "unaccounted": len(ledger.unaccounted),
        "untyped": len(ledger.untyped),
    }


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--fault-rate", type=float, default=0.10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=16, help="async calls in flight")
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--markets", type=int, default=50)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args(argv)
    if args.orders < 2 or not 0 <= args.fault_rate < 1:
        parser.error("--orders must be >= 2 and 0 <= --fault-rate < 1")

    rng = random.Random(args.seed)
    exchange = FakeExchange(seed=args.seed)
    tickers = [f"KXSOAK-26-M{n:03d}" for n in range(args.markets)]
    for ticker in tickers:
        exchange.add_market(ticker)
    user = exchange.add_user(balance=str(args.orders * 10))
    orders = _orders(args.orders, tickers, rng)
    half = args.orders // 2
    ledger = Ledger()
    faults = Faults(args.fault_rate, random.Random(args.seed + 1))
    started = time.monotonic()

    with exchange.serve() as url:
        host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
        with FaultProxy((host, int(port)), faults) as proxy:
            base_url = f"http://127.0.0.1:{proxy.port}/trade-api/v2"
            common: dict[str, Any] = {
                "base_url": base_url,
                "retry": _retry(),
                "rate_limit": False,
                "timeout": 10.0,
            }
            done = threading.Event()

            def watchdog() -> None:
                if not done.wait(args.max_seconds):
                    print(f"soak: over {args.max_seconds:g} s, stopping", file=sys.stderr)
                    os._exit(2)

            threading.Thread(target=watchdog, daemon=True).start()
            with KalshiClient(user.key_id, user.private_key_pem, **common) as client:
                run_sync(client, orders[:half], args.batch_size, ledger)
            sync_done = time.monotonic()

            async def async_part() -> None:
                async with AsyncKalshiClient(user.key_id, user.private_key_pem, **common) as ac:
                    await run_async(ac, orders[half:], args.batch_size, args.concurrency, ledger)

            asyncio.run(async_part())
            done.set()

    elapsed = time.monotonic() - started
    figures = reconcile(exchange, user.user_id, ledger, {str(o.client_order_id) for o in orders})
    print(
        f"orders       {args.orders} ({half} sync, {args.orders - half} async at "
        f"{args.concurrency} in flight; half one by one, half in batches of {args.batch_size})"
    )
    print(f"requests     {faults.requests} through the proxy ({faults.lookups} order look-ups)")
    kinds = ", ".join(f"{kind} {faults.by_kind[kind]}" for kind in FAULT_KINDS)
    print(f"faults       {sum(faults.by_kind.values())} ({kinds})")
    print(
        f"placed       {len(ledger.placed)} reported, {len(ledger.not_placed)} reported not placed"
    )
    print(f"canceled     {len(ledger.canceled)} reported, {len(ledger.not_canceled)} not")
    if ledger.errors:
        print("errors       " + ", ".join(f"{k} {v}" for k, v in sorted(ledger.errors.items())))
    for name, value in figures.items():
        print(f"{name:<12} {value}")
    print(f"wall time    {elapsed:.1f} s (sync {sync_done - started:.1f} s)")
    for line in (ledger.unknown + ledger.unaccounted + ledger.untyped)[:20]:
        print(f"  {line}", file=sys.stderr)
    return 0 if not any(figures.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
