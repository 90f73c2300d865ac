"""KalshiClient / AsyncKalshiClient with generated operations: errors, retries, secrets."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import rsa

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient, RetryPolicy
from kalshi_api.api.exchange import get_exchange_status
from kalshi_api.api.orders import (
    amend_order_v2,
    batch_create_orders_v2,
    cancel_order_v2,
    create_order,
    create_order_v2,
)
from kalshi_api.api.portfolio import get_balance
from kalshi_api.models import (
    AmendOrderV2Request,
    BatchCreateOrdersV2Request,
    BookSide,
    CreateOrderRequest,
    CreateOrderV2Request,
    CreateOrderV2RequestTimeInForce,
    SelfTradePreventionType,
)
from kalshi_api.types import Unset

from .conftest import assert_signed_by, pem_body_lines, pem_of, present

BALANCE = {"balance": 10000, "portfolio_value": 25000, "updated_ts": 1768231443}
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A mock server: answers from a script of responses and keeps every request it saw."""

    def __init__(self, *answers: httpx.Response | Exception | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # a snapshot: a retry re-signs the same Request object in place
        self.requests.append(
            httpx.Request(
                request.method, request.url, headers=request.headers.copy(), content=request.read()
            )
        )
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer


def client_for(recorder: Recorder, key: rsa.RSAPrivateKey | None, **kwargs: Any) -> KalshiClient:
    retry = kwargs.pop("retry", RetryPolicy(max_retries=2, backoff_base=0.0))
    return KalshiClient(
        "key-id" if key else None,
        key,
        transport=httpx.MockTransport(recorder),
        retry=retry,
        **kwargs,
    )


def order(client_order_id: str | None = None) -> CreateOrderV2Request:
    request = CreateOrderV2Request(
        ticker="KXTEST-1",
        side=BookSide.BID,
        count="1.00",
        price="0.5600",
        time_in_force=CreateOrderV2RequestTimeInForce.GOOD_TILL_CANCELED,
        self_trade_prevention_type=SelfTradePreventionType.TAKER_AT_CROSS,
    )
    if client_order_id:
        request.client_order_id = client_order_id
    return request


def test_three_lines_with_a_generated_operation(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    client = client_for(recorder, rsa_key)
    balance = get_balance.sync(client=client)
    assert balance.balance == 10000
    sent = recorder.requests[0]
    assert sent.url == "https://external-api.kalshi.com/trade-api/v2/portfolio/balance"
    assert {"KALSHI-ACCESS-KEY", "KALSHI-ACCESS-SIGNATURE"} <= set(sent.headers.keys()) | {
        k.upper() for k in sent.headers
    }


def test_environments_and_base_url(rsa_key: rsa.RSAPrivateKey) -> None:
    assert KalshiClient(environment="demo").base_url == kalshi.BASE_URLS["demo"]
    assert "external-api.demo.kalshi.co" in kalshi.BASE_URLS["demo"]
    assert KalshiClient(base_url="http://127.0.0.1:1/trade-api/v2/").base_url.endswith("/v2")
    with pytest.raises(kalshi.ConfigurationError, match="environment"):
        KalshiClient(environment="staging")  # type: ignore[arg-type]
    with pytest.raises(kalshi.ConfigurationError, match="both"):
        KalshiClient("key-id")


def test_public_client_sends_no_credentials() -> None:
    recorder = Recorder(httpx.Response(200, json={"exchange_active": True, "trading_active": True}))
    status = get_exchange_status.sync(client=client_for(recorder, None))
    assert status.exchange_active is True
    assert "KALSHI-ACCESS-SIGNATURE" not in recorder.requests[0].headers


def test_401_without_credentials_says_so() -> None:
    recorder = Recorder(httpx.Response(401, json={"code": "unauthorized", "message": "no"}))
    with pytest.raises(kalshi.AuthenticationError, match="no credentials"):
        get_balance.sync(client=client_for(recorder, None))


# --------------------------------------------------------------------------- errors

STATUS_CLASSES = [
    (400, kalshi.BadRequestError),
    (401, kalshi.AuthenticationError),
    (403, kalshi.PermissionDeniedError),
    (404, kalshi.NotFoundError),
    (409, kalshi.ConflictError),
    (410, kalshi.EndpointRetiredError),
    (429, kalshi.RateLimitError),
    (500, kalshi.InternalServerError),
    (502, kalshi.InternalServerError),
    (418, kalshi.APIStatusError),
]
BODY_SHAPES = {
    "wrapped": {"error": {"code": "invalid_price", "message": "bad price", "details": "tick"}},
    "flat": {"code": "invalid_price", "message": "bad price", "details": "tick"},
    "text": {"error": "bad price"},
}


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
@pytest.mark.parametrize("shape", sorted(BODY_SHAPES))
def test_every_status_and_body_shape(
    rsa_key: rsa.RSAPrivateKey, status: int, cls: type[kalshi.APIStatusError], shape: str
) -> None:
    body = BODY_SHAPES[shape]
    client = client_for(
        Recorder(httpx.Response(status, json=body)),
        rsa_key,
        max_retries=0,
        retry=RetryPolicy(max_retries=0),
    )
    with pytest.raises(cls) as info:
        get_balance.sync(client=client)
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.message.startswith("bad price")
    assert error.code == (None if shape == "text" else "invalid_price")
    assert error.details == (None if shape == "text" else "tick")
    assert json.loads(error.body) == body
    assert (error.method, error.path) == ("GET", "/trade-api/v2/portfolio/balance")
    assert isinstance(error, kalshi.KalshiError)


def test_non_json_error_body_keeps_text(rsa_key: rsa.RSAPrivateKey) -> None:
    client = client_for(Recorder(httpx.Response(404, text="<html>gone</html>")), rsa_key)
    with pytest.raises(kalshi.NotFoundError, match="gone") as info:
        get_balance.sync(client=client)
    assert info.value.body == b"<html>gone</html>" and info.value.code is None


def test_2xx_carrying_an_error_object_raises(rsa_key: rsa.RSAPrivateKey) -> None:
    body = {"error": {"code": "internal", "message": "matching engine unavailable"}}
    client = client_for(Recorder(httpx.Response(200, json=body)), rsa_key)
    with pytest.raises(kalshi.APIStatusError, match="matching engine") as info:
        get_balance.sync(client=client)
    assert info.value.status_code == 200 and info.value.code == "internal"


def test_batch_items_with_errors_are_not_a_failure(rsa_key: rsa.RSAPrivateKey) -> None:
    body = {"orders": [{"client_order_id": "a", "error": {"code": "invalid_price"}}]}
    client = client_for(Recorder(httpx.Response(201, json=body)), rsa_key)
    result = batch_create_orders_v2.sync(
        client=client, body=BatchCreateOrdersV2Request(orders=[order("a")])
    )
    assert present(result.orders)[0].client_order_id == "a"


def test_unparsable_success_keeps_status_and_body(rsa_key: rsa.RSAPrivateKey) -> None:
    cases = [
        b'{"balance": 1, "updated_ts": "yesterday", "portfolio_value": [1]}',  # wrong scalars
        b'{"balance": "lots"}',
        b'{"balance": true}',  # a bool is not an int
        b"<html>",  # not JSON
    ]
    for raw in cases:
        client = client_for(Recorder(httpx.Response(200, content=raw)), rsa_key)
        with pytest.raises(kalshi.APIResponseValidationError) as info:
            get_balance.sync(client=client)
        assert info.value.status_code == 200 and info.value.body == raw, raw
    bad_orders = b'{"orders": ["not an order"], "cursor": ""}'
    from kalshi_api.api.orders import get_orders

    client = client_for(Recorder(httpx.Response(200, content=bad_orders)), rsa_key)
    with pytest.raises(kalshi.APIResponseValidationError) as info:
        get_orders.sync(client=client)
    assert info.value.status_code == 200 and info.value.body == bad_orders


def test_absent_and_null_scalars_stay_tolerated(rsa_key: rsa.RSAPrivateKey) -> None:
    raw = b'{"balance": 5, "portfolio_value": null}'
    client = client_for(Recorder(httpx.Response(200, content=raw)), rsa_key)
    balance = get_balance.sync(client=client)
    assert balance.balance == 5 and balance.portfolio_value is None
    assert isinstance(balance.updated_ts, Unset)
    assert balance.to_dict() == {"balance": 5, "portfolio_value": None}


def test_undocumented_success_status_is_a_typed_error(rsa_key: rsa.RSAPrivateKey) -> None:
    client = client_for(Recorder(httpx.Response(204)), rsa_key)
    with pytest.raises(kalshi.APIResponseValidationError, match="204") as info:
        get_balance.sync(client=client)
    assert info.value.status_code == 204 and info.value.body == b""


def test_wrong_environment_key_is_explained(rsa_key: rsa.RSAPrivateKey) -> None:
    body = {"error": {"code": "authentication_error", "message": "bad key", "details": "NOT_FOUND"}}
    client = client_for(Recorder(httpx.Response(401, json=body)), rsa_key, environment="demo")
    client.base_url = kalshi.BASE_URLS["demo"]
    with pytest.raises(kalshi.AuthenticationError, match="prod environment") as info:
        get_balance.sync(client=client)
    assert "demo and prod keys differ" in str(info.value)


def test_retired_endpoint_names_its_replacement(rsa_key: rsa.RSAPrivateKey) -> None:
    body = {"error": {"code": "deprecated_v1_order_endpoint", "message": "endpoint retired"}}
    client = client_for(Recorder(httpx.Response(410, json=body)), rsa_key)
    legacy = CreateOrderRequest.from_dict(
        {"ticker": "T", "side": "yes", "action": "buy", "count": 1}
    )
    with pytest.raises(kalshi.EndpointRetiredError) as info:
        create_order.sync(client=client, body=legacy)
    assert info.value.replacement == "CreateOrderV2"
    assert info.value.code == "deprecated_v1_order_endpoint"
    assert "use CreateOrderV2" in str(info.value)


# --------------------------------------------------------------------------- retries


def test_reads_retry_with_a_fresh_signature_each_attempt(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(
        httpx.Response(503),
        httpx.Response(429, json={"error": "too many requests"}),
        httpx.Response(200, json=BALANCE),
    )
    client = client_for(recorder, rsa_key)
    ticks = iter(range(1_700_000_000_000, 1_700_000_001_000, 7))
    assert client.auth is not None
    client.auth._clock = lambda: next(ticks) / 1000
    assert get_balance.sync(client=client).balance == 10000
    assert len(recorder.requests) == 3
    stamps = [r.headers["KALSHI-ACCESS-TIMESTAMP"] for r in recorder.requests]
    assert len(set(stamps)) == 3  # a fresh timestamp for every attempt
    for sent in recorder.requests:
        assert_signed_by(rsa_key, sent)  # each signature is valid for its own timestamp
    moved = httpx.Request("GET", recorder.requests[1].url, headers=recorder.requests[1].headers)
    moved.headers["KALSHI-ACCESS-TIMESTAMP"] = stamps[0]  # attempt 2's signature, attempt 1's time
    with pytest.raises(InvalidSignature):
        assert_signed_by(rsa_key, moved)


def test_retries_stop_at_max_retries(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(502))
    with pytest.raises(kalshi.InternalServerError) as info:
        get_balance.sync(client=client_for(recorder, rsa_key))
    assert len(recorder.requests) == 3 and info.value.attempts == 3


def test_default_policy() -> None:
    assert KalshiClient().retry.max_retries == 2
    assert KalshiClient(max_retries=5).retry.max_retries == 5


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 410])
def test_client_errors_are_not_retried(rsa_key: rsa.RSAPrivateKey, status: int) -> None:
    recorder = Recorder(httpx.Response(status, json={"code": "x", "message": "y"}))
    with pytest.raises(kalshi.APIStatusError):
        get_balance.sync(client=client_for(recorder, rsa_key))
    assert len(recorder.requests) == 1


def test_connection_errors_and_timeouts_on_reads(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=BALANCE))
    assert get_balance.sync(client=client_for(recorder, rsa_key)).balance == 10000
    assert len(recorder.requests) == 2

    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(kalshi.APITimeoutError):
        get_balance.sync(client=client_for(recorder, rsa_key))
    assert len(recorder.requests) == 3

    recorder = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(kalshi.APIConnectionError) as info:
        get_balance.sync(client=client_for(recorder, rsa_key))
    assert not isinstance(info.value, kalshi.APITimeoutError)


def test_order_creation_without_client_order_id_is_never_retried(
    rsa_key: rsa.RSAPrivateKey,
) -> None:
    recorder = Recorder(httpx.Response(500))
    with pytest.raises(kalshi.InternalServerError):
        create_order_v2.sync(client=client_for(recorder, rsa_key), body=order())
    assert len(recorder.requests) == 1

    recorder = Recorder(httpx.ReadTimeout("lost"))
    with pytest.raises(kalshi.APITimeoutError):
        create_order_v2.sync(client=client_for(recorder, rsa_key), body=order())
    assert len(recorder.requests) == 1


def test_order_creation_with_client_order_id_retries_the_same_id(
    rsa_key: rsa.RSAPrivateKey,
) -> None:
    ack = {
        "order_id": "o-1",
        "client_order_id": "cid-1",
        "fill_count": "0.00",
        "remaining_count": "1.00",
        "ts_ms": 1,
    }
    recorder = Recorder(
        httpx.ReadTimeout("lost"), httpx.Response(503), httpx.Response(201, json=ack)
    )
    result = create_order_v2.sync(client=client_for(recorder, rsa_key), body=order("cid-1"))
    assert result.order_id == "o-1"
    bodies = [json.loads(r.content) for r in recorder.requests]
    assert len(bodies) == 3 and {b["client_order_id"] for b in bodies} == {"cid-1"}


def test_batch_create_retries_only_when_every_item_has_an_id(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(500))
    body = BatchCreateOrdersV2Request(orders=[order("a"), order()])
    with pytest.raises(kalshi.InternalServerError):
        batch_create_orders_v2.sync(client=client_for(recorder, rsa_key), body=body)
    assert len(recorder.requests) == 1
    recorder = Recorder(httpx.Response(500), httpx.Response(201, json={"orders": []}))
    body = BatchCreateOrdersV2Request(orders=[order("a"), order("b")])
    batch_create_orders_v2.sync(client=client_for(recorder, rsa_key), body=body)
    assert len(recorder.requests) == 2


def test_amend_is_not_retried_but_cancel_is(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(503))
    amend = AmendOrderV2Request(
        ticker="T", side=BookSide.BID, price="0.5", count="1", client_order_id="cid"
    )
    with pytest.raises(kalshi.InternalServerError):
        amend_order_v2.sync("o-1", client=client_for(recorder, rsa_key), body=amend)
    assert len(recorder.requests) == 1
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json={"order_id": "o-1"}))
    cancel_order_v2.sync("o-1", client=client_for(recorder, rsa_key))
    assert len(recorder.requests) == 2


def test_retry_after_is_honoured_and_backoff_is_jittered() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_cap=5.0, rng=lambda: 0.5)
    assert policy.delay(0) == 0.5
    assert policy.delay(3) == 2.5  # min(5, 1 * 8) * 0.5
    hinted = httpx.Response(429, headers={"Retry-After": "3"})
    assert policy.delay(0, hinted) == 3.0
    dated = httpx.Response(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert policy.delay(0, dated) == 0.0
    assert RetryPolicy(max_retry_after=1.0).delay(0, hinted) == 1.0
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_retry_after_waits_before_the_next_attempt(rsa_key: rsa.RSAPrivateKey) -> None:
    waits: list[float] = []
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "1.5"}), httpx.Response(200, json=BALANCE)
    )
    client = client_for(recorder, rsa_key)
    client._flow.sleep = waits.append  # the driver's wait, recorded instead of slept
    get_balance.sync(client=client)
    assert waits == [1.5]


# --------------------------------------------------------------------------- secrets


def test_nothing_secret_in_reprs_or_debug_logs(
    rsa_key: rsa.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    pem = pem_of(rsa_key)
    recorder = Recorder(httpx.Response(503), httpx.Response(401, json={"code": "x"}))
    client = KalshiClient(
        "key-id", pem, transport=httpx.MockTransport(recorder), retry=RetryPolicy(backoff_base=0)
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(kalshi.AuthenticationError) as info:
        get_balance.sync(client=client)
    signatures = [r.headers["KALSHI-ACCESS-SIGNATURE"] for r in recorder.requests]
    shown = "\n".join(
        [
            caplog.text,
            repr(client),
            str(client),
            repr(client.auth),
            str(info.value),
            repr(info.value),
            repr(vars(info.value)),
        ]
    )
    assert "kalshi: GET /trade-api/v2/portfolio/balance" in caplog.text
    for secret in pem_body_lines(pem) + signatures:
        assert secret not in shown


# --------------------------------------------------------------------------- async


def test_async_client_behaves_the_same(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=BALANCE))

    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    async def main() -> None:
        async with AsyncKalshiClient(
            "key-id",
            rsa_key,
            transport=httpx.MockTransport(handler),
            retry=RetryPolicy(backoff_base=0),
        ) as client:
            balance = await get_balance.asyncio(client=client)
            assert balance.balance == 10000
            with pytest.raises(TypeError, match="asynchronous"):
                get_balance.sync(client=client)
        recorder.answers = [httpx.Response(409, json={"code": "duplicate"})]
        client2 = AsyncKalshiClient("k", rsa_key, transport=httpx.MockTransport(handler))
        with pytest.raises(kalshi.ConflictError):
            await create_order_v2.asyncio(client=client2, body=order("x"))

    asyncio.run(main())
    assert len(recorder.requests) == 3


def test_sync_client_refuses_async_calls(rsa_key: rsa.RSAPrivateKey) -> None:
    client = KalshiClient("k", rsa_key)
    with pytest.raises(TypeError, match="synchronous"):
        asyncio.run(get_balance.asyncio(client=client))


# --------------------------------------------------------------------------- from_env


def test_from_env(rsa_key: rsa.RSAPrivateKey, tmp_path: Any) -> None:
    pem = pem_of(rsa_key)
    path = tmp_path / "k.pem"
    path.write_text(pem)
    client = KalshiClient.from_env(
        environ={
            "KALSHI_API_KEY_ID": "kid",
            "KALSHI_PRIVATE_KEY_PATH": str(path),
            "KALSHI_ENV": "demo",
        }
    )
    assert client.key_id == "kid" and client.base_url == kalshi.BASE_URLS["demo"]
    client = KalshiClient.from_env(
        environ={
            "KALSHI_API_KEY_ID": "kid",
            "KALSHI_PRIVATE_KEY": pem.replace("\n", "\\n"),
            "KALSHI_BASE_URL": "http://127.0.0.1:9/trade-api/v2",
        }
    )
    assert client.base_url == "http://127.0.0.1:9/trade-api/v2"
    with pytest.raises(kalshi.ConfigurationError, match="KALSHI_API_KEY_ID") as info:
        KalshiClient.from_env(environ={})
    assert "KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY" in str(info.value)
    with pytest.raises(kalshi.ConfigurationError, match="KALSHI_PRIVATE_KEY_PATH or"):
        KalshiClient.from_env(environ={"KALSHI_API_KEY_ID": "kid"})
    assert KalshiClient.from_env(environ={}, require_credentials=False).auth is None
    assert AsyncKalshiClient.from_env(environ={}, require_credentials=False).auth is None


# --------------------------------------------------------------------------- every send path


def test_every_send_path_is_signed(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(200, json=BALANCE))
    client = client_for(recorder, rsa_key)
    http = client.get_httpx_client()
    with http.stream("GET", "/portfolio/balance") as response:
        response.read()
    http.request("GET", "/portfolio/balance", params={"subaccount": 1})
    recorder.answers = [
        httpx.Response(307, headers={"Location": "/trade-api/v2/portfolio/balance2?moved=1"}),
        httpx.Response(200, json=BALANCE),
    ]
    http.get("/portfolio/balance", follow_redirects=True)
    assert [r.url.path for r in recorder.requests] == [
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/portfolio/balance2",  # the redirect's target, signed for its own path
    ]
    for sent in recorder.requests:
        assert sent.headers["KALSHI-ACCESS-KEY"] == "key-id"
        assert_signed_by(rsa_key, sent)


def test_an_injected_httpx_client_is_used_and_signed(rsa_key: rsa.RSAPrivateKey) -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=BALANCE))
    own = httpx.Client(transport=httpx.MockTransport(recorder))
    client = KalshiClient(
        "key-id", rsa_key, http_client=own, retry=RetryPolicy(backoff_base=0), rate_limit=False
    )
    assert get_balance.sync(client=client).balance == 10000
    assert len(recorder.requests) == 2  # retried through the injected client
    assert all("KALSHI-ACCESS-SIGNATURE" in r.headers for r in recorder.requests)
    client.close()
    assert not own.is_closed  # the caller keeps ownership


def test_wrong_kind_of_transport_is_refused(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(TypeError, match="BaseTransport"):
        KalshiClient(transport=httpx.AsyncHTTPTransport())
    with pytest.raises(TypeError, match="AsyncClient"):
        AsyncKalshiClient(http_client=httpx.Client())
    assert isinstance(AsyncKalshiClient().get_async_httpx_client(), httpx.AsyncClient)


def test_every_public_name_resolves() -> None:
    import subprocess
    import sys

    code = "import kalshi\nfor name in kalshi.__all__:\n    getattr(kalshi, name)\nprint('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
    with pytest.raises(AttributeError):
        kalshi.NoSuchThing  # noqa: B018
