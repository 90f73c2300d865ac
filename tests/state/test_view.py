"""The live view end to end: REST against the fake exchange, the stream from the independent
test server (which publishes what the test tells it), a reconnect reconciled over REST."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi import AsyncKalshiClient
from kalshi.state import AccountView, OrderCanceled, OrderFilled
from kalshi.testing import Credentials, FakeExchange
from kalshi_api.models import Fill as RestFill

from ..conftest import present
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
def exchange() -> FakeExchange:
    ex = FakeExchange()
    ex.add_market(T)
    ex.seed_liquidity(T, bids=[("0.41", 100)], asks=[("0.44", 100)])
    return ex


@pytest.fixture
def user(exchange: FakeExchange) -> Credentials:
    return exchange.add_user(balance="100")


@pytest.fixture
def server(user: Credentials) -> Iterator[AccountServer]:
    key = serialization.load_pem_private_key(user.private_key_pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey)
    server = AccountServer(user.key_id, key.public_key())
    server.start()
    yield server
    server.stop()


def as_stream_fill(fill: RestFill) -> dict[str, Any]:
    """The stream's form of a fill REST reports (the same trade_id)."""
    return {
        "trade_id": present(fill.trade_id),
        "order_id": present(fill.order_id),
        "market_ticker": present(fill.ticker),
        "book_side": str(present(fill.book_side)),
        "yes_price_dollars": present(fill.yes_price_dollars),
        "count_fp": present(fill.count_fp),
        "fee_cost": present(fill.fee_cost),
        "is_taker": present(fill.is_taker),
        "ts_ms": 1_800_000_000_000,
    }


def test_the_view_follows_the_stream_and_finds_a_cancel_made_while_blind(
    exchange: FakeExchange, user: Credentials, server: AccountServer
) -> None:
    async def body() -> None:
        client: AsyncKalshiClient = exchange.async_client(user)
        other: AsyncKalshiClient = exchange.async_client(user)  # acts behind the view's back
        stream = client.stream(ws_url=server.url, backoff=FAST)
        view = await AccountView.open(client, stream)
        try:
            seen: list[object] = []
            view.state.subscribe(seen.append)

            # an order placed through the view is known at once, then followed on the stream
            resting = await view.place_order(T, side="bid", count=5, price="0.30")
            assert resting.status == "resting" and resting.order_id is not None
            await other.cancel_order(resting.order_id)
            server.publish(
                "user_orders",
                "user_order",
                {
                    "order_id": resting.order_id,
                    "client_order_id": resting.client_order_id,
                    "ticker": T,
                    "status": "canceled",
                    "book_side": "bid",
                    "yes_price_dollars": "0.3000",
                    "fill_count_fp": "0.00",
                    "remaining_count_fp": "0.00",
                    "last_updated_ts_ms": 1_800_000_000_000,
                },
            )
            canceled = await view.wait_for(resting, "canceled", timeout=10)
            assert canceled.remaining == 0

            # a fill reported by the create's answer and again by the stream counts once
            bought = await view.place_order(T, side="bid", count=3, price="0.44")
            assert bought.status == "executed" and bought.order_id is not None
            fills = (await other.portfolio.get_fills(order_id=bought.order_id)).fills or []
            for fill in fills:
                server.publish("fill", "fill", as_stream_fill(fill))
            server.publish(
                "market_positions",
                "market_position",
                {"market_ticker": T, "position_fp": "3.00", "position_cost_dollars": "1.3200"},
            )
            await view.wait_for(bought, "filled", timeout=10)

            # blind: an order canceled with no stream message, then the connection drops
            blind = await view.place_order(T, side="bid", count=2, price="0.20")
            assert blind.order_id is not None
            await other.cancel_order(blind.order_id)
            server.drop_connections()
            found = await view.wait_for(blind, "canceled", timeout=10)
            assert found.status == "canceled"
            assert view.resyncs >= 1

            # the view now equals the exchange's truth
            assert view.state.orders(status="resting") == []
            position = view.state.position(T)
            assert position is not None and position.position == exchange.position(user, T)
            assert view.state.balance == exchange.balance(user)
            assert sum(f.count for f in view.state.fills(bought.order_id)) == Decimal(3)
            assert len(view.state.fills()) == len(fills)
            cancels = [e.order.order_id or "" for e in seen if isinstance(e, OrderCanceled)]
            assert sorted(cancels) == sorted([resting.order_id, blind.order_id])  # once each
            assert sum(e.filled for e in seen if isinstance(e, OrderFilled)) == Decimal(3)
        finally:
            await view.close()
            await stream.close()
            await other.aclose()
            await client.aclose()

    asyncio.run(asyncio.wait_for(body(), 30))
