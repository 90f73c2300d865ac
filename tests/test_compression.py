"""Compressed answers: decoded exactly once, whichever client, transport or path carries them.

Two servers: an independent loopback `http.server` written here (so the client is not only
checked against the fake exchange), and the fake exchange in process and over loopback.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib.util
import json
import threading
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import kalshi
from kalshi.testing import FakeExchange
from kalshi.testing._encoding import MIN_COMPRESSED_SIZE, accepted, choose
from kalshi_api.api.exchange import get_exchange_status
from kalshi_api.api.market import get_markets
from kalshi_api.api.orders import create_order_v2
from kalshi_api.models import CreateOrderV2Request

STATUS = {"exchange_active": True, "trading_active": True, "exchange_estimated_resume_time": None}


def _brotli(body: bytes) -> bytes:
    import brotli  # type: ignore[import-untyped]

    return brotli.compress(body)  # type: ignore[no-any-return]


def _zstd(body: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor().compress(body)


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "identity": lambda body: body,
    "gzip": lambda body: gzip.compress(body, mtime=0),
    "deflate": zlib.compress,
    "br": _brotli,
    "zstd": _zstd,
}
# httpx decodes br and zstd only with these packages installed (the dev environment has them).
_NEEDS = {"br": ("brotli", "brotlicffi"), "zstd": ("zstandard",)}


def _codings() -> list[Any]:
    params = []
    for coding in ENCODERS:
        modules = _NEEDS.get(coding, ())
        present = not modules or any(importlib.util.find_spec(m) for m in modules)
        reason = f"httpx decodes {coding} only with {' or '.join(modules)} installed"
        params.append(pytest.param(coding, marks=[] if present else pytest.mark.skip(reason)))
    return params


CODINGS = _codings()


class Responder(BaseHTTPRequestHandler):
    """Answers every request with STATUS, encoded as `server.coding` says.

    `server.lie` labels the body with that coding but sends it plain; `server.first_status`
    answers the first request with that status (compressed too) to go through a retry.
    """

    protocol_version = "HTTP/1.1"
    server: Server

    def _answer(self) -> None:
        server = self.server
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        server.hits += 1
        server.accept_encodings.append(self.headers.get("Accept-Encoding"))
        status = 200
        payload: object = STATUS
        if server.first_status and server.hits == 1:
            status = server.first_status
            payload = {"error": {"code": "service_unavailable", "message": "try again"}}
        raw = json.dumps(payload).encode()
        body = raw if server.lie else ENCODERS[server.coding](raw)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if server.coding != "identity":
            self.send_header("Content-Encoding", server.coding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Responder)
        self.coding = "identity"
        self.lie = False
        self.first_status = 0
        self.hits = 0
        self.accept_encodings: list[str | None] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/trade-api/v2"


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = Server()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


# Every way the project sends: name -> factory of (client, is_async).
def _sync_default(url: str) -> kalshi.KalshiClient:
    return kalshi.KalshiClient(base_url=url, max_retries=2, retry=_fast_retry())


def _sync_own_client(url: str) -> kalshi.KalshiClient:
    return kalshi.KalshiClient(base_url=url, http_client=httpx.Client(), retry=_fast_retry())


def _async_threaded(url: str) -> kalshi.AsyncKalshiClient:
    return kalshi.AsyncKalshiClient(base_url=url, retry=_fast_retry())


def _async_httpx(url: str) -> kalshi.AsyncKalshiClient:
    return kalshi.AsyncKalshiClient(
        base_url=url, transport=httpx.AsyncHTTPTransport(), retry=_fast_retry()
    )


def _async_own_client(url: str) -> kalshi.AsyncKalshiClient:
    return kalshi.AsyncKalshiClient(
        base_url=url, http_client=httpx.AsyncClient(), retry=_fast_retry()
    )


def _fast_retry() -> kalshi.RetryPolicy:
    return kalshi.RetryPolicy(max_retries=2, backoff_base=0.0)


CLIENTS = {
    "sync": _sync_default,
    "sync-http_client": _sync_own_client,
    "async-threaded": _async_threaded,
    "async-httpx": _async_httpx,
    "async-http_client": _async_own_client,
}


def call(client: kalshi.KalshiClient | kalshi.AsyncKalshiClient, operation: Any, **kw: Any) -> Any:
    """Run a generated operation's detailed form on either client."""
    if isinstance(client, kalshi.AsyncKalshiClient):
        return asyncio.run(operation.asyncio_detailed(client=client, **kw))
    return operation.sync_detailed(client=client, **kw)


def streamed_json(client: kalshi.KalshiClient | kalshi.AsyncKalshiClient, path: str) -> Any:
    """Read a body through httpx's streaming API of the client's own httpx client."""
    if isinstance(client, kalshi.AsyncKalshiClient):

        async def read() -> bytes:
            async with client.get_async_httpx_client().stream("GET", path) as response:
                return b"".join([chunk async for chunk in response.aiter_bytes()])

        return json.loads(asyncio.run(read()))
    with client.get_httpx_client().stream("GET", path) as response:
        return json.loads(b"".join(response.iter_bytes()))


@pytest.mark.parametrize("coding", CODINGS)
@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_every_client_decodes_every_coding_once(
    server: Server, make: Callable[[str], Any], coding: str
) -> None:
    server.coding = coding
    response = call(make(server.base_url), get_exchange_status)
    assert response.status_code == 200
    assert response.parsed.exchange_active is True
    assert response.parsed.trading_active is True
    assert json.loads(response.content) == STATUS
    assert server.hits == 1


@pytest.mark.parametrize("coding", CODINGS)
@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_streamed_reads_decode_once(
    server: Server, make: Callable[[str], Any], coding: str
) -> None:
    server.coding = coding
    assert streamed_json(make(server.base_url), "/exchange/status") == STATUS


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_a_retried_compressed_answer_decodes(
    server: Server, make: Callable[[str], Any], coding: str
) -> None:
    server.coding, server.first_status = coding, 503
    response = call(make(server.base_url), get_exchange_status)
    assert response.parsed.exchange_active is True
    assert server.hits == 2


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_clients_ask_for_compression(server: Server, make: Callable[[str], Any]) -> None:
    call(make(server.base_url), get_exchange_status)
    assert {"gzip", "deflate"} <= accepted(server.accept_encodings[0])


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "zstd"])
@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_a_false_label_is_a_typed_error_after_retries(
    server: Server, make: Callable[[str], Any], coding: str
) -> None:
    """A read is retried like a lost answer, then raises kalshi.APIDecodingError."""
    if coding in _NEEDS and not any(importlib.util.find_spec(m) for m in _NEEDS[coding]):
        pytest.skip(f"httpx ignores {coding} without {_NEEDS[coding]} (nothing to decode)")
    server.coding, server.lie = coding, True
    with pytest.raises(kalshi.APIDecodingError) as caught:
        call(make(server.base_url), get_exchange_status)
    assert isinstance(caught.value, kalshi.APIConnectionError)
    assert "/trade-api/v2/exchange/status" in str(caught.value)
    assert "does not decode" in str(caught.value)
    assert server.hits == 3  # the first attempt and two retries


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_a_false_label_on_an_unsafe_post_is_not_retried(
    server: Server, make: Callable[[str], Any]
) -> None:
    server.coding, server.lie = "gzip", True
    order = CreateOrderV2Request.from_dict(
        {
            "ticker": "T",
            "side": "bid",
            "count": "1.00",
            "price": "0.5000",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
        }
    )
    with pytest.raises(kalshi.APIDecodingError):
        call(make(server.base_url), create_order_v2, body=order)
    assert server.hits == 1


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_a_false_label_on_a_streamed_error_is_typed(
    server: Server, make: Callable[[str], Any]
) -> None:
    server.coding, server.lie, server.first_status = "gzip", True, 400
    client = make(server.base_url)
    with pytest.raises(kalshi.APIDecodingError):
        streamed_json(client, "/exchange/status")


# --------------------------------------------------------------------------- the fake exchange


def _exchange(compress: bool) -> FakeExchange:
    exchange = FakeExchange(compress=compress)
    for i in range(3):
        exchange.add_market(f"KX-COMPRESS-{i}")
    return exchange


ROUTES = ["in-process", "loopback"]


@pytest.mark.parametrize("compress", [True, False], ids=["compressing", "plain"])
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_fake_exchange_compresses_when_accepted(
    compress: bool, route: str, asynchronous: bool
) -> None:
    exchange = _exchange(compress)

    def run(client: Any) -> None:
        large = call(client, get_markets)
        small = call(client, get_exchange_status)
        tickers = sorted(m.ticker for m in large.parsed.markets)
        assert tickers == ["KX-COMPRESS-0", "KX-COMPRESS-1", "KX-COMPRESS-2"]
        assert large.headers.get("content-encoding") == ("gzip" if compress else None)
        assert small.parsed.exchange_active is True
        assert len(small.content) < MIN_COMPRESSED_SIZE
        assert "content-encoding" not in small.headers  # too small to be worth it

    if route == "in-process":
        run(exchange.async_client() if asynchronous else exchange.client())
        return
    with exchange.serve() as url:
        cls = kalshi.AsyncKalshiClient if asynchronous else kalshi.KalshiClient
        run(cls(base_url=url))


@pytest.mark.parametrize("accept, expected", [
    ("gzip, deflate", "gzip"),
    ("deflate", "deflate"),
    ("br, deflate;q=0.5", "deflate"),
    ("gzip;q=0, deflate", "deflate"),
    ("*", "gzip"),
    ("identity", None),
    ("", None),
    (None, None),
])  # fmt: skip
def test_fake_exchange_honours_accept_encoding(accept: str | None, expected: str | None) -> None:
    assert choose(accept, MIN_COMPRESSED_SIZE) == expected
    assert choose(accept, MIN_COMPRESSED_SIZE - 1) is None


def test_fake_exchange_compressed_reply_decodes_to_the_same_json() -> None:
    exchange = _exchange(True)
    target = "/trade-api/v2/markets"
    headers = {"Accept-Encoding": "gzip"}
    b = exchange.app.handle("GET", target, headers, b"")
    exchange.app.compress = False
    a = exchange.app.handle("GET", target, headers, b"")
    assert b.headers["Content-Encoding"] == "gzip"
    assert b.headers["Vary"] == "Accept-Encoding"
    assert "Content-Encoding" not in a.headers
    assert json.loads(gzip.decompress(b.body)) == json.loads(a.body)
