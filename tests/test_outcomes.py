"""Write outcomes are never hidden: lost answers, retries, and what the exchange really holds.

A scripted transport stands between the client and the fake exchange (in process) and does,
request by request, what a bad network does: forward the request and lose the answer
(commit-then-fail), cut the connection before forwarding, answer 429 or 503 itself, or refuse
the connection. Truth is read from the exchange's own state afterwards. Every case runs on
KalshiClient and AsyncKalshiClient.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient, RetryPolicy
from kalshi.orders import limit_order
from kalshi.testing import FakeExchange
from kalshi.testing._transports import ExchangeTransport
from kalshi_api.api.orders import amend_order_v2, create_order_v2
from kalshi_api.models import AmendOrderV2Request

T = "KXOUT-26-A"
U = "KXOUT-26-B"
CREATE = ("POST", "/portfolio/events/orders")
BATCH = ("POST", "/portfolio/events/orders/batched")
BATCH_CANCEL = ("DELETE", "/portfolio/events/orders/batched")
LIST = ("GET", "/portfolio/orders")

# What the network does to one request.
COMMIT_THEN_FAIL = "commit_then_fail"  # forwarded, the exchange acts, the answer is lost
DROP = "drop"  # cut before forwarding: nothing reached the exchange
REFUSE = "refuse"  # the connection is refused: nothing was sent
TOO_MANY = "429"  # answered by a gateway, plain-string body, not forwarded
UNAVAILABLE = "503"  # answered by a gateway, not forwarded
PASS = "pass"


class Network(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Plays a script per route (method, path suffix); an exhausted script passes requests."""

    def __init__(self, exchange: FakeExchange) -> None:
        self.inner = ExchangeTransport(exchange.app)
        self.scripts: dict[tuple[str, str], list[str]] = {}
        self.always: dict[tuple[str, str], str] = {}
        self.seen: list[tuple[str, str]] = []

    def script(self, route: tuple[str, str], *steps: str) -> None:
        self.scripts[route] = list(steps)

    def _route(self, request: httpx.Request) -> tuple[str, str]:
        path = request.url.path.removeprefix("/trade-api/v2")
        if path.startswith("/portfolio/events/orders/") and not path.endswith("/batched"):
            path = "/portfolio/events/orders/{id}" + ("/amend" if path.endswith("/amend") else "")
        elif path.startswith("/portfolio/orders/"):
            path = "/portfolio/orders/{id}"
        return request.method, path

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        route = self._route(request)
        self.seen.append(route)
        steps = self.scripts.get(route)
        step = steps.pop(0) if steps else self.always.get(route, PASS)
        if step == REFUSE:
            raise httpx.ConnectError("connection refused", request=request)
        if step == DROP:
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        if step == TOO_MANY:
            return httpx.Response(429, json={"error": "too many requests"}, request=request)
        if step == UNAVAILABLE:
            return httpx.Response(503, json={"error": "unavailable"}, request=request)
        response = self.inner.handle_request(request)
        response.read()
        if step == COMMIT_THEN_FAIL:
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)

    def count(self, route: tuple[str, str]) -> int:
        return self.seen.count(route)


class Bot:
    """A client of either kind over the network, with one way to call it."""

    def __init__(self, mode: str, exchange: FakeExchange, network: Network, **kw: Any) -> None:
        self.user = exchange.add_user(balance="1000")
        kw.setdefault("retry", RetryPolicy(max_retries=2, backoff_base=0.0))
        cls = AsyncKalshiClient if mode == "async" else KalshiClient
        self.client: Any = cls(
            self.user.key_id,
            self.user.private_key_pem,
            base_url="http://fake-kalshi.invalid/trade-api/v2",
            transport=network,
            rate_limit=False,
            **kw,
        )

    def __call__(self, method: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        result = method(*args, **kw)
        return asyncio.run(result) if asyncio.iscoroutine(result) else result


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def exchange() -> FakeExchange:
    ex = FakeExchange()
    ex.add_market(T)
    ex.add_market(U)
    return ex


@pytest.fixture
def network(exchange: FakeExchange) -> Network:
    return Network(exchange)


@pytest.fixture
def bot(mode: str, exchange: FakeExchange, network: Network) -> Bot:
    return Bot(mode, exchange, network)


def held(exchange: FakeExchange, bot: Bot) -> list[Any]:
    """The bot's orders as the exchange holds them."""
    return [o for o in exchange.state.orders.values() if o.user_id == bot.user.user_id]


def order(ticker: str = T, **kw: Any) -> Any:
    kw.setdefault("side", "bid")
    kw.setdefault("count", 1)
    kw.setdefault("price", "0.20")
    return limit_order(ticker, **kw)


# --------------------------------------------------------------------------- single creates


def test_a_landed_order_whose_retries_are_rate_limited_is_a_success(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(CREATE, COMMIT_THEN_FAIL, TOO_MANY, TOO_MANY)
    ack = bot(bot.client.place_order, T, side="bid", count=1, price="0.20", client_order_id="c-1")
    [placed] = held(exchange, bot)
    assert ack.order_id == placed.order_id and ack.client_order_id == "c-1"
    assert network.count(CREATE) == 3 and network.count(LIST) == 1


def test_order_already_exists_on_a_retry_is_a_success(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(CREATE, COMMIT_THEN_FAIL)  # the retry reaches the exchange: 409
    ack = bot(
        create_order_v2.sync if isinstance(bot.client, KalshiClient) else create_order_v2.asyncio,
        client=bot.client,
        body=order(client_order_id="c-2"),
    )
    [placed] = held(exchange, bot)
    assert ack.order_id == placed.order_id
    assert ack.remaining_count == "1.00" and ack.fill_count == "0.00"


def test_a_lost_answer_without_retries_is_looked_up(
    mode: str, exchange: FakeExchange, network: Network
) -> None:
    bot = Bot(mode, exchange, network, max_retries=0, retry=RetryPolicy(max_retries=0))
    network.script(CREATE, COMMIT_THEN_FAIL)
    ack = bot(bot.client.place_order, T, side="bid", count=1, price="0.20")
    [placed] = held(exchange, bot)
    assert ack.order_id == placed.order_id


def test_an_order_that_never_arrived_is_the_plain_error(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(CREATE, DROP, TOO_MANY, TOO_MANY)
    with pytest.raises(kalshi.RateLimitError) as caught:
        bot(bot.client.place_order, T, side="bid", count=1, price="0.20")
    assert held(exchange, bot) == []
    assert caught.value.attempts == 3
    assert caught.value.may_have_landed is False  # looked up: it is not there
    assert network.count(LIST) == 1


def test_rate_limited_attempts_alone_need_no_look_up(bot: Bot, network: Network) -> None:
    network.script(CREATE, TOO_MANY, TOO_MANY, TOO_MANY)
    with pytest.raises(kalshi.RateLimitError) as caught:
        bot(bot.client.place_order, T, side="bid", count=1, price="0.20")
    assert caught.value.attempts == 3 and caught.value.may_have_landed is False
    assert network.count(LIST) == 0


def test_a_refused_connection_cannot_have_landed(mode: str, exchange: FakeExchange) -> None:
    network = Network(exchange)
    bot = Bot(mode, exchange, network, retry=RetryPolicy(max_retries=0))
    network.script(CREATE, REFUSE)
    with pytest.raises(kalshi.APIConnectionError) as caught:
        bot(bot.client.place_order, T, side="bid", count=1, price="0.20")
    assert caught.value.may_have_landed is False and network.count(LIST) == 0


def test_a_failed_look_up_is_an_unknown_outcome(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(CREATE, COMMIT_THEN_FAIL, TOO_MANY, TOO_MANY)
    network.always[LIST] = UNAVAILABLE
    with pytest.raises(kalshi.OutcomeUnknownError) as caught:
        bot(bot.client.place_order, T, side="bid", count=1, price="0.20", client_order_id="c-3")
    error = caught.value
    assert not isinstance(error, kalshi.APIStatusError | kalshi.APIConnectionError)
    assert error.client_order_id == "c-3" and error.may_have_landed
    assert isinstance(error.cause, kalshi.RateLimitError) and error.attempts == 3
    assert isinstance(error.lookup_error, kalshi.InternalServerError)
    assert "c-3" in str(error) and "outcome unknown" in str(error)
    assert len(held(exchange, bot)) == 1  # it was placed: the error never said otherwise
    network.always.clear()
    found = bot(bot.client.find_order, "c-3", ticker=T)
    assert found is not None and found.order_id == held(exchange, bot)[0].order_id


def test_a_client_order_id_reused_by_the_bot_is_a_conflict(bot: Bot, network: Network) -> None:
    bot(bot.client.place_order, T, side="bid", count=1, price="0.20", client_order_id="mine")
    with pytest.raises(kalshi.ConflictError) as caught:
        bot(bot.client.place_order, T, side="bid", count=1, price="0.20", client_order_id="mine")
    assert caught.value.code == "order_already_exists" and caught.value.attempts == 1
    assert network.count(LIST) == 0


def test_a_write_that_is_never_retried_says_it_may_have_landed(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    ack = bot(bot.client.place_order, T, side="bid", count=2, price="0.20")
    network.script(("POST", "/portfolio/events/orders/{id}/amend"), COMMIT_THEN_FAIL)
    amend = AmendOrderV2Request.from_dict(
        {"ticker": T, "side": "bid", "price": "0.25", "count": "2.00"}
    )
    call = amend_order_v2.sync if isinstance(bot.client, KalshiClient) else amend_order_v2.asyncio
    with pytest.raises(kalshi.APIConnectionError) as caught:
        bot(call, ack.order_id, client=bot.client, body=amend)
    assert caught.value.may_have_landed and caught.value.attempts == 1
    assert "may have been carried out" in str(caught.value)


def test_a_status_error_after_a_lost_attempt_says_so(
    mode: str, exchange: FakeExchange, network: Network
) -> None:
    bot = Bot(mode, exchange, network)
    network.script(CREATE, COMMIT_THEN_FAIL, UNAVAILABLE, UNAVAILABLE)
    network.always[LIST] = UNAVAILABLE
    with pytest.raises(kalshi.OutcomeUnknownError) as caught:
        bot(bot.client.place_order, T, side="bid", count=1, price="0.20")
    assert isinstance(caught.value.cause, kalshi.InternalServerError)
    assert "may have been carried out" in str(caught.value.cause)


# --------------------------------------------------------------------------- single cancels


def test_a_cancel_whose_answer_was_lost_is_reported_canceled(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    ack = bot(bot.client.place_order, T, side="bid", count=3, price="0.20")
    network.script(("DELETE", "/portfolio/events/orders/{id}"), COMMIT_THEN_FAIL)
    answer = bot(bot.client.cancel_order, ack.order_id)  # the retry says not_found
    assert answer.order_id == ack.order_id
    assert exchange.state.orders[ack.order_id].status == "canceled"
    assert network.count(("GET", "/portfolio/orders/{id}")) == 1


def test_a_cancel_that_never_arrived_is_the_plain_error(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    ack = bot(bot.client.place_order, T, side="bid", count=3, price="0.20")
    network.script(("DELETE", "/portfolio/events/orders/{id}"), DROP, TOO_MANY, TOO_MANY)
    with pytest.raises(kalshi.RateLimitError) as caught:
        bot(bot.client.cancel_order, ack.order_id)
    assert caught.value.may_have_landed is False
    assert exchange.state.orders[ack.order_id].status == "resting"


def test_a_cancel_that_cannot_be_checked_is_an_unknown_outcome(bot: Bot, network: Network) -> None:
    ack = bot(bot.client.place_order, T, side="bid", count=3, price="0.20")
    network.script(("DELETE", "/portfolio/events/orders/{id}"), COMMIT_THEN_FAIL)
    network.always[("GET", "/portfolio/orders/{id}")] = UNAVAILABLE
    with pytest.raises(kalshi.OutcomeUnknownError) as caught:
        bot(bot.client.cancel_order, ack.order_id)
    assert caught.value.order_id == ack.order_id
    assert isinstance(caught.value.cause, kalshi.NotFoundError)


def test_a_cancel_of_an_unknown_order_is_not_found(bot: Bot, network: Network) -> None:
    with pytest.raises(kalshi.NotFoundError) as caught:
        bot(bot.client.cancel_order, "no-such-order")
    assert caught.value.attempts == 1 and not caught.value.may_have_landed
    assert network.count(("GET", "/portfolio/orders/{id}")) == 0


# --------------------------------------------------------------------------- batches


def test_a_retried_batch_create_reports_the_real_order_ids(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(BATCH, COMMIT_THEN_FAIL)  # the retry answers order_already_exists per item
    report = bot(bot.client.batch_create, [order(), order(U), order()])
    by_client_id = {o.client_order_id: o.order_id for o in held(exchange, bot)}
    assert len(by_client_id) == 3 and report.all_ok
    assert all(item.looked_up for item in report)
    assert {item.client_order_id: item.order_id for item in report} == by_client_id
    assert [item.remaining_count for item in report] == [1, 1, 1]


def test_a_landed_batch_whose_retries_fail_reports_the_real_order_ids(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(BATCH, COMMIT_THEN_FAIL, TOO_MANY, TOO_MANY)
    report = bot(bot.client.batch_create, [order(), order()])
    assert report.all_ok and len(held(exchange, bot)) == 2
    assert {item.order_id for item in report} == {o.order_id for o in held(exchange, bot)}


def test_a_batch_that_never_arrived_keeps_its_failure(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(BATCH, DROP, TOO_MANY, TOO_MANY)
    report = bot(bot.client.batch_create, [order(), order()])
    assert held(exchange, bot) == [] and not report.succeeded and not report.unknown
    assert {item.error.code for item in report if item.error} == {"http_429"}


def test_a_batch_that_cannot_be_checked_reports_outcome_unknown(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    network.script(BATCH, COMMIT_THEN_FAIL, TOO_MANY, TOO_MANY)
    network.always[LIST] = UNAVAILABLE
    orders = [order(), order()]
    report = bot(bot.client.batch_create, orders)
    assert len(report.unknown) == 2 and not report.succeeded
    assert [item.client_order_id for item in report] == [o.client_order_id for o in orders]
    for item in report:
        assert item.error is not None and item.error.code == "outcome_unknown"
        assert str(item.client_order_id) in item.error.message
    assert "2 outcome unknown" in repr(report)
    assert len(held(exchange, bot)) == 2


def test_a_retried_batch_cancel_reports_canceled(
    bot: Bot, network: Network, exchange: FakeExchange
) -> None:
    placed = bot(bot.client.batch_create, [order(), order(), order(U)])
    network.script(BATCH_CANCEL, COMMIT_THEN_FAIL)  # the retry answers not_found per item
    report = bot(bot.client.batch_cancel, [item.order_id for item in placed])
    assert report.all_ok and all(item.looked_up for item in report)
    assert {o.status for o in held(exchange, bot)} == {"canceled"}


def test_a_batch_cancel_that_cannot_be_checked_reports_outcome_unknown(
    bot: Bot, network: Network
) -> None:
    placed = bot(bot.client.batch_create, [order(), order()])
    network.script(BATCH_CANCEL, COMMIT_THEN_FAIL)
    network.always[("GET", "/portfolio/orders/{id}")] = UNAVAILABLE
    report = bot(bot.client.batch_cancel, [item.order_id for item in placed])
    assert [item.order_id for item in report.unknown] == [item.order_id for item in placed]


def test_a_batch_cancel_of_orders_already_gone_stays_not_found(bot: Bot, network: Network) -> None:
    """Only a retry after a lost answer is checked: a plain not_found is the answer."""
    placed = bot(bot.client.batch_create, [order()])
    bot(bot.client.batch_cancel, [placed[0].order_id])
    report = bot(bot.client.batch_cancel, [placed[0].order_id])
    assert [item.error.code for item in report if item.error] == ["not_found"]
    assert network.count(("GET", "/portfolio/orders/{id}")) == 0


# --------------------------------------------------------------------------- the flow's record


@pytest.mark.parametrize(
    ("answer", "landed"),
    [
        (httpx.Response(503, json={"error": "busy"}), True),
        (httpx.Response(500), True),
        (httpx.Response(429, json={"error": "too many requests"}), False),
        (httpx.Response(400, json={"code": "invalid_price", "message": "no"}), False),
        (httpx.ReadError("reset"), True),
        (httpx.ReadTimeout("slow"), True),
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("no route"), False),
    ],
)
def test_what_may_have_landed(mode: str, answer: Any, landed: bool) -> None:
    """A write's record after one attempt, for each way it can end; a read never 'lands'."""

    def reply(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, httpx.Response)
        return answer

    cls = AsyncKalshiClient if mode == "async" else KalshiClient
    client: Any = cls(transport=httpx.MockTransport(reply), rate_limit=False, max_retries=0)
    amend = AmendOrderV2Request.from_dict(
        {"ticker": T, "side": "bid", "price": "0.25", "count": "2.00"}
    )
    write = amend_order_v2.asyncio if mode == "async" else amend_order_v2.sync
    with pytest.raises(kalshi.APIError) as caught:
        finish(write("o-1", client=client, body=amend))
    assert caught.value.may_have_landed is landed and caught.value.attempts == 1

    from kalshi_api.api.portfolio import get_balance

    read = get_balance.asyncio if mode == "async" else get_balance.sync
    with pytest.raises(kalshi.APIError) as caught:
        finish(read(client=client))
    assert caught.value.may_have_landed is False


def finish(result: Any) -> Any:
    return asyncio.run(result) if asyncio.iscoroutine(result) else result
