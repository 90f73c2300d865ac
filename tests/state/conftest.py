"""Fixtures for the account state tests: the fake exchange (REST), the test server (stream)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi import AsyncKalshiClient
from kalshi.state import AccountView
from kalshi.testing import Credentials, FakeExchange

from ..stream.conftest import FAST
from ..stream.server import Connection, KalshiLikeServer, Sub

T = "KXVIEW-26-A"
ACCOUNT_CHANNELS = {"user_orders", "fill", "market_positions"}


class AccountServer(KalshiLikeServer):
    """The test server, also serving the account channels; it publishes only what it is told."""

    async def _command(self, conn: Connection, command: dict[str, Any]) -> None:
        params = command.get("params") or {}
        channels = params.get("channels") or []
        if command.get("cmd") != "subscribe" or not set(channels) <= ACCOUNT_CHANNELS:
            await super()._command(conn, command)
            return
        for channel in channels:
            sub = Sub(next(self._sids), channel, [], conn)
            conn.subs[sub.sid] = sub
            answer = {"channel": channel, "sid": sub.sid}
            await self._answer(conn, {"id": command.get("id"), "type": "subscribed", "msg": answer})

    def publish(self, channel: str, kind: str, msg: dict[str, Any]) -> None:
        async def send() -> None:
            for conn in list(self.connections):
                for sub in list(conn.subs.values()):
                    if sub.channel == channel:
                        await self._send(sub, {"type": kind, "msg": msg})

        self.call(send())


@pytest.fixture
def account_server(user: Credentials) -> Iterator[AccountServer]:
    key = serialization.load_pem_private_key(user.private_key_pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey)
    server = AccountServer(user.key_id, key.public_key())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def exchange() -> FakeExchange:
    ex = FakeExchange()
    ex.add_market(T)
    ex.seed_liquidity(T, bids=[("0.41", 100)], asks=[("0.44", 100)])
    return ex


@pytest.fixture
def user(exchange: FakeExchange) -> Credentials:
    return exchange.add_user(balance="100")


class Opened:
    """A view over the fake exchange's REST and the test server's stream, and a second client
    of the same member that acts behind the view's back."""

    def __init__(
        self,
        exchange: FakeExchange,
        user: Credentials,
        server: AccountServer,
        view_options: dict[str, Any] | None = None,
        **options: Any,
    ) -> None:
        self.view_options = view_options or {}
        self.client: AsyncKalshiClient = exchange.async_client(user, **options)
        self.other: AsyncKalshiClient = exchange.async_client(user)
        self.stream = self.client.stream(ws_url=server.url, backoff=FAST)
        self.view: AccountView | None = None

    async def __aenter__(self) -> AccountView:
        self.view = await self.client.account_state(self.stream, **self.view_options)
        return self.view

    async def __aexit__(self, *exc: object) -> None:
        if self.view is not None:
            await self.view.close()
        await self.stream.close()
        await self.other.aclose()
        await self.client.aclose()


def opened(
    exchange: FakeExchange,
    user: Credentials,
    server: AccountServer,
    view_options: dict[str, Any] | None = None,
    **options: Any,
) -> Opened:
    """`view_options` go to the view (e.g. `keep_ended=`), `options` to its client (e.g.
    `retry=`)."""
    return Opened(exchange, user, server, view_options, **options)
