"""client.paginate over generated operations: counts, cursors, guards, memory."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient
from kalshi_api.api.exchange import get_exchange_status
from kalshi_api.api.incentive_programs import get_incentive_programs
from kalshi_api.api.orders import get_orders
from kalshi_api.api.portfolio import get_positions
from kalshi_api.models import Order


def order_json(n: int) -> dict[str, Any]:
    return {
        "order_id": f"o-{n}",
        "ticker": "KXT-1",
        "status": "resting",
        "book_side": "bid",
        "yes_price_dollars": "0.5600",
        "remaining_count_fp": "1.00",
    }


class OrdersServer:
    """Serves `total` orders behind cursor pagination, honouring `limit` up to `max_limit`."""

    def __init__(self, total: int, max_limit: int = 1000, repeat_at: int | None = None) -> None:
        self.total = total
        self.max_limit = max_limit
        self.repeat_at = repeat_at
        self.limits: list[int] = []
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        query = parse_qs(request.url.query.decode())
        limit = int(query.get("limit", ["100"])[0])
        assert limit <= self.max_limit
        self.limits.append(limit)
        start = int(query.get("cursor", ["0"])[0])
        end = min(self.total, start + limit)
        cursor = str(end) if end < self.total else ""
        if self.repeat_at is not None and start >= self.repeat_at:
            cursor = str(start)  # a broken server sends the same cursor again
        body = {"orders": [order_json(n) for n in range(start, end)], "cursor": cursor}
        return httpx.Response(200, content=json.dumps(body).encode())


def client(server: Any) -> KalshiClient:
    return KalshiClient(transport=httpx.MockTransport(server), rate_limit=False)


def test_thousands_of_items_exact_count_no_duplicates() -> None:
    server = OrdersServer(total=5_432)
    ids = [order.order_id for order in client(server).paginate(get_orders, status="resting")]
    assert len(ids) == 5_432 and len(set(ids)) == 5_432
    assert ids[0] == "o-0" and ids[-1] == "o-5431"
    assert server.limits == [1000] * 6  # the operation's maximum page size, by default


def test_items_are_typed_models_and_lazy() -> None:
    server = OrdersServer(total=3_000)
    iterator = iter(client(server).paginate(get_orders))
    first = next(iterator)
    assert isinstance(first, Order) and first.order_id == "o-0"
    assert server.calls <= 2  # the first page, and at most the next one being prefetched


def test_function_or_module_both_work() -> None:
    for operation in (get_orders, get_orders.sync, get_orders.sync_detailed):
        assert len(list(client(OrdersServer(total=10)).paginate(operation))) == 10


def test_max_items_and_page_size() -> None:
    server = OrdersServer(total=5_000)
    items = list(client(server).paginate(get_orders, page_size=250, max_items=600))
    assert len(items) == 600 and server.limits == [250, 250, 250]
    with pytest.raises(ValueError, match=r"1\.\.1000"):
        client(server).paginate(get_orders, page_size=1001)
    assert list(client(server).paginate(get_orders, max_items=0)) == []


def test_resume_from_a_cursor() -> None:
    server = OrdersServer(total=2_500)
    paginator = client(server).paginate(get_orders, page_size=1000)
    pages = paginator.pages()
    next(pages)
    saved = paginator.cursor
    assert saved == "1000"
    rest = [o.order_id for o in client(server).paginate(get_orders, cursor=saved)]
    assert rest[0] == "o-1000" and len(rest) == 1_500


def test_repeated_cursor_raises_instead_of_looping() -> None:
    server = OrdersServer(total=10_000, repeat_at=2_000)
    with pytest.raises(kalshi.RepeatedCursorError, match="repeated cursor"):
        for _ in client(server).paginate(get_orders):
            pass
    assert server.calls <= 4


def test_two_item_arrays_need_a_choice() -> None:
    def positions(request: httpx.Request) -> httpx.Response:
        cursor = parse_qs(request.url.query.decode()).get("cursor", [""])[0]
        page = int(cursor or 0)
        body = {
            "market_positions": [{"ticker": f"M{page}"}],
            "event_positions": [{"event_ticker": f"E{page}"}, {"event_ticker": f"F{page}"}],
            "cursor": str(page + 1) if page < 2 else None,
        }
        return httpx.Response(200, json=body)

    kc = client(positions)
    with pytest.raises(TypeError, match="item_field"):
        kc.paginate(get_positions)
    markets = [p.ticker for p in kc.paginate(get_positions, item_field="market_positions")]
    events = [p.event_ticker for p in kc.paginate(get_positions, item_field="event_positions")]
    assert markets == ["M0", "M1", "M2"] and len(events) == 6
    with pytest.raises(ValueError, match="no list"):
        kc.paginate(get_positions, item_field="orders")


def test_odd_cursor_field_name() -> None:
    def programs(request: httpx.Request) -> httpx.Response:
        cursor = parse_qs(request.url.query.decode()).get("cursor", [""])[0]
        page = int(cursor or 0)
        items = [{"id": f"p{page}-{i}"} for i in range(3)]
        return httpx.Response(
            200,
            json={"incentive_programs": items, "next_cursor": str(page + 1) if page < 3 else ""},
        )

    ids = [p.id for p in client(programs).paginate(get_incentive_programs)]
    assert len(ids) == 12 and len(set(ids)) == 12


def test_null_item_array_is_an_empty_page() -> None:
    answers = iter([{"orders": None, "cursor": "x"}, {"orders": [order_json(1)], "cursor": ""}])
    kc = client(lambda r: httpx.Response(200, json=next(answers)))
    assert [o.order_id for o in kc.paginate(get_orders)] == ["o-1"]


def test_non_paginated_operation_is_refused() -> None:
    with pytest.raises(TypeError, match="not cursor-paginated"):
        client(OrdersServer(1)).paginate(get_exchange_status)
    with pytest.raises(TypeError, match="not a generated operation"):
        client(OrdersServer(1)).paginate(len)
    with pytest.raises(TypeError, match="page_size="):
        client(OrdersServer(1)).paginate(get_orders, limit=5)
    with pytest.raises(TypeError, match="unknown parameter 'tickr'"):
        client(OrdersServer(1)).paginate(get_orders, tickr="KXT-1")


def test_async_for() -> None:
    server = OrdersServer(total=2_345)

    async def handler(request: httpx.Request) -> httpx.Response:
        return server(request)

    async def main() -> list[str]:
        async with AsyncKalshiClient(
            transport=httpx.MockTransport(handler), rate_limit=False
        ) as ac:
            return [o.order_id async for o in ac.paginate(get_orders, status="resting")]

    ids = asyncio.run(main())
    assert len(ids) == 2_345 and len(set(ids)) == 2_345


def test_memory_stays_flat() -> None:
    """Peak traced memory while streaming 20,000 items is about that of 2,000 (one page)."""

    def peak(total: int) -> int:
        server = OrdersServer(total=total)
        kc = client(server)
        tracemalloc.start()
        count = sum(1 for _ in kc.paginate(get_orders))
        _, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == total
        return high

    small, large = peak(2_000), peak(20_000)
    assert large < small * 1.5


class CursorScript:
    """Answers pages whose cursors follow a script (e.g. A, B, A: a cycle)."""

    def __init__(self, *cursors: Any) -> None:
        self.cursors = list(cursors)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        cursor = self.cursors[min(self.calls, len(self.cursors) - 1)]
        self.calls += 1
        body = {"orders": [order_json(self.calls)], "cursor": cursor}
        return httpx.Response(200, json=body)


def _walk(mode: str, route: str, script: CursorScript) -> list[Any]:
    transport = httpx.MockTransport(script)
    if mode == "sync":
        paginator = KalshiClient(transport=transport, rate_limit=False).paginate(get_orders)
        return list(paginator.pages() if route == "pages" else paginator)

    async def main() -> list[Any]:
        async_client = AsyncKalshiClient(transport=transport, rate_limit=False)
        paginator = async_client.paginate(get_orders)
        walk = paginator.pages() if route == "pages" else paginator
        return [item async for item in walk]

    return asyncio.run(main())


@pytest.mark.parametrize("route", ["items", "pages"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cursor_cycle_is_caught_on_every_route(mode: str, route: str) -> None:
    script = CursorScript("A", "B", "A", "B")
    with pytest.raises(kalshi.RepeatedCursorError, match="'A'"):
        _walk(mode, route, script)
    assert script.calls == 3  # A, B, then A again: stopped before following it


@pytest.mark.parametrize("route", ["items", "pages"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cursor_that_is_not_a_string_raises(mode: str, route: str) -> None:
    with pytest.raises(
        kalshi.APIResponseValidationError, match="cursor: expected str, got int"
    ) as caught:
        _walk(mode, route, CursorScript(12345, ""))
    assert b"12345" in caught.value.body and caught.value.status_code == 200


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_methods_of_the_typed_surface_paginate(mode: str) -> None:
    server = OrdersServer(total=2_500)
    if mode == "sync":
        sync_client = client(server)
        ids = [o.order_id for o in sync_client.paginate(sync_client.orders.get_orders)]
    else:

        async def main() -> list[Any]:
            ac = AsyncKalshiClient(transport=httpx.MockTransport(server), rate_limit=False)
            return [o.order_id async for o in ac.paginate(ac.orders.get_orders)]

        ids = asyncio.run(main())
    assert len(ids) == 2_500 == len(set(ids))
