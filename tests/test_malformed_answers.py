"""Every malformed answer becomes a typed kalshi error, on KalshiClient and AsyncKalshiClient.

The cases are the ones a soak through a fault-injecting proxy found: a `Retry-After` that is
not a number or a date, JSON nested deeper than Python's parser goes (on a success and through
the error-body parser), a success body of the wrong JSON type, the flat error object on a 2xx,
response scalars of the wrong type, a cursor that is not a string, and a server that trickles
its body a byte at a time past the client's timeout.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient, RetryPolicy
from kalshi._errors import carries_error
from kalshi._retry import retry_after_seconds
from kalshi_api.api.orders import get_orders
from kalshi_api.api.portfolio import get_balance

BALANCE = {"balance": 10000, "portfolio_value": 0, "updated_ts": 1}
DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_IN_OBJECT = b'{"balance_breakdown": ' + DEEP + b"}"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Script:
    """Answers requests in turn from a list (the last answer repeats)."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        return answer


def make(mode: str, script: Script, **kw: Any) -> Any:
    kw.setdefault("retry", RetryPolicy(max_retries=2, backoff_base=0.0))
    cls = AsyncKalshiClient if mode == "async" else KalshiClient
    return cls(transport=httpx.MockTransport(script), rate_limit=False, **kw)


def balance(client: Any) -> Any:
    if isinstance(client, AsyncKalshiClient):
        return asyncio.run(get_balance.asyncio(client=client))
    return get_balance.sync(client=client)


def walk_orders(client: Any, **options: Any) -> list[Any]:
    if isinstance(client, AsyncKalshiClient):

        async def main() -> list[Any]:
            return [order async for order in client.paginate(get_orders, **options)]

        return asyncio.run(main())
    return list(client.paginate(get_orders, **options))


# --------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize("value", ["soon", "nan", "Mon, 99 Foo 2026 99:99:99 GMT", "-", "1e999x"])
def test_a_malformed_retry_after_is_ignored(mode: str, value: str) -> None:
    script = Script(
        httpx.Response(503, headers={"Retry-After": value}, json={"error": "busy"}),
        httpx.Response(200, json=BALANCE),
    )
    assert balance(make(mode, script)).balance == 10000  # retried after the computed backoff
    assert script.calls == 2


def test_a_malformed_retry_after_on_the_last_attempt_is_the_status_error(mode: str) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "soon"}, json={"error": "busy"}))
    with pytest.raises(kalshi.InternalServerError) as caught:
        balance(make(mode, script))
    assert caught.value.status_code == 503 and caught.value.attempts == 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [("soon", None), ("nan", None), ("", None), ("2", 2.0), ("-3", 0.0), ("inf", float("inf"))],
)
def test_retry_after_values(value: str, expected: float | None) -> None:
    response = httpx.Response(429, headers={"Retry-After": value})
    assert retry_after_seconds(response) == expected


def test_an_infinite_retry_after_is_capped() -> None:
    policy = RetryPolicy(max_retry_after=5.0)
    assert policy.delay(0, httpx.Response(429, headers={"Retry-After": "inf"})) == 5.0


# --------------------------------------------------------------------------- nesting


@pytest.mark.parametrize("body", [DEEP, DEEP_IN_OBJECT], ids=["array", "in-object"])
def test_deeply_nested_json_on_a_success_is_a_validation_error(mode: str, body: bytes) -> None:
    client = make(mode, Script(httpx.Response(200, content=body)))
    with pytest.raises(kalshi.APIResponseValidationError) as caught:
        balance(client)
    assert caught.value.status_code == 200 and caught.value.body == body


def test_deeply_nested_json_on_an_error_is_the_status_error(mode: str) -> None:
    script = Script(httpx.Response(500, content=DEEP))
    with pytest.raises(kalshi.InternalServerError) as caught:
        balance(make(mode, script))
    assert caught.value.status_code == 500 and caught.value.code is None
    assert caught.value.body == DEEP


def test_deeply_nested_json_on_a_batch_reports_every_item(mode: str) -> None:
    from kalshi.orders import limit_order

    client = make(mode, Script(httpx.Response(201, content=DEEP)))
    orders = [limit_order("KXT-1", side="bid", count=1, price="0.50") for _ in range(3)]
    if isinstance(client, AsyncKalshiClient):
        report = asyncio.run(client.batch_create(orders))
    else:
        report = client.batch_create(orders)
    assert len(report) == 3 and not report.succeeded


# --------------------------------------------------------------------------- wrong JSON type


@pytest.mark.parametrize("body", [b"[]", b'"balance"', b"42", b"null", b"true"])
def test_a_success_body_of_the_wrong_json_type_builds_no_model(mode: str, body: bytes) -> None:
    client = make(mode, Script(httpx.Response(200, content=body)))
    with pytest.raises(kalshi.APIResponseValidationError, match="expected a JSON object") as caught:
        balance(client)
    assert caught.value.body == body


@pytest.mark.parametrize(
    "body",
    [
        b'{"balance": "lots"}',
        b'{"balance": 1.5}',
        b'{"balance": true}',
        b'{"updated_ts": "yesterday"}',
        b'{"balance_dollars": 1000}',
    ],
)
def test_a_response_scalar_of_the_wrong_type_raises(mode: str, body: bytes) -> None:
    client = make(mode, Script(httpx.Response(200, content=body)))
    with pytest.raises(kalshi.APIResponseValidationError, match="expected") as caught:
        balance(client)
    assert caught.value.status_code == 200 and caught.value.body == body


def test_a_wrong_scalar_inside_a_paginated_item_raises_when_read(mode: str) -> None:
    body = b'{"orders": [{"order_id": 7, "ticker": "KXT-1"}], "cursor": ""}'
    (order,) = walk_orders(make(mode, Script(httpx.Response(200, content=body))))
    assert order.ticker == "KXT-1"  # the other fields read normally
    with pytest.raises(kalshi.MalformedField, match=r"Order\.order_id.*expected str, got int"):
        _ = order.order_id
    assert isinstance(kalshi.MalformedField("x"), kalshi.KalshiError | ValueError)
    assert "order_id=<malformed>" in repr(order) and "ticker='KXT-1'" in repr(order)
    with pytest.raises(kalshi.MalformedField):
        order.to_dict()


def test_a_wrong_scalar_inside_a_list_item_raises_at_once_when_not_lazy(mode: str) -> None:
    body = b'{"orders": [{"order_id": 7, "ticker": "KXT-1"}], "cursor": ""}'
    client = make(mode, Script(httpx.Response(200, content=body)))
    with pytest.raises(kalshi.APIResponseValidationError, match="order_id") as caught:
        walk_orders(client, lazy=False)
    assert caught.value.body == body


@pytest.mark.parametrize(
    "body",
    [
        b'{"orders": "none", "cursor": ""}',
        b'{"orders": [7], "cursor": ""}',
        b'{"orders": [{"order_id": "o-1"}], "cursor": 7}',
    ],
)
def test_a_malformed_page_raises_while_walking_even_when_lazy(mode: str, body: bytes) -> None:
    client = make(mode, Script(httpx.Response(200, content=body)))
    with pytest.raises(kalshi.APIResponseValidationError) as caught:
        walk_orders(client)
    assert caught.value.status_code == 200 and caught.value.body == body


def test_a_direct_call_checks_every_item_before_returning(mode: str) -> None:
    body = b'{"orders": [{"order_id": "o-1"}, {"order_id": "o-2", "status": 3}], "cursor": ""}'
    client = make(mode, Script(httpx.Response(200, content=body)))
    with pytest.raises(kalshi.APIResponseValidationError):
        if isinstance(client, AsyncKalshiClient):
            asyncio.run(get_orders.asyncio(client=client))
        else:
            get_orders.sync(client=client)


def test_a_cursor_that_is_not_a_string_raises(mode: str) -> None:
    first = {"orders": [{"order_id": "o-1", "ticker": "KXT-1"}], "cursor": 12345}
    second = {"orders": [{"order_id": "o-2", "ticker": "KXT-1"}], "cursor": ""}
    script = Script(httpx.Response(200, json=first), httpx.Response(200, json=second))
    with pytest.raises(kalshi.APIResponseValidationError, match="cursor"):
        walk_orders(make(mode, script))


def test_absent_and_null_fields_stay_tolerated(mode: str) -> None:
    body = b'{"balance": 5, "portfolio_value": null}'
    got = balance(make(mode, Script(httpx.Response(200, content=body))))
    assert got.balance == 5 and got.portfolio_value is None


# --------------------------------------------------------------------------- errors on a 2xx


@pytest.mark.parametrize(
    "body",
    [
        {"code": "deprecated_v1_order_endpoint", "message": "use the V2 endpoints"},
        {"code": "internal", "message": "oops", "details": "x", "service": "exchange"},
        {"error": {"code": "internal", "message": "oops"}},
        {"error": "too many requests"},
    ],
)
def test_an_error_object_on_a_2xx_is_a_failure(mode: str, body: dict[str, Any]) -> None:
    client = make(mode, Script(httpx.Response(200, json=body)))
    with pytest.raises(kalshi.APIStatusError) as caught:
        balance(client)
    inner = body.get("error")
    expected = inner if isinstance(inner, str) else (inner or body)["message"]
    assert caught.value.status_code == 200 and caught.value.message == expected


def test_a_success_with_a_code_field_is_not_an_error(mode: str) -> None:
    """Only the flat error object itself counts: other keys beside `code` mean a real body."""
    body = {**BALANCE, "code": "ok", "message": "fine"}
    got = balance(make(mode, Script(httpx.Response(200, json=body))))
    assert got.balance == 10000 and got.additional_properties["code"] == "ok"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"code": "x", "message": "y"}, True),
        ({"code": "x", "message": "y", "details": "z", "service": "s"}, True),
        ({"error": {"code": "x"}}, True),
        ({"error": "text"}, True),
        ({"code": "x"}, False),  # a code alone is not an error object
        ({"code": 1, "message": "y"}, False),
        ({"code": "x", "message": "y", "order_id": "o"}, False),
        ({"error": None, "balance": 1}, False),
        ([{"code": "x", "message": "y"}], False),
    ],
)
def test_what_counts_as_an_error_body(body: Any, error: bool) -> None:
    assert carries_error(httpx.Response(200, content=json.dumps(body).encode())) is error
    assert carries_error(httpx.Response(200, content=DEEP)) is False
    assert carries_error(httpx.Response(200, content=b"not json")) is False


def test_a_success_body_is_decoded_once() -> None:
    response = httpx.Response(200, content=b'{"balance": 5}')
    assert carries_error(response) is False
    decoded = response.extensions["kalshi_json"]
    from kalshi_api.client import response_json

    assert response_json(response) is decoded == {"balance": 5}


# --------------------------------------------------------------------------- whole timeout


class Trickler(BaseHTTPRequestHandler):
    """Sends a full set of headers, then its body one byte every 0.25 s."""

    protocol_version = "HTTP/1.1"
    server: TrickleServer

    def do_GET(self) -> None:
        self.server.hits += 1
        body = self.server.body
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        try:
            for byte in body:
                time.sleep(0.25)
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
        except OSError:  # the client gave up: that is the point
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


class TrickleServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Trickler)
        self.hits = 0
        self.body = b" " * 32 + json.dumps({"balance": 1}).encode()  # 12 s at that pace

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/trade-api/v2"


@pytest.fixture
def trickler() -> Iterator[TrickleServer]:
    server = TrickleServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


SENDERS = ["sync", "sync-http_client", "async", "async-httpx-transport", "async-http_client"]


def client_for(sender: str, base_url: str, timeout: float | httpx.Timeout) -> Any:
    common: dict[str, Any] = {"base_url": base_url, "timeout": timeout, "rate_limit": False}
    common["max_retries"] = 0
    if sender == "sync":
        return KalshiClient(**common)
    if sender == "sync-http_client":
        return KalshiClient(http_client=httpx.Client(), **common)
    if sender == "async":
        return AsyncKalshiClient(**common)
    if sender == "async-httpx-transport":
        return AsyncKalshiClient(transport=httpx.AsyncHTTPTransport(), **common)
    return AsyncKalshiClient(http_client=httpx.AsyncClient(), **common)


def _call_and_close(client: Any) -> Any:
    if isinstance(client, AsyncKalshiClient):

        async def main() -> Any:
            async with client:
                return await get_balance.asyncio(client=client)

        return asyncio.run(main())
    with client:
        return get_balance.sync(client=client)


@pytest.mark.parametrize("sender", SENDERS)
def test_timeout_bounds_a_trickling_body(sender: str, trickler: TrickleServer) -> None:
    client = client_for(sender, trickler.base_url, 1.0)
    with pytest.raises(kalshi.APITimeoutError, match="timed out"):
        _call_and_close(client)
    assert trickler.hits == 1  # the request reached the server; the answer never finished


@pytest.mark.parametrize("sender", ["sync", "async"])
def test_an_httpx_timeout_keeps_httpx_per_read_meaning(
    sender: str, trickler: TrickleServer
) -> None:
    trickler.body = b'{"balance": 1}'  # 3.5 s at a byte every 0.25 s: no single read waits 1 s
    client = client_for(sender, trickler.base_url, httpx.Timeout(1.0))
    assert _call_and_close(client).balance == 1


def test_the_timeout_is_retried_like_any_lost_answer(trickler: TrickleServer) -> None:
    """A trickled answer is a lost answer: a read is sent again, and times out again here."""
    trickler.body = b'{"balance": 2}'
    client = KalshiClient(
        base_url=trickler.base_url,
        timeout=1.0,
        rate_limit=False,
        retry=RetryPolicy(max_retries=1, backoff_base=0.0),
    )
    with client, pytest.raises(kalshi.APITimeoutError):
        get_balance.sync(client=client)
    assert trickler.hits == 2


def test_a_timeout_before_anything_arrives_is_typed(mode: str) -> None:
    """A server that accepts and never answers: the per-read wait, typed as a timeout."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/trade-api/v2"
    try:
        client = client_for(mode, url, 0.5)
        with pytest.raises(kalshi.APITimeoutError):
            _call_and_close(client)
    finally:
        listener.close()
