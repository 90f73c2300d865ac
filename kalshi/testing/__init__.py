"""An offline, stateful Kalshi exchange for testing bots: `FakeExchange`.

It speaks the Trade API v2 wire format, verifies every signature, matches orders on one YES
book per market, and keeps balances and positions to the cent. Use it in process
(`exchange.client()`) or over real HTTP on 127.0.0.1 (`with exchange.serve() as base_url:`,
which also serves Kalshi's WebSocket API, published from the matching engine), or run
`python -m kalshi.testing` for a standalone server. This module only re-exports.
"""

from ._app import App, Reply
from ._demo import DEMO_MARKETS, seed_demo_markets
from ._fake import IN_PROCESS_URL, FakeExchange
from ._faults import Drop, Fault
from ._serve import LoopbackServer, Served, Service, UpgradeService
from ._stream import StreamFault, StreamService
from ._transports import AsyncExchangeTransport, ExchangeTransport
from .engine import HOUSE, TAKER_FEE_RATE, Credentials, ExchangeError, taker_fee

__all__ = [
    "DEMO_MARKETS",
    "HOUSE",
    "IN_PROCESS_URL",
    "TAKER_FEE_RATE",
    "App",
    "AsyncExchangeTransport",
    "Credentials",
    "Drop",
    "ExchangeError",
    "ExchangeTransport",
    "FakeExchange",
    "Fault",
    "LoopbackServer",
    "Reply",
    "Served",
    "Service",
    "StreamFault",
    "StreamService",
    "UpgradeService",
    "seed_demo_markets",
    "taker_fee",
]
