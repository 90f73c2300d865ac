"""Token-bucket limiter: costs, pacing on a fake clock, refresh, and a bot loop with no 429."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import kalshi
from kalshi import KalshiClient, RateLimiter, RetryPolicy, TokenBucket
from kalshi_api.api.orders import cancel_order_v2
from kalshi_api.api.portfolio import get_balance


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def request(method: str, path: str, body: bytes = b"") -> httpx.Request:
    return httpx.Request(method, "https://x.test/trade-api/v2" + path, content=body)


def test_costs_follow_kalshis_model() -> None:
    limiter = RateLimiter()
    assert limiter.cost("GET", "/trade-api/v2/portfolio/balance")[1] == 10
    assert limiter.cost("GET", "/trade-api/v2/portfolio/orders/abc")[1] == 2  # GetOrder
    bucket, tokens = limiter.cost("DELETE", "/trade-api/v2/portfolio/events/orders/abc")
    assert bucket is limiter.write and tokens == 2  # CancelOrderV2
    batch = b'{"orders": [{"order_id": "a"}, {"order_id": "b"}, {"order_id": "c"}]}'
    assert limiter.cost("DELETE", "/trade-api/v2/portfolio/events/orders/batched", batch)[1] == 6
    create = b'{"orders": [{}, {}]}'
    assert limiter.cost("POST", "/trade-api/v2/portfolio/events/orders/batched", create)[1] == 20
    assert limiter.cost("POST", "/trade-api/v2/portfolio/events/orders")[0] is limiter.write


def test_pacing_on_a_fake_clock() -> None:
    clock = FakeClock()
    limiter = RateLimiter("basic", clock=clock, sleep=clock.sleep)  # write: 90 tokens/s, 90 burst
    start = clock.now
    for _ in range(100):
        limiter.acquire(request("POST", "/portfolio/events/orders"))
    assert clock.now - start == pytest.approx((100 * 10 - 90) / 90)
    assert len(clock.slept) == 100 - 9  # the first 9 orders fit in the 90-token burst
    # reads have their own bucket: not delayed by the writes above
    waited = limiter.acquire(request("GET", "/portfolio/balance"))
    assert waited == 0


def test_bucket_refills_up_to_capacity_only() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, capacity=20, clock=clock)
    assert bucket.reserve(20) == 0
    assert bucket.reserve(10) == pytest.approx(1.0)
    clock.now += 100
    assert bucket.reserve(20) == 0  # full again, not 1000 tokens
    assert bucket.reserve(5) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        TokenBucket(rate=0, capacity=1, clock=clock)


def test_tiers_and_refresh_from_account_endpoints() -> None:
    assert RateLimiter("premier").write.rate == pytest.approx(900)
    with pytest.raises(KeyError):
        RateLimiter("platinum")

    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.path.endswith("/account/limits"):
            return httpx.Response(
                200,
                json={
                    "usage_tier": "Advanced",
                    "grants": [],
                    "read": {"refill_rate": 300, "bucket_capacity": 300},
                    "write": {"refill_rate": 300, "bucket_capacity": 600},
                },
            )
        return httpx.Response(
            200,
            json={
                "default_cost": 10,
                "endpoint_costs": [
                    {
                        "method": "DELETE",
                        "path": "/trade-api/v2/portfolio/events/orders/{order_id}",
                        "cost": 3,
                    }
                ],
            },
        )

    client = KalshiClient(transport=httpx.MockTransport(handler))
    limiter = client.refresh_limits()
    assert limiter is client.rate_limiter and limiter.known_limits
    assert limiter.tier == "advanced"
    assert limiter.write.capacity == pytest.approx(540)
    assert limiter.cost("DELETE", "/trade-api/v2/portfolio/events/orders/x")[1] == 3
    assert limiter.batch_size("BatchCreateOrdersV2") == 60


class BasicTierServer:
    """Answers 429 like Kalshi when its own Basic-tier buckets (on the fake clock) run dry."""

    def __init__(self, clock: FakeClock) -> None:
        self.read = TokenBucket(200, 200, clock)
        self.write = TokenBucket(100, 100, clock)
        self.served = 0
        self.throttled = 0

    def __call__(self, req: httpx.Request) -> httpx.Response:
        costs = {"GET": (self.read, 10), "POST": (self.write, 10), "DELETE": (self.write, 2)}
        bucket, cost = costs[req.method]
        if bucket.reserve(cost) > 0:
            bucket.reserve(-cost)  # refused requests are not billed
            self.throttled += 1
            return httpx.Response(429, json={"error": "too many requests"})
        self.served += 1
        if req.method == "GET":
            return httpx.Response(200, json={"balance": 1, "portfolio_value": 0, "updated_ts": 1})
        if req.method == "POST":
            return httpx.Response(201, json={"order_id": f"o{self.served}", "ts_ms": 1})
        return httpx.Response(200, json={"order_id": "x", "reduced_by": "1.00"})


def test_bot_loop_never_sees_429_on_a_basic_budget() -> None:
    clock = FakeClock()
    server = BasicTierServer(clock)
    limiter = RateLimiter("basic", clock=clock, sleep=clock.sleep)
    client = KalshiClient(
        transport=httpx.MockTransport(server), rate_limit=limiter, retry=RetryPolicy(max_retries=0)
    )
    start = clock.now
    for _ in range(300):  # one bot tick: read balance, place an order, cancel it
        get_balance.sync(client=client)
        ack = client.place_order("KXT-1", side="bid", count=1, price="0.40")
        cancel_order_v2.sync(str(ack.order_id), client=client)
    assert server.throttled == 0 and server.served == 900
    # and the limiter did not over-throttle: 300 x 12 write tokens at 90/s ~ 40 s
    assert clock.now - start == pytest.approx((300 * 12 - 90) / 90, rel=0.05)

    unlimited = KalshiClient(
        transport=httpx.MockTransport(BasicTierServer(FakeClock())),
        rate_limit=False,
        retry=RetryPolicy(max_retries=0),
    )
    with pytest.raises(kalshi.RateLimitError) as refused:
        for _ in range(30):
            unlimited.place_order("KXT-1", side="bid", count=1, price="0.40")
    assert refused.value.status_code == 429


def test_async_acquire_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.now += seconds

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    limiter = RateLimiter("basic", clock=clock)

    async def main() -> None:
        for _ in range(20):
            await limiter.acquire_async(request("GET", "/portfolio/balance"))

    asyncio.run(main())
    assert sum(waits) == pytest.approx((20 * 10 - 180) / 180)
