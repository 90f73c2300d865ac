"""The request flow through both of its drivers: every case runs on KalshiClient and
AsyncKalshiClient alike (httpx.MockTransport answers both)."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient, RateLimiter, RetryPolicy
from kalshi_api.api.orders import amend_order_v2, create_order, create_order_v2, get_orders
from kalshi_api.api.portfolio import get_balance
from kalshi_api.models import CreateOrderV2Request

BALANCE = {"balance": 10000, "portfolio_value": 0, "updated_ts": 1}
PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)

Answer = httpx.Response | Exception


class Script:
    """Answers requests from a list (an exception is raised as the transport's error)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make(mode: str, script: Script, key: rsa.RSAPrivateKey | None = None, **kw: Any) -> Any:
    kw.setdefault("retry", RetryPolicy(max_retries=2, backoff_base=0.0))
    kw.setdefault("rate_limit", False)
    creds = ("key-id", key) if key is not None else (None, None)
    cls = AsyncKalshiClient if mode == "async" else KalshiClient
    return cls(*creds, transport=httpx.MockTransport(script), **kw)


def call(client: Any, operation: Any, *args: Any, **kw: Any) -> Any:
    if isinstance(client, AsyncKalshiClient):
        return asyncio.run(operation.asyncio(*args, client=client, **kw))
    return operation.sync(*args, client=client, **kw)


def an_order(client_order_id: str | None = "coid-1") -> CreateOrderV2Request:
    body: dict[str, Any] = {
        "ticker": "KXT-1",
        "side": "bid",
        "count": "1.00",
        "price": "0.5000",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    if client_order_id:
        body["client_order_id"] = client_order_id
    return CreateOrderV2Request.from_dict(body)


def verify(request: httpx.Request, key: rsa.RSAPrivateKey) -> None:
    message = (
        request.headers["KALSHI-ACCESS-TIMESTAMP"] + request.method + request.url.path
    ).encode()
    signature = base64.b64decode(request.headers["KALSHI-ACCESS-SIGNATURE"])
    key.public_key().verify(signature, message, PSS, hashes.SHA256())  # raises when invalid


def test_transport_errors_are_retried_on_reads(mode: str, rsa_key: rsa.RSAPrivateKey) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ReadError("reset"), _ok())
    assert call(make(mode, script, rsa_key), get_balance).balance == 10000
    assert len(script.requests) == 3
    for sent in script.requests:
        verify(sent, rsa_key)  # every attempt signed validly


def test_retries_give_up_with_the_reason(mode: str) -> None:
    script = Script(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(kalshi.APIConnectionError) as caught:
        call(make(mode, script), get_balance)
    assert "Connection refused" in str(caught.value)
    assert "GET /trade-api/v2/portfolio/balance" in str(caught.value)
    assert len(script.requests) == 3


def test_timeouts_are_typed(mode: str) -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(kalshi.APITimeoutError):
        call(make(mode, script, retry=RetryPolicy(max_retries=0)), get_balance)
    assert len(script.requests) == 1


def test_unsafe_writes_are_never_retried(mode: str) -> None:
    script = Script(httpx.Response(503), _ok())
    with pytest.raises(kalshi.InternalServerError):
        call(make(mode, script), create_order_v2, body=an_order(client_order_id=None))
    with pytest.raises(kalshi.InternalServerError):
        call(make(mode, Script(httpx.Response(503))), amend_order_v2, "o-1", body=_amend())
    assert len(script.requests) == 1


def test_creates_with_client_order_id_retry_with_the_same_id(mode: str) -> None:
    created = httpx.Response(201, json={"order_id": "o-1", "client_order_id": "coid-1"})
    script = Script(httpx.ReadError("lost"), httpx.Response(502), created)
    ack = call(make(mode, script), create_order_v2, body=an_order())
    assert ack.order_id == "o-1"
    bodies = [r.content for r in script.requests]
    assert len(bodies) == 3 and len(set(bodies)) == 1 and b'"coid-1"' in bodies[0]


def test_limiter_is_charged_once_per_attempt(mode: str) -> None:
    limiter = RateLimiter("basic")
    script = Script(httpx.Response(500), httpx.Response(500), _ok())
    before = limiter.read._tokens
    call(make(mode, script, rate_limit=limiter), get_balance)
    spent = before - limiter.read._tokens
    assert len(script.requests) == 3
    assert spent == pytest.approx(3 * 10, abs=1.0)  # three attempts x 10 tokens (+ refill)


def test_limiter_waits_before_sending(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty bucket makes the driver wait: the sync one with the limiter's sleep, the async
    one with asyncio.sleep."""
    waited: list[float] = []
    limiter = RateLimiter("basic", sleep=waited.append)
    limiter.read.reserve(limiter.read.capacity + 90)  # 0.5 s of debt at 180 tokens/s

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    call(make(mode, Script(_ok()), rate_limit=limiter), get_balance)
    assert len(waited) == 1 and waited[0] == pytest.approx(100 / 180, rel=0.05)


def test_retry_after_is_honoured(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), _ok())
    client = make(mode, script)
    if mode == "sync":
        client._flow.sleep = waited.append
    call(client, get_balance)
    assert waited == [2.0]


def test_a_2xx_error_body_is_a_failure(mode: str) -> None:
    body = {"error": {"code": "deprecated_v1_order_endpoint", "message": "gone"}}
    with pytest.raises(kalshi.APIStatusError) as caught:
        call(make(mode, Script(httpx.Response(200, json=body))), get_balance)
    assert caught.value.code == "deprecated_v1_order_endpoint"


def test_410_names_the_replacement(mode: str) -> None:
    gone = httpx.Response(410, json={"error": {"code": "deprecated_v1_order_endpoint"}})
    body = {"ticker": "KXT-1", "side": "yes", "action": "buy", "count": 1}
    with pytest.warns(DeprecationWarning), pytest.raises(kalshi.EndpointRetiredError) as caught:
        call(make(mode, Script(gone)), create_order, body=_legacy(body))
    assert "CreateOrderV2" in str(caught.value)


def test_the_operation_comes_with_the_request(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated requests name their operation: no path look-up on the way (a raw request,
    which names none, still finds its operation from method and path)."""
    from kalshi import _operations

    def no_lookup(method: str, path: str) -> None:
        raise AssertionError(f"path look-up for {method} {path}")

    script = Script(httpx.Response(201, json={"order_id": "o-1"}), _ok())
    client = make(mode, script, rate_limit=RateLimiter())
    monkeypatch.setattr(_operations, "find_operation", no_lookup)
    call(client, create_order_v2, body=an_order())
    call(client, get_orders, status="resting")
    assert script.requests[0].extensions["kalshi_operation"] == "orders.create_order_v2"
    monkeypatch.undo()
    op = _operations.operation_for(httpx.Request("GET", "https://x/trade-api/v2/portfolio/balance"))
    assert op is not None and op.operation_id == "GetBalance"


def test_http_client_with_transport_is_refused(mode: str) -> None:
    cls = AsyncKalshiClient if mode == "async" else KalshiClient
    own: Any = httpx.AsyncClient() if mode == "async" else httpx.Client()
    transport: Any = httpx.MockTransport(Script(_ok()))
    with pytest.raises(kalshi.ConfigurationError, match="not both"):
        cls(http_client=own, transport=transport)


def test_an_own_http_client_is_driven_by_the_flow(mode: str, rsa_key: rsa.RSAPrivateKey) -> None:
    script = Script(httpx.Response(503), _ok())
    own: Any = (
        httpx.AsyncClient(transport=httpx.MockTransport(script))
        if mode == "async"
        else httpx.Client(transport=httpx.MockTransport(script))
    )
    cls = AsyncKalshiClient if mode == "async" else KalshiClient
    client = cls("key-id", rsa_key, http_client=own, retry=RetryPolicy(backoff_base=0))
    assert call(client, get_balance).balance == 10000
    assert len(script.requests) == 2
    for sent in script.requests:
        verify(sent, rsa_key)


def _ok() -> httpx.Response:
    return httpx.Response(200, json=BALANCE)


def _amend() -> Any:
    from kalshi_api.models import AmendOrderV2Request

    return AmendOrderV2Request.from_dict(
        {"ticker": "KXT-1", "side": "bid", "price": "0.4000", "count": "1.00"}
    )


def _legacy(body: dict[str, Any]) -> Any:
    from kalshi_api.models import CreateOrderRequest

    return CreateOrderRequest.from_dict(body)


def test_raw_calls_with_redirects_go_through_the_flow(
    mode: str, rsa_key: rsa.RSAPrivateKey
) -> None:
    """A redirect's request (a streamed body, built by httpx) is read, limited and signed for
    its own path like any other."""
    moved = httpx.Response(307, headers={"Location": "/trade-api/v2/portfolio/balance2"})
    script = Script(moved, _ok())
    client = make(mode, script, rsa_key, rate_limit=RateLimiter())
    if mode == "async":

        async def main() -> httpx.Response:
            http: httpx.AsyncClient = client.get_async_httpx_client()
            return await http.get("/portfolio/balance", follow_redirects=True)

        response = asyncio.run(main())
    else:
        response = client.get_httpx_client().get("/portfolio/balance", follow_redirects=True)
    assert response.json() == BALANCE
    assert [r.url.path for r in script.requests] == [
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/portfolio/balance2",
    ]
    for sent in script.requests:
        verify(sent, rsa_key)
