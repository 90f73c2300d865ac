"""Read-only checks against Kalshi's demo exchange; they run only when demo credentials are set.

Set KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH (or KALSHI_PRIVATE_KEY) for a *demo* key and
KALSHI_LIVE_DEMO=1. Without them every test here is skipped, and nothing touches the network.
"""

from __future__ import annotations

import os

import pytest

import kalshi
from kalshi import KalshiClient
from kalshi_api.api.exchange import get_exchange_status
from kalshi_api.api.market import get_markets
from kalshi_api.api.orders import create_order
from kalshi_api.api.portfolio import get_balance
from kalshi_api.models import CreateOrderRequest

pytestmark = pytest.mark.skipif(
    os.environ.get("KALSHI_LIVE_DEMO") != "1" or not os.environ.get("KALSHI_API_KEY_ID"),
    reason="live demo tests need KALSHI_LIVE_DEMO=1 and demo credentials (KALSHI_API_KEY_ID, ...)",
)


@pytest.fixture(scope="module")
def client() -> KalshiClient:
    return KalshiClient.from_env(environment="demo")


def test_public_and_signed_reads(client: KalshiClient) -> None:
    assert get_exchange_status.sync(client=client).exchange_active is not None
    assert isinstance(get_balance.sync(client=client).balance, int)
    markets = list(client.paginate(get_markets, status="open", max_items=5))
    assert len(markets) <= 5


def test_retired_order_endpoint_answers_410(client: KalshiClient) -> None:
    body = CreateOrderRequest.from_dict(
        {"ticker": "NO-SUCH-MARKET", "side": "yes", "action": "buy", "count": 1, "yes_price": 1}
    )
    with pytest.raises(kalshi.EndpointRetiredError) as info:
        create_order.sync(client=client, body=body)
    assert info.value.replacement == "CreateOrderV2"


def test_stream_handshake_and_a_live_book(client: KalshiClient) -> None:
    """The signed WebSocket handshake is accepted and an open market's book arrives."""
    [market] = list(client.paginate(get_markets, status="open", max_items=1))
    ticker = str(market.ticker)
    with client.stream() as stream:
        book = stream.order_book(ticker).wait_ready(timeout=20)
        assert book.is_ready and book.seq is not None
        channels = {s.channel for s in stream.list_subscriptions()}
        assert "orderbook_delta" in channels
