"""batch_create / batch_cancel / cancel_all: splitting, per-item reports, retries, async."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient, RateLimiter, RetryPolicy
from kalshi.orders import limit_order


def new_order(i: int, **extra: Any) -> dict[str, Any]:
    return {
        "ticker": "KXT-1",
        "side": "bid",
        "count": "1",
        "price": "0.50",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        **extra,
    }


class BatchServer:
    """Answers V2 batch create/cancel; `reject` maps a ticker or order id to an error code."""

    def __init__(self, reject: dict[str, str] | None = None) -> None:
        self.reject = reject or {}
        self.bodies: list[dict[str, Any]] = []
        self.drop_first = 0  # transport failures to inject before answering
        self.mangle: Any = None  # rewrite the response items of a chunk

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if self.drop_first:
            self.drop_first -= 1
            self.bodies.append(body)
            raise httpx.ReadError("connection reset")
        self.bodies.append(body)
        items = []
        for order in body["orders"]:
            key = order.get("client_order_id") or order["order_id"]
            code = self.reject.get(order.get("price", "")) or self.reject.get(
                order.get("order_id", "")
            )
            if code:
                items.append(
                    {
                        "client_order_id": order.get("client_order_id"),
                        "order_id": order.get("order_id"),
                        "error": {"code": code, "message": f"{code} for {key}"},
                    }
                )
            elif request.method == "POST":
                items.append(
                    {
                        "client_order_id": order["client_order_id"],
                        "order_id": "srv-" + order["client_order_id"],
                        "fill_count": "0.00",
                        "remaining_count": order["count"],
                        "ts_ms": 1,
                    }
                )
            else:
                items.append({"order_id": order["order_id"], "reduced_by": "1.00", "ts_ms": 1})
        items.reverse()  # item order in a response is not guaranteed: match by key
        if self.mangle:
            items = self.mangle(items)
        status = 201 if request.method == "POST" else 200
        return httpx.Response(status, json={"orders": items})


class Batcher:
    """The batch methods of a sync or an async client, called the same way (async chunks go
    one at a time here, so that which chunk a scripted server sees second is fixed)."""

    def __init__(self, mode: str, server: Any) -> None:
        transport = httpx.MockTransport(server)
        retry = RetryPolicy(max_retries=2, backoff_base=0)
        self.client: Any = (
            AsyncKalshiClient(transport=transport, retry=retry, rate_limit=False)
            if mode == "async"
            else KalshiClient(transport=transport, retry=retry, rate_limit=False)
        )
        self.client.batch_concurrency = 1

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.client, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            return asyncio.run(result) if asyncio.iscoroutine(result) else result

        return call


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def sync_client(server: Any, **kwargs: Any) -> KalshiClient:
    kwargs.setdefault("rate_limit", False)
    return KalshiClient(
        transport=httpx.MockTransport(server),
        retry=RetryPolicy(max_retries=2, backoff_base=0),
        **kwargs,
    )


def test_splits_into_chunks_and_reports_every_item_in_input_order(mode: str) -> None:
    server = BatchServer(reject={"0.0700": "invalid_price"})
    orders = [new_order(i, price="0.0700" if i % 7 == 0 else "0.50") for i in range(45)]
    result = Batcher(mode, server).batch_create(orders)
    assert [len(b["orders"]) for b in server.bodies] == [20, 20, 5]
    assert len(result) == 45 and [item.index for item in result] == list(range(45))
    failed = [item.index for item in result if not item.ok]
    assert failed == [i for i in range(45) if i % 7 == 0]
    for item in result:
        assert item.client_order_id
        if item.ok:
            assert item.order_id == "srv-" + item.client_order_id and item.error is None
            assert item.remaining_count == Decimal("1")
        else:
            assert item.error is not None and item.error.code == "invalid_price"
    sent_ids = [o["client_order_id"] for b in server.bodies for o in b["orders"]]
    assert sent_ids == [item.client_order_id for item in result]
    assert len(set(sent_ids)) == 45


def test_batch_size_is_configurable_and_derived_from_known_limits() -> None:
    server = BatchServer()
    sync_client(server).batch_create([new_order(i) for i in range(10)], batch_size=3)
    assert [len(b["orders"]) for b in server.bodies] == [3, 3, 3, 1]
    limiter = RateLimiter()
    limiter.apply_limits(
        {
            "read": {"refill_rate": 300, "bucket_capacity": 300},
            "write": {"refill_rate": 300, "bucket_capacity": 600},
        },
        None,
    )
    assert limiter.batch_size("BatchCreateOrdersV2") == 60
    assert limiter.batch_size("BatchCancelOrdersV2") == 300
    assert RateLimiter().batch_size("BatchCreateOrdersV2") == 20  # unknown: the old fixed 20
    with pytest.raises(ValueError):
        sync_client(server).batch_create([new_order(1)], batch_size=0)


def test_malformed_and_missing_items_are_reported_not_dropped(mode: str) -> None:
    server = BatchServer()

    def mangle(items: list[Any]) -> list[Any]:
        items = sorted(items, key=lambda i: i["client_order_id"])
        by_id = {i["client_order_id"]: i for i in items}
        first, second, third, *_ = sorted(by_id)
        by_id[first] = "garbage"  # not an object at all
        by_id[second] = {"client_order_id": second}  # neither order_id nor error
        del by_id[third]  # not mentioned
        return list(by_id.values())

    server.mangle = mangle
    orders = [new_order(i, client_order_id=f"c{i:02d}") for i in range(6)]
    result = Batcher(mode, server).batch_create(orders)
    codes = {item.client_order_id: item.error.code if item.error else None for item in result}
    # five answers for six orders: the garbage item cannot be attributed to anyone
    assert codes == {
        "c00": "missing_from_response",
        "c01": "malformed_item",
        "c02": "missing_from_response",
        "c03": None,
        "c04": None,
        "c05": None,
    }
    assert result[0].error is not None and "could not be matched" in result[0].error.message


def test_malformed_item_in_place_is_attributed_by_position(mode: str) -> None:
    server = BatchServer()
    server.mangle = lambda items: [*items[:-1], 42]
    orders = [new_order(i, client_order_id=f"c{i}") for i in range(3)]
    result = Batcher(mode, server).batch_create(orders)
    assert len(result) == 3
    # items come back reversed: the last one answers c0, and it is the mangled one
    assert [item.error.code if item.error else None for item in result] == [
        "malformed_item",
        None,
        None,
    ]


def test_whole_chunk_failure_marks_each_item(mode: str) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 2:
            return httpx.Response(
                400, json={"error": {"code": "invalid_parameters", "message": "bad batch"}}
            )
        return BatchServer()(request)

    result = Batcher(mode, handler).batch_create([new_order(i) for i in range(50)])
    assert len(result) == 50
    assert [i.index for i in result.failed] == list(range(20, 40))
    assert {i.error.code for i in result.failed if i.error} == {"invalid_parameters"}


def test_retried_chunk_reuses_the_same_client_order_ids(mode: str) -> None:
    server = BatchServer()
    server.drop_first = 1
    orders = [limit_order("KXT-1", side="bid", count=1, price="0.5") for _ in range(5)]
    ids = [o.client_order_id for o in orders]
    result = Batcher(mode, server).batch_create(orders)
    assert result.all_ok
    assert len(server.bodies) == 2
    assert [o["client_order_id"] for o in server.bodies[0]["orders"]] == ids
    assert [o["client_order_id"] for o in server.bodies[1]["orders"]] == ids
    assert [item.client_order_id for item in result] == ids


def test_dict_orders_get_an_id_once_and_bad_input_is_refused() -> None:
    server = BatchServer()
    result = sync_client(server).batch_create([new_order(1), new_order(2)])
    assert all(item.client_order_id for item in result)
    with pytest.raises(ValueError, match=r"orders\[1\]"):
        sync_client(server).batch_create([new_order(1), {"ticker": "x"}])
    with pytest.raises(ValueError, match="unique"):
        sync_client(server).batch_create(
            [new_order(1, client_order_id="a"), new_order(2, client_order_id="a")]
        )


def test_batch_cancel_accepts_ids_dicts_and_objects(mode: str) -> None:
    server = BatchServer(reject={"o-3": "not_found"})

    class Held:
        order_id = "o-4"
        ticker = "KXT-9"

    result = Batcher(mode, server).batch_cancel(
        ["o-1", {"order_id": "o-2", "ticker": "KXT-2"}, "o-3", Held()]
    )
    assert [i.order_id for i in result] == ["o-1", "o-2", "o-3", "o-4"]
    assert [i.ok for i in result] == [True, True, False, True]
    assert result[2].error is not None and result[2].error.code == "not_found"
    sent = server.bodies[0]["orders"]
    assert sent[1] == {"order_id": "o-2", "market_ticker": "KXT-2"}
    assert sent[3] == {"order_id": "o-4", "market_ticker": "KXT-9"}
    with pytest.raises(ValueError, match="order_id"):
        Batcher(mode, server).batch_cancel([{"ticker": "x"}])


def test_thousand_cancels_in_one_call(mode: str) -> None:
    server = BatchServer(reject={f"o-{n}": "not_found" for n in range(0, 1000, 100)})
    result = Batcher(mode, server).batch_cancel([f"o-{n}" for n in range(1000)])
    assert len(result) == 1000 and len(server.bodies) == 50
    assert len(result.failed) == 10 and len(result.succeeded) == 990


def test_cancel_all_pages_through_resting_orders(mode: str) -> None:
    batch = BatchServer()
    seen_queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            seen_queries.append(request.url.query.decode())
            orders = [{"order_id": f"o-{n}", "ticker": "KXT-1"} for n in range(30)]
            return httpx.Response(200, json={"orders": orders, "cursor": ""})
        return batch(request)

    result = Batcher(mode, handler).cancel_all(ticker="KXT-1")
    assert len(result) == 30 and result.all_ok
    assert "status=resting" in seen_queries[0] and "ticker=KXT-1" in seen_queries[0]
    assert batch.bodies[0]["orders"][0] == {"order_id": "o-0", "market_ticker": "KXT-1"}


def test_async_batches_run_concurrently_and_keep_input_order() -> None:
    server = BatchServer(reject={"0.0700": "invalid_price"})
    in_flight = {"now": 0, "max": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        in_flight["now"] += 1
        in_flight["max"] = max(in_flight["max"], in_flight["now"])
        await asyncio.sleep(0.01)
        in_flight["now"] -= 1
        return server(request)

    async def main() -> kalshi.BatchResult:
        async with AsyncKalshiClient(
            transport=httpx.MockTransport(handler), rate_limit=False
        ) as ac:
            return await ac.batch_create(
                [new_order(i, price="0.0700" if i == 33 else "0.50") for i in range(100)]
            )

    result = asyncio.run(main())
    assert [item.index for item in result] == list(range(100))
    assert [item.index for item in result.failed] == [33]
    assert in_flight["max"] > 1
