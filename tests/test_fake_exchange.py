"""The fake exchange's rules, errors, faults and the two ways of reaching it."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kalshi
from kalshi import KalshiClient, RetryPolicy
from kalshi.orders import limit_order
from kalshi.testing import HOUSE, FakeExchange, taker_fee
from kalshi.testing.engine import Exchange, ExchangeError, Order
from kalshi.testing.handlers.legacy import RETIRED
from kalshi_api.api.market import get_market, get_market_orderbook
from kalshi_api.api.order_groups import create_order_group, reset_order_group
from kalshi_api.api.orders import (
    amend_order_v2,
    cancel_order_v2,
    create_order,
    create_order_v2,
    decrease_order_v2,
    get_order,
    get_orders,
)
from kalshi_api.api.portfolio import get_balance, get_positions, get_settlements
from kalshi_api.models import (
    AmendOrderV2Request,
    BookSide,
    CreateOrderGroupRequest,
    CreateOrderRequest,
    DecreaseOrderV2Request,
)
from kalshi_api.operations import OPERATIONS

from .conftest import present

T = "KXTEST-26-A"


@pytest.fixture
def exchange() -> FakeExchange:
    ex = FakeExchange()
    ex.add_market(T)
    return ex


def trader(
    exchange: FakeExchange, balance: str = "100", **kwargs: object
) -> tuple[KalshiClient, kalshi.testing.Credentials]:
    user = exchange.add_user(balance=balance)
    kwargs.setdefault("retry", RetryPolicy(max_retries=0))
    return exchange.client(user, **kwargs), user


def place(client: KalshiClient, **order: object) -> object:
    order.setdefault("ticker", T)
    return create_order_v2.sync(client=client, body=limit_order(**order))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- scenario


def test_bot_scenario_balances_to_the_cent(exchange: FakeExchange) -> None:
    exchange.seed_liquidity(T, bids=[("0.25", 100)], asks=[("0.45", 10), ("0.47", 100)])
    client, user = trader(exchange, "100")

    # place: buy 20 YES up to 0.47 -> 10 @ 0.45 and 10 @ 0.47 (taker)
    ack = place(client, side="bid", count=20, price="0.47")
    fees = taker_fee(Decimal(10), Decimal("0.45")) + taker_fee(Decimal(10), Decimal("0.47"))
    assert fees == Decimal("0.36")  # 0.17325 -> 0.18 and 0.174370 -> 0.18
    cash = Decimal(100) - Decimal("4.50") - Decimal("4.70") - fees
    assert exchange.cash(user) == cash
    assert ack.fill_count == "20.00" and ack.average_fill_price == "0.4600"  # type: ignore[attr-defined]

    # a resting bid, amended up and then decreased
    rest = place(client, side="bid", count=10, price="0.30")
    oid = str(rest.order_id)  # type: ignore[attr-defined]
    amend_order_v2.sync(
        oid,
        client=client,
        body=AmendOrderV2Request(ticker=T, side=BookSide.BID, price="0.32", count="8"),
    )
    decrease_order_v2.sync(oid, client=client, body=DecreaseOrderV2Request(reduce_to="5"))
    order = present(get_order.sync(oid, client=client).order)
    assert order.remaining_count_fp == "5.00"
    assert order.yes_price_dollars == "0.3200"
    # the resting order reserves 5 x 0.32 but does not move cash
    assert exchange.cash(user) == cash
    assert (
        exchange.balance(user)
        == cash - Decimal("1.60")
        == exchange.cash(user) - exchange.reserved(user)
    )

    # another trader sells into our bid: we are maker (no fee) for 5 @ 0.32
    seller, _ = trader(exchange, "100")
    place(seller, side="ask", count=5, price="0.32", time_in_force="immediate_or_cancel")
    cash -= Decimal("1.60")
    assert exchange.cash(user) == cash
    assert exchange.position(user, T) == Decimal(25)

    # sell 5 YES at 0.25 into the house bid: closing, so cash comes back
    place(client, side="ask", count=5, price="0.25", time_in_force="immediate_or_cancel")
    assert taker_fee(Decimal(5), Decimal("0.25")) == Decimal("0.07")  # 0.065625 rounds up
    cash += Decimal("1.25") - Decimal("0.07")
    assert exchange.cash(user) == cash
    assert exchange.position(user, T) == Decimal(20)

    # cancel what rests, settle YES: $1 per YES contract
    place(client, side="bid", count=3, price="0.10")
    assert client.cancel_all().all_ok
    exchange.settle(T, "yes")
    cash += Decimal(20)
    assert exchange.cash(user) == cash
    balance = get_balance.sync(client=client)
    assert balance.balance == int(cash * 100) and balance.balance_dollars == f"{cash:.4f}"
    settlement = get_settlements.sync(client=client).settlements
    assert settlement and settlement[0].revenue == 2000 and settlement[0].yes_count_fp == "20.00"
    market = present(get_market.sync(T, client=client).market)
    assert market.result == "yes"


def test_fee_formula() -> None:
    assert taker_fee(Decimal(10), Decimal("0.45")) == Decimal("0.18")  # 0.17325 rounds up
    assert taker_fee(Decimal(100), Decimal("0.50")) == Decimal("1.75")
    assert taker_fee(Decimal("0.01"), Decimal("0.01")) == Decimal("0.01")


# --------------------------------------------------------------------------- matching rules


def test_price_time_priority_and_partial_fills(exchange: FakeExchange) -> None:
    a, _ = trader(exchange)
    b, _ = trader(exchange)
    first = place(a, side="ask", count=5, price="0.60")
    second = place(b, side="ask", count=5, price="0.60")
    better = place(b, side="ask", count=2, price="0.58")
    taker, _ = trader(exchange)
    ack = place(taker, side="bid", count=4, price="0.60")
    assert ack.fill_count == "4.00"  # type: ignore[attr-defined]
    assert get_order.sync(str(better.order_id), client=b).order.remaining_count_fp == "0.00"  # type: ignore[attr-defined,union-attr]
    assert get_order.sync(str(first.order_id), client=a).order.remaining_count_fp == "3.00"  # type: ignore[attr-defined,union-attr]
    assert get_order.sync(str(second.order_id), client=b).order.remaining_count_fp == "5.00"  # type: ignore[attr-defined,union-attr]


def test_time_in_force(exchange: FakeExchange) -> None:
    exchange.seed_liquidity(T, asks=[("0.50", 5)])
    client, user = trader(exchange)
    fok = place(client, side="bid", count=6, price="0.50", time_in_force="fill_or_kill")
    assert fok.fill_count == "0.00" and fok.remaining_count == "0.00"  # type: ignore[attr-defined]
    assert exchange.position(user, T) == 0
    ioc = place(client, side="bid", count=8, price="0.50", time_in_force="immediate_or_cancel")
    assert ioc.fill_count == "5.00" and ioc.remaining_count == "0.00"  # type: ignore[attr-defined]
    order = present(get_order.sync(str(ioc.order_id), client=client).order)  # type: ignore[attr-defined]
    assert order.status == "canceled"
    gtc = place(client, side="bid", count=3, price="0.45")
    assert gtc.remaining_count == "3.00"  # type: ignore[attr-defined]


def test_post_only_and_reduce_only(exchange: FakeExchange) -> None:
    exchange.seed_liquidity(T, bids=[("0.40", 50)], asks=[("0.50", 50)])
    client, _ = trader(exchange)
    with pytest.raises(kalshi.BadRequestError) as info:
        place(client, side="bid", count=1, price="0.50", post_only=True)
    assert info.value.code == "post_only_cross"
    place(client, side="bid", count=1, price="0.45", post_only=True)  # rests
    with pytest.raises(kalshi.BadRequestError, match="would not reduce"):
        place(
            client,
            side="ask",
            count=1,
            price="0.40",
            reduce_only=True,
            time_in_force="immediate_or_cancel",
        )
    place(client, side="bid", count=3, price="0.50", time_in_force="immediate_or_cancel")
    assert client.cancel_all().all_ok  # else our own 0.45 bid would be the first to match
    ack = place(
        client,
        side="ask",
        count=10,
        price="0.40",
        reduce_only=True,
        time_in_force="immediate_or_cancel",
    )
    assert ack.fill_count == "3.00"  # type: ignore[attr-defined]  # capped at the position
    with pytest.raises(kalshi.BadRequestError, match="immediate_or_cancel"):
        place(client, side="ask", count=1, price="0.40", reduce_only=True)


@pytest.mark.parametrize("mode", ["taker_at_cross", "maker"])
def test_self_trade_prevention(exchange: FakeExchange, mode: str) -> None:
    exchange.seed_liquidity(T, asks=[("0.52", 10)])
    client, user = trader(exchange)
    own = place(client, side="ask", count=5, price="0.50")
    ack = place(client, side="bid", count=8, price="0.52", self_trade_prevention=mode)
    own_order = present(get_order.sync(str(own.order_id), client=client).order)  # type: ignore[attr-defined]
    if mode == "taker_at_cross":  # the incoming order is canceled, the resting one stays
        assert ack.fill_count == "0.00"  # type: ignore[attr-defined]
        assert own_order.status == "resting"
    else:  # the resting order is canceled and matching goes on against the house
        assert own_order.status == "canceled"
        assert ack.fill_count == "8.00"  # type: ignore[attr-defined]
        assert exchange.position(user, T) == 8


# --------------------------------------------------------------------------- validation


def test_validation_answers_with_kalshi_codes(exchange: FakeExchange) -> None:
    client, _ = trader(exchange, "10")
    raw = client.get_httpx_client()
    cases = [
        ({"price": "0.555"}, 400, "invalid_price"),
        ({"price": "1.00"}, 400, "invalid_price"),
        ({"count": "0"}, 400, "invalid_order"),
        ({"count": "1.001"}, 400, "invalid_order"),
        ({"ticker": None}, 400, "missing_parameters"),
        ({"count": "100"}, 400, "insufficient_balance"),
        ({"ticker": "KXNOPE-1"}, 404, "not_found"),
        ({"time_in_force": "gtc"}, 400, "invalid_order"),
    ]
    base = {
        "ticker": T,
        "side": "bid",
        "count": "1",
        "price": "0.50",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "maker",
    }
    for change, status, code in cases:
        body = {k: v for k, v in {**base, **change}.items() if v is not None}  # type: ignore[dict-item]
        with pytest.raises(kalshi.APIStatusError) as info:
            raw.post("/portfolio/events/orders", json=body)
        assert (info.value.status_code, info.value.code) == (status, code), change
    exchange.add_market("KXSHUT-26-A", status="closed")
    with pytest.raises(kalshi.BadRequestError) as closed:
        place(client, ticker="KXSHUT-26-A", side="bid", count=1, price="0.5")
    assert closed.value.code == "market_closed"
    with pytest.raises(kalshi.NotFoundError):
        cancel_order_v2.sync("no-such-order", client=client)
    place(client, side="bid", count=1, price="0.10", client_order_id="dup")
    with pytest.raises(kalshi.ConflictError) as dup:
        place(client, side="bid", count=1, price="0.10", client_order_id="dup")
    assert dup.value.code == "order_already_exists"


def test_batch_size_limit(exchange: FakeExchange) -> None:
    client, _ = trader(exchange, "1000")
    orders = [limit_order(T, side="bid", count=1, price="0.10") for _ in range(21)]
    raw = client.get_httpx_client()
    with pytest.raises(kalshi.BadRequestError, match="at most 20"):
        raw.post("/portfolio/events/orders/batched", json={"orders": [o.to_dict() for o in orders]})
    result = client.batch_create(orders)  # the helper splits to the limit
    assert result.all_ok and len(result) == 21


def test_signatures_are_verified(exchange: FakeExchange) -> None:
    user = exchange.add_user()
    transport = exchange.transport()
    url = "http://x.test/trade-api/v2/portfolio/balance"
    response = transport.handle_request(httpx.Request("GET", url))
    assert response.status_code == 401
    assert json.loads(response.read())["error"]["code"] == "authentication_error"

    auth = kalshi.KalshiAuth(user.key_id, user.private_key_pem, clock=lambda: time.time() - 120)
    stale = next(auth.auth_flow(httpx.Request("GET", url)))
    assert b"stale" in transport.handle_request(stale).read()
    ahead = kalshi.KalshiAuth(user.key_id, user.private_key_pem, clock=lambda: time.time() + 120)
    future = next(ahead.auth_flow(httpx.Request("GET", url)))
    refused = transport.handle_request(future)
    assert refused.status_code == 401 and b"stale" in refused.read()  # too far ahead, too

    other = exchange.add_user()
    forged = kalshi.KalshiAuth(user.key_id, other.private_key_pem)
    assert (
        b"invalid signature"
        in transport.handle_request(next(forged.auth_flow(httpx.Request("GET", url)))).read()
    )

    client = KalshiClient(
        "nobody",
        user.private_key_pem,
        transport=transport,
        base_url="http://x.test/trade-api/v2",
        environment="demo",
    )
    with pytest.raises(kalshi.AuthenticationError, match="unknown api key") as info:
        get_balance.sync(client=client)
    assert info.value.details == "NOT_FOUND"
    ed = exchange.add_user(key_type="ed25519")
    assert get_balance.sync(client=exchange.client(ed)).balance == 100000


def test_order_group_rolling_limit(exchange: FakeExchange) -> None:
    exchange.seed_liquidity(T, asks=[("0.50", 100)])
    client, _ = trader(exchange, "1000")
    group = create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=5))
    gid = str(group.order_group_id)
    resting = place(client, side="bid", count=2, price="0.30", order_group_id=gid)
    place(client, side="bid", count=3, price="0.50", order_group_id=gid)
    place(client, side="bid", count=2, price="0.50", order_group_id=gid)  # 5 filled: trigger
    order = present(get_order.sync(str(resting.order_id), client=client).order)  # type: ignore[attr-defined]
    assert order.status == "canceled"
    with pytest.raises(kalshi.BadRequestError, match="triggered"):
        place(client, side="bid", count=1, price="0.30", order_group_id=gid)
    reset_order_group.sync(gid, client=client)
    place(client, side="bid", count=1, price="0.30", order_group_id=gid)


def test_pause_resume_and_cancel_on_pause(exchange: FakeExchange) -> None:
    client, _ = trader(exchange)
    keep = place(client, side="bid", count=1, price="0.30")
    drop = create_order_v2.sync(
        client=client, body=limit_order(T, side="bid", count=1, price="0.31")
    )
    exchange.state.orders[str(drop.order_id)].cancel_on_pause = True
    exchange.pause()
    with pytest.raises(kalshi.BadRequestError) as info:
        place(client, side="bid", count=1, price="0.30")
    assert info.value.code == "trading_paused"
    statuses = {o.order_id: o.status for o in client.paginate(get_orders)}
    assert statuses[drop.order_id] == "canceled" and statuses[keep.order_id] == "resting"  # type: ignore[attr-defined]
    exchange.resume()
    place(client, side="bid", count=1, price="0.30")


def test_orderbook_and_positions_are_consistent(exchange: FakeExchange) -> None:
    exchange.seed_liquidity(T, bids=[("0.40", 10)], asks=[("0.45", 10)])
    client, user = trader(exchange)
    place(client, side="ask", count=4, price="0.40", time_in_force="immediate_or_cancel")
    book = present(get_market_orderbook.sync(T, client=client).orderbook_fp)
    assert book.yes_dollars == [["0.4000", "6.00"]] and book.no_dollars == [["0.5500", "10.00"]]
    positions = list(client.paginate(get_positions, item_field="market_positions"))
    assert positions[0].position_fp == "-4.00"  # NO contracts
    assert positions[0].market_exposure_dollars == "2.4000"  # 4 x (1 - 0.40)
    assert exchange.position(user, T) == -4


# --------------------------------------------------------------------------- legacy endpoints


@pytest.mark.parametrize("operation_id", RETIRED)
def test_each_retired_v1_mutation_answers_410(exchange: FakeExchange, operation_id: str) -> None:
    client, _ = trader(exchange)
    op = OPERATIONS[operation_id]
    path = op.path.replace("{order_id}", "some-order")
    with pytest.raises(kalshi.EndpointRetiredError) as info:
        client.get_httpx_client().request(op.method, path, json={"ticker": T})
    assert info.value.status_code == 410
    assert info.value.code == "deprecated_v1_order_endpoint"
    assert info.value.replacement == op.replaced_by and op.replaced_by.endswith("V2")  # type: ignore[union-attr]
    assert sorted(RETIRED) == sorted(
        [
            "CreateOrder",
            "CancelOrder",
            "AmendOrder",
            "DecreaseOrder",
            "BatchCreateOrders",
            "BatchCancelOrders",
        ]
    )


def test_the_typed_v1_create_raises_endpoint_retired(exchange: FakeExchange) -> None:
    client, _ = trader(exchange)
    body = CreateOrderRequest.from_dict(
        {"ticker": T, "side": "yes", "action": "buy", "count": 1, "yes_price": 30}
    )
    with pytest.raises(kalshi.EndpointRetiredError) as info:
        create_order.sync(client=client, body=body)
    assert info.value.replacement == "CreateOrderV2"


# --------------------------------------------------------------------------- rate limits, faults


def test_rate_limit_answers_429_like_kalshi() -> None:
    ex = FakeExchange(rate_limit=True)
    user = ex.add_user()
    client = ex.client(user, rate_limit=False, retry=RetryPolicy(max_retries=0))
    with pytest.raises(kalshi.RateLimitError) as info:
        for _ in range(30):  # 200 read tokens a second, 10 a request
            get_balance.sync(client=client)
    assert info.value.body == b'{"error": "too many requests"}'
    assert info.value.message == "too many requests"
    # the client's default limiter keeps the same loop out of 429s
    paced = ex.client(ex.add_user(), retry=RetryPolicy(max_retries=0))
    for _ in range(30):
        get_balance.sync(client=paced)


def test_faults_5xx_429_drops_and_latency(exchange: FakeExchange) -> None:
    client, _ = trader(exchange, retry=RetryPolicy(max_retries=0))
    exchange.inject("GetBalance", error_rate=1.0)
    with pytest.raises(kalshi.InternalServerError):
        get_balance.sync(client=client)
    exchange.inject("GetBalance", rate_limit_rate=1.0)
    with pytest.raises(kalshi.RateLimitError):
        get_balance.sync(client=client)
    exchange.inject("GetBalance", drop_rate=1.0)
    with pytest.raises(kalshi.APIConnectionError):
        get_balance.sync(client=client)
    exchange.inject("GetBalance", latency=0.05)
    start = time.perf_counter()
    get_balance.sync(client=client)
    assert time.perf_counter() - start >= 0.05
    exchange.clear_faults()
    # half the requests fail: the default retries absorb it
    exchange.inject("*", error_rate=0.5)
    retrying = exchange.client(
        exchange.add_user(), retry=RetryPolicy(max_retries=8, backoff_base=0)
    )
    for _ in range(20):
        get_balance.sync(client=retrying)


def test_commit_then_fail_with_a_client_order_id_does_not_duplicate(
    exchange: FakeExchange,
) -> None:
    client, _user = trader(exchange, retry=RetryPolicy(max_retries=2, backoff_base=0))
    exchange.inject("CreateOrderV2", commit_then_fail_rate=1.0, times=1)
    # the retry is refused (order_already_exists); the client looks the order up instead
    ack = place(client, side="bid", count=1, price="0.20", client_order_id="once")
    exchange.clear_faults()
    orders = list(client.paginate(get_orders))
    assert [o.client_order_id for o in orders] == ["once"]
    assert ack.order_id == orders[0].order_id  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- reaching it


def test_loopback_server_and_async_client(exchange: FakeExchange) -> None:
    exchange.seed_liquidity(T, asks=[("0.50", 100)])
    user = exchange.add_user(balance="50")
    with exchange.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        with KalshiClient(user.key_id, user.private_key_pem, base_url=url) as client:
            place(client, side="bid", count=2, price="0.50")
            assert get_balance.sync(client=client).balance == 5000 - 100 - 4

    async def main() -> int:
        async with exchange.async_client(user) as ac:
            await create_order_v2.asyncio(
                client=ac, body=limit_order(T, side="bid", count=1, price="0.50")
            )
            result = await ac.batch_create(
                [limit_order(T, side="bid", count=1, price="0.10") for _ in range(30)]
            )
            assert result.all_ok
            return sum([1 async for _ in ac.paginate(get_orders, status="resting")])

    assert asyncio.run(main()) == 30
    assert exchange.position(user, T) == 3


def start_server(*args: str) -> tuple[subprocess.Popen[str], dict[str, object]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "kalshi.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, process.communicate(timeout=10)
    return process, json.loads(line)


def test_python_dash_m_serves_over_http(tmp_path: Path) -> None:
    key_file = tmp_path / "nested" / "key.pem"
    process, info = start_server("--key-file", str(key_file), "--balance", "42")
    try:
        assert set(info) == {"base_url", "ws_url", "key_id", "private_key_file", "markets"}
        base = str(info["base_url"])
        assert info["ws_url"] == base.replace("http:", "ws:").replace(
            "/trade-api/v2", "/trade-api/ws/v2"
        )
        assert "PRIVATE KEY" not in json.dumps(info)
        assert info["private_key_file"] == str(key_file.resolve())
        assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
        with KalshiClient(
            str(info["key_id"]), str(info["private_key_file"]), base_url=str(info["base_url"])
        ) as client:
            assert get_balance.sync(client=client).balance == 4200
            markets = info["markets"]
            assert isinstance(markets, list) and markets
            assert get_market.sync(markets[0], client=client).market is not None
            with client.stream() as stream:  # finds the WebSocket API from base_url alone
                book = stream.order_book(str(markets[0])).wait_ready(10)
                assert book.best_bid is not None
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_python_dash_m_writes_the_key_into_a_fresh_private_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # nothing may land in the current directory
    process, info = start_server("--no-demo-markets")
    try:
        key_file = Path(str(info["private_key_file"]))
        assert key_file.is_absolute() and key_file.parent != tmp_path
        assert key_file.parent.parent == Path(tempfile.gettempdir()).resolve()
        assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(key_file.parent).st_mode) == 0o700
        assert "PRIVATE KEY" in key_file.read_text()
        assert list(tmp_path.iterdir()) == [] and info["markets"] == []
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(Path(str(info["private_key_file"])).parent, ignore_errors=True)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_python_dash_m_stops_on_sigterm_and_sigint(tmp_path: Path, signum: int) -> None:
    process, info = start_server("--key-file", str(tmp_path / "key.pem"), "--no-demo-markets")
    status = httpx.get(f"{info['base_url']}/exchange/status")
    assert status.status_code == 200  # serving, with a kept-alive connection open
    with httpx.Client() as idle:
        idle.get(f"{info['base_url']}/exchange/status")
        process.send_signal(signum)
        out, err = process.communicate(timeout=5)  # a guard against a hang, not a speed check
    assert process.returncode == 0, err
    assert "Traceback" not in err and out == ""
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{info['base_url']}/exchange/status")


def test_python_dash_m_help_documents_every_flag_and_the_json_line() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "kalshi.testing", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for flag in (
        "--port", "--balance", "--key-type", "--key-file", "--rate-limit", "--tier",
        "--no-demo-markets", "--no-compress", "--no-stream",
    ):  # fmt: skip
        assert flag in shown
    for field in ("base_url", "ws_url", "key_id", "private_key_file", "markets", "0600", "SIGTERM"):
        assert field in shown
    assert "--legacy-orders" not in shown


# --------------------------------------------------------------------------- invariants

order_args = st.tuples(
    st.integers(0, 2),  # which trader
    st.sampled_from(["bid", "ask"]),
    st.integers(1, 99),  # price in cents
    st.integers(1, 30),  # count
    st.sampled_from(["good_till_canceled", "immediate_or_cancel", "fill_or_kill"]),
    st.sampled_from(["taker_at_cross", "maker"]),
    st.sampled_from(["keep", "cancel", "amend", "decrease"]),  # then, to a resting order
)


def documented_reservation(held: Decimal, resting: list[Order]) -> Decimal:
    """The README's rule, written out independently: contracts held cover the closing side's
    resting orders best first; everything else reserves its count x its cost per contract."""
    closing = "ask" if held > 0 else "bid"
    total, covered_so_far = Decimal(0), Decimal(0)
    for order in sorted(resting, key=lambda o: (o.side, o.priority)):
        cost = order.price if order.side == "bid" else 1 - order.price
        if order.side != closing:
            total += order.remaining * cost
            continue
        before, after = covered_so_far, covered_so_far + order.remaining
        covered_so_far = after
        uncovered = after - max(before, min(after, abs(held)))
        total += uncovered * cost
    return total


def check_books(exchange: Exchange, traders: list[str], start: dict[str, Decimal]) -> None:
    users = exchange.users.values()
    assert sum(u.positions[T].contracts for u in users if T in u.positions) == 0
    open_interest = sum(
        max(Decimal(0), u.positions[T].contracts) for u in users if T in u.positions
    )
    fees = sum(u.positions[T].fees_paid for u in users if T in u.positions)
    assert sum(u.cash for u in users) + fees + open_interest == sum(start.values())
    for user_id in traders:
        user = exchange.users[user_id]
        resting = exchange.resting(user_id)
        held = user.positions[T].contracts if T in user.positions else Decimal(0)
        assert exchange.reserved(user_id) == documented_reservation(held, resting)
        assert exchange.available(user_id) >= 0, "resting orders reserve more than the cash"
        pos = user.positions.get(T)
        if pos is None:
            continue
        # what the member gained in cash, fees aside, is realized P&L less what is still open
        assert user.cash - start[user_id] + pos.fees_paid == pos.realized_pnl - pos.cost
        assert pos.cost >= 0 and (pos.cost == 0) == (pos.contracts == 0)
    for order in exchange.orders.values():
        own = [f for f in exchange.users[order.user_id].fills if f["order_id"] == order.order_id]
        assert order.filled == sum((f["count"] for f in own), Decimal(0))  # type: ignore[type-var]
        if order.filled:
            notional = sum((f["price"] * f["count"] for f in own), Decimal(0))  # type: ignore[operator]
            assert order.notional == notional  # the average fill price's base, whatever closed
            cost = sum(
                (f["count"] * (f["price"] if order.side == "bid" else 1 - f["price"]) for f in own),  # type: ignore[operator]
                Decimal(0),
            )
            assert order.taker_cost + order.maker_cost == cost


@settings(max_examples=80, deadline=None)
@given(st.lists(order_args, min_size=1, max_size=40), st.sampled_from(["yes", "no", None]))
def test_money_and_contracts_are_conserved(
    orders: list[tuple[object, ...]], result: str | None
) -> None:
    """Whatever trades happen (opening, closing, flipping, amending): every YES has a NO, no
    cent appears or vanishes, reservations follow the documented rule and never exceed cash."""
    exchange = Exchange(clock=lambda: 1_700_000_000.0)
    exchange.users[HOUSE].cash = Decimal(10_000)
    exchange.add_market(T)
    exchange.seed_liquidity(T, "bid", [("0.30", 20)])
    exchange.seed_liquidity(T, "ask", [("0.70", 20)])
    traders = [exchange.add_user(balance="50").user_id for _ in range(3)]
    start = {u.user_id: u.cash for u in exchange.users.values()}

    for who, side, cents, size, tif, stp, then in orders:
        user = traders[who]  # type: ignore[call-overload]
        price = Decimal(cents) / 100  # type: ignore[arg-type]
        try:
            exchange.place(
                user,
                ticker=T,
                side=str(side),
                price=price,
                count=Decimal(size),  # type: ignore[arg-type]
                time_in_force=str(tif),
                self_trade_prevention=str(stp),
            )
        except ExchangeError as error:
            assert error.code == "insufficient_balance"
        resting = exchange.resting(user)
        try:
            if resting and then == "cancel":
                exchange.cancel(user, resting[0].order_id)
            elif resting and then == "amend":
                first = resting[0]
                exchange.amend(
                    user,
                    first.order_id,
                    ticker=T,
                    side=first.side,
                    price=price,
                    count=first.filled + first.remaining + 1,
                )
            elif resting and then == "decrease" and resting[0].remaining > 1:
                exchange.decrease(user, resting[0].order_id, reduce_by=Decimal(1), reduce_to=None)
        except ExchangeError as error:
            assert error.code == "insufficient_balance"
        check_books(exchange, traders, start)

    if result:
        exchange.settle(T, result)
        users = exchange.users.values()
        fees = sum(u.positions[T].fees_paid for u in users if T in u.positions)
        assert sum(u.cash for u in users) + fees == sum(start.values())
        assert all(exchange.reserved(u) == 0 for u in traders)
        check_books(exchange, traders, start)


def test_async_refresh_limits_and_cancel_all(exchange: FakeExchange) -> None:
    user = exchange.add_user(balance="100")

    async def main() -> tuple[int, int, int]:
        async with exchange.async_client(user) as client:
            limiter = await client.refresh_limits()
            for i in range(7):
                await client.place_order(T, side="bid", count=1, price=f"0.1{i}")
            report = await client.cancel_all(ticker=T)
            left = [o async for o in client.paginate(get_orders, status="resting")]
            return limiter.batch_size("BatchCancelOrdersV2"), len(report), len(left)

    batch, cancelled, left = asyncio.run(main())
    assert batch == 100  # Basic: 200-token write bucket / 2 tokens per cancel
    assert cancelled == 7 and left == 0


def test_operations_it_does_not_simulate_answer_501(exchange: FakeExchange) -> None:
    client, _ = trader(exchange)
    with pytest.raises(kalshi.InternalServerError) as info:
        client.get_httpx_client().get("/portfolio/subaccounts/balances")
    assert info.value.status_code == 501 and info.value.code == "not_implemented"
    with pytest.raises(kalshi.NotFoundError):
        client.get_httpx_client().get("/no/such/route")


def test_get_fills_honours_min_ts_and_max_ts() -> None:
    exchange = FakeExchange()
    exchange.add_market(T)
    exchange.seed_liquidity(T, asks=[("0.44", 10)])
    user = exchange.add_user(balance="100")
    client = exchange.client(user)
    before = int(time.time()) - 1
    client.place_order(T, side="bid", count=3, price="0.44")  # fills against the house
    after = int(time.time()) + 1

    def fills(**window: Any) -> int:
        return len(list(client.paginate(client.portfolio.get_fills, **window)))

    assert fills() == 1
    assert fills(min_ts=before, max_ts=after) == 1
    assert fills(min_ts=after + 1) == 0
    assert fills(max_ts=before - 1) == 0
