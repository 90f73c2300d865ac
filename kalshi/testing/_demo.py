"""Fixed demo markets with house liquidity, for `make demo` and `python -m kalshi.testing`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._fake import FakeExchange

DEMO_MARKETS = {
    # ticker: (YES bids, YES asks) of the house, as (price, count)
    "KXHIGHNY-26NOV23-T60": ([("0.41", 100), ("0.40", 200)], [("0.44", 60), ("0.46", 150)]),
    "KXHIGHNY-26NOV23-T65": ([("0.18", 120)], [("0.22", 80), ("0.24", 100)]),
    "KXBTC-26NOV23-B100K": ([("0.55", 75)], [("0.58", 90)]),
}


def seed_demo_markets(exchange: FakeExchange) -> list[str]:
    """Open the demo markets, rest house liquidity on both sides of each; returns the tickers."""
    for ticker, (bids, asks) in DEMO_MARKETS.items():
        exchange.add_market(ticker)
        exchange.seed_liquidity(ticker, bids=bids, asks=asks)
    return list(DEMO_MARKETS)
