"""The loopback server: keep-alive, many connections, quiet disconnects, clean shutdown."""

from __future__ import annotations

import logging
import socket
import struct
import threading
from urllib.parse import urlsplit

import httpx
import pytest

import kalshi
from kalshi import KalshiClient, RetryPolicy
from kalshi.testing import FakeExchange, LoopbackServer
from kalshi_api.api.portfolio import get_balance

BALANCE = "/trade-api/v2/portfolio/balance"


@pytest.fixture
def exchange() -> FakeExchange:
    return FakeExchange()


def _address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def test_two_hundred_keep_alive_requests_on_one_connection(exchange: FakeExchange) -> None:
    user = exchange.add_user(balance="12.34")
    with exchange.serve() as base_url:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        http = httpx.Client(limits=limits)
        client = KalshiClient(
            user.key_id, user.private_key_pem, base_url=base_url, http_client=http, rate_limit=False
        )
        balances = [get_balance.sync(client=client).balance for _ in range(200)]
        assert balances == [1234] * 200
        assert base_url.server.connections_accepted == 1
        http.close()


def test_concurrent_clients_are_served_at_once(exchange: FakeExchange) -> None:
    user = exchange.add_user()
    results: list[int] = []
    errors: list[BaseException] = []
    with exchange.serve() as base_url:
        start = threading.Barrier(32)

        def work() -> None:
            try:
                with KalshiClient(
                    user.key_id, user.private_key_pem, base_url=base_url, rate_limit=False
                ) as c:
                    start.wait(timeout=30)
                    for _ in range(5):
                        results.append(int(get_balance.sync(client=c).balance))  # type: ignore[arg-type]
            except BaseException as error:  # reported below, in the test's thread
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(32)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors and len(results) == 160
        assert base_url.server.connections_accepted == 32


def test_a_slow_request_does_not_hold_up_another_connection(exchange: FakeExchange) -> None:
    """Injected latency is awaited, so a second client is answered while the first waits."""
    user = exchange.add_user()
    exchange.inject("GetExchangeStatus", latency=30.0, times=None)
    with exchange.serve() as base_url:
        slow = socket.create_connection(_address(base_url))
        slow.sendall(b"GET /trade-api/v2/exchange/status HTTP/1.1\r\nHost: x\r\n\r\n")
        with KalshiClient(user.key_id, user.private_key_pem, base_url=base_url) as client:
            assert get_balance.sync(client=client).balance == 100000
        slow.close()


def test_a_disconnecting_client_is_logged_at_debug_not_as_a_traceback(
    exchange: FakeExchange, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    user = exchange.add_user()
    caplog.set_level(logging.DEBUG)
    exchange.inject("GetExchangeStatus", latency=0.2)
    with exchange.serve() as base_url:
        address = _address(base_url)
        half = socket.create_connection(address)  # goes away in the middle of a request head
        half.sendall(b"GET /trade-api/v2/exchange/status HTTP/1.1\r\nHost:")
        half.close()
        for _ in range(3):  # gone before the (delayed) answer is written
            gone = socket.create_connection(address)
            gone.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            gone.sendall(b"GET /trade-api/v2/exchange/status HTTP/1.1\r\nHost: x\r\n\r\n")
            gone.close()  # linger 0: a reset, as a client that timed out
        impatient = KalshiClient(
            user.key_id,
            user.private_key_pem,
            base_url=base_url,
            timeout=0.05,
            retry=RetryPolicy(max_retries=1, backoff_base=0),
        )
        with pytest.raises(kalshi.APITimeoutError):
            impatient.get_httpx_client().get("/exchange/status")
        exchange.clear_faults()
        with KalshiClient(user.key_id, user.private_key_pem, base_url=base_url) as client:
            assert get_balance.sync(client=client).balance == 100000  # still serving
    went_away = [r for r in caplog.records if "went away" in r.getMessage()]
    assert went_away and all(r.levelno == logging.DEBUG for r in went_away)
    assert {r.name for r in went_away} == {"kalshi.testing"}
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r for r in caplog.records if r.exc_info]
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_an_unreadable_request_gets_400_and_the_connection_closes(exchange: FakeExchange) -> None:
    with exchange.serve() as base_url:
        raw = socket.create_connection(_address(base_url))
        raw.sendall(b"NONSENSE\r\n\r\n")
        answer = raw.recv(4096)
        assert answer.startswith(b"HTTP/1.1 400 ") and b"Connection: close" in answer
        assert raw.recv(4096) == b""  # closed by the server
        raw.close()


def test_connection_close_and_chunked_bodies(exchange: FakeExchange) -> None:
    with exchange.serve() as base_url:
        raw = socket.create_connection(_address(base_url))
        raw.sendall(
            b"POST /trade-api/v2/portfolio/events/orders HTTP/1.1\r\nHost: x\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
        )
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
        raw.close()
        assert answer.startswith(b"HTTP/1.1 401 ")  # read in full, then refused: unsigned
        assert b"Connection: close" in answer and b"authentication_error" in answer


def test_stop_closes_idle_keep_alive_connections_and_the_port(exchange: FakeExchange) -> None:
    server = LoopbackServer(exchange.app).start()
    address = _address(server.base_url)
    idle = socket.create_connection(address)
    idle.sendall(b"GET /trade-api/v2/exchange/status HTTP/1.1\r\nHost: x\r\n\r\n")
    assert idle.recv(4096).startswith(b"HTTP/1.1 200 ")
    server.stop()
    assert idle.recv(4096) == b""  # the server closed the kept-alive connection
    idle.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(address, timeout=5)
    server.stop()  # a second stop is harmless


def test_served_is_the_base_url_and_names_every_endpoint(exchange: FakeExchange) -> None:
    with exchange.serve() as base_url:
        assert isinstance(base_url, str) and base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/trade-api/v2") and base_url.base_url == base_url
        assert list(base_url.urls) == ["rest", "ws"] and base_url.urls["rest"] == base_url
        assert base_url.urls["ws"].startswith("ws://127.0.0.1:")
        assert base_url.ws_url == base_url.replace("http:", "ws:").replace("/v2", "/ws/v2")


def test_without_a_stream_there_is_no_ws_url() -> None:
    with FakeExchange(stream=False).serve() as served:
        assert served.urls == {"rest": str(served)}
        with pytest.raises(LookupError):
            served.ws_url  # noqa: B018


class EchoService:
    """A stand-in for a WebSocket endpoint: a plain TCP echo server on the same loop."""

    name = "echo"

    def __init__(self) -> None:
        self.stopped = False

    async def start(self, host: str) -> str:
        import asyncio

        async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.write(await reader.readline())
            await writer.drain()
            writer.close()

        self.server = await asyncio.start_server(echo, host, 0)
        return f"tcp://{host}:{self.server.sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()
        self.stopped = True


def test_a_service_joins_the_server_on_its_loop(exchange: FakeExchange) -> None:
    service = EchoService()
    with LoopbackServer(exchange.app, services=[service]) as server:
        host, port = urlsplit(server.urls["echo"]).netloc.split(":")
        with socket.create_connection((host, int(port))) as echo:
            echo.sendall(b"ping\n")
            assert echo.recv(16) == b"ping\n"
        assert set(server.urls) == {"rest", "echo"}
    assert service.stopped
