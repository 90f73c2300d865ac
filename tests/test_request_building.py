"""What goes on the wire: the client builds each request itself from its own httpx client's
headers, cookies, params and timeout, and sends no header that HTTP/1.1 implies."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

import kalshi
from kalshi import AsyncKalshiClient, KalshiClient

BALANCE = {"balance": 5, "portfolio_value": 0, "updated_ts": 1}
BASE = "http://test/trade-api/v2"


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=BALANCE)


def balance_through(client: KalshiClient | AsyncKalshiClient) -> None:
    if isinstance(client, KalshiClient):
        with client:
            client.portfolio.get_balance()
        return

    async def main() -> None:
        async with client:
            await client.portfolio.get_balance()

    asyncio.run(main())


def make(kind: str, recorder: Recorder, key: Any, **kwargs: Any) -> Any:
    transport: Any = httpx.MockTransport(recorder)
    if kind == "async":
        transport = kalshi.ThreadedAsyncTransport(2, transport=transport)
        return AsyncKalshiClient(
            "key-id", key, base_url=BASE, rate_limit=False, transport=transport, **kwargs
        )
    return KalshiClient(
        "key-id", key, base_url=BASE, rate_limit=False, transport=transport, **kwargs
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_headers_sent(kind: str, rsa_key: Any) -> None:
    recorder = Recorder()
    balance_through(make(kind, recorder, rsa_key))
    (request,) = recorder.requests
    names = {name.lower() for name in request.headers}
    assert names == {
        "host",
        "user-agent",
        "accept-encoding",
        "kalshi-access-key",
        "kalshi-access-timestamp",
        "kalshi-access-signature",
    }
    assert request.headers["user-agent"].startswith(f"kalshi-trade-api/{kalshi.__version__} ")
    assert "gzip" in request.headers["accept-encoding"]
    assert request.extensions["timeout"] == httpx.Timeout(10).as_dict()
    assert request.extensions["kalshi_operation"] == "portfolio.get_balance"


def own_http(client: Any) -> Any:
    return (
        client.get_httpx_client()
        if isinstance(client, KalshiClient)
        else client.get_async_httpx_client()
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_headers_and_timeout_of_the_clients_own_httpx_client_apply(kind: str, rsa_key: Any) -> None:
    recorder = Recorder()
    client = make(kind, recorder, rsa_key, timeout=httpx.Timeout(3.0))
    own_http(client).headers["X-Desk"] = "alpha"
    balance_through(client)
    (request,) = recorder.requests
    assert request.headers["X-Desk"] == "alpha"
    assert request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_cookies_and_params_set_on_it_apply_too(kind: str, rsa_key: Any) -> None:
    recorder = Recorder()
    client = make(kind, recorder, rsa_key)
    own_http(client).cookies.set("session", "abc")
    own_http(client).params = httpx.QueryParams({"subaccount": "2"})
    balance_through(client)
    (request,) = recorder.requests
    assert request.headers["Cookie"] == "session=abc"
    assert request.url.params["subaccount"] == "2"
