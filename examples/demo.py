"""The quickstart, run by `make demo`: a trading session against the embedded offline exchange.

It starts the fake exchange on 127.0.0.1, creates a user with an API key, and then uses the
real client over real HTTP exactly as against Kalshi: balance, a few V2 orders (some fill
against house liquidity), pagination of orders and fills, the balance while orders rest, a
batch cancel, positions, balance.
Against Kalshi itself, replace the first block with `KalshiClient.from_env()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kalshi import KalshiClient, money
from kalshi.testing import FakeExchange, seed_demo_markets
from kalshi_api.api.orders import get_orders
from kalshi_api.api.portfolio import (
    get_balance,
    get_fills,
    get_portfolio_resting_order_total_value,
    get_positions,
)


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  " + "  ".join("-" * width for width in widths))
    if not rows:
        print("  (none)")


def show_balance(client: KalshiClient, label: str) -> None:
    """`balance` is what is available: cash less what resting orders reserve."""
    balance = get_balance.sync(client=client)
    resting = get_portfolio_resting_order_total_value.sync(client=client)
    available = money.cents_to_dollars(int(balance.balance or 0))
    reserved = money.cents_to_dollars(int(resting.total_resting_order_value or 0))
    value = money.cents_to_dollars(int(balance.portfolio_value or 0))
    table(
        label,
        ["available", "reserved by resting orders", "portfolio value"],
        [[f"${available:.2f}", f"${reserved:.2f}", f"${value:.2f}"]],
    )


def session(client: KalshiClient) -> None:
    show_balance(client, "Balance at start")

    orders = [
        # buy YES 50 at up to 0.46: crosses the house asks at 0.44 and 0.46
        dict(ticker="KXHIGHNY-26NOV23-T60", action="buy", outcome="yes", count=50, price="0.46"),
        # buy NO 30 at 0.82 = sell YES at 0.18: fills against the house bid at 0.18
        dict(ticker="KXHIGHNY-26NOV23-T65", action="buy", outcome="no", count=30, price="0.82"),
        # resting bids below the market
        dict(ticker="KXHIGHNY-26NOV23-T60", side="bid", count=10, price="0.35"),
        dict(ticker="KXHIGHNY-26NOV23-T65", side="bid", count=25, price="0.12"),
        dict(ticker="KXBTC-26NOV23-B100K", side="ask", count="12.5", price="0.65"),
    ]
    acks = [client.place_order(**order) for order in orders]  # type: ignore[arg-type]
    table(
        "Orders placed (V2, single YES book)",
        ["ticker", "order", "side", "price", "count", "filled", "resting", "avg fill"],
        [
            [
                o["ticker"],
                a.order_id[:8] if isinstance(a.order_id, str) else "?",
                *_book(o),
                a.fill_count,
                a.remaining_count,
                a.average_fill_price if isinstance(a.average_fill_price, str) else "-",
            ]
            for o, a in zip(orders, acks, strict=True)
        ],
    )

    all_orders = list(client.paginate(get_orders, page_size=2))  # 2 per page, to show paging
    table(
        "Orders, paginated 2 per page",
        ["ticker", "side", "price", "status", "filled", "remaining"],
        [
            [
                o.ticker,
                o.book_side,
                o.yes_price_dollars,
                o.status,
                o.fill_count_fp,
                o.remaining_count_fp,
            ]
            for o in all_orders
        ],
    )

    fills = list(client.paginate(get_fills))
    table(
        "Fills",
        ["ticker", "side", "price", "count", "fee"],
        [[f.ticker, f.book_side, f.yes_price_dollars, f.count_fp, f.fee_cost] for f in fills],
    )

    show_balance(client, "Balance with orders resting")
    resting = list(client.paginate(get_orders, status="resting"))
    report = client.batch_cancel(resting)
    table(
        "Batch cancel of the resting orders",
        ["order", "ok", "error"],
        [
            [
                item.order_id[:8] if item.order_id else "?",
                item.ok,
                item.error.code if item.error else "",
            ]
            for item in report
        ],
    )

    positions = list(client.paginate(get_positions, item_field="market_positions"))
    table(
        "Positions (positive = YES, negative = NO)",
        ["ticker", "contracts", "cost", "fees"],
        [
            [p.ticker, p.position_fp, p.market_exposure_dollars, p.fees_paid_dollars]
            for p in positions
        ],
    )
    show_balance(client, "Balance at end")


def _book(order: dict[str, object]) -> list[object]:
    """The book side and YES price an order ends up as (buy NO at p = ask at 1 - p)."""
    if "side" in order:
        return [order["side"], money.price(str(order["price"])), money.count(str(order["count"]))]
    side, yes_price = money.to_book(
        order["action"],
        order["outcome"],  # type: ignore[arg-type]
        str(order["price"]),
    )
    return [side, money.price(yes_price), money.count(str(order["count"]))]


def main() -> None:
    exchange = FakeExchange()
    seed_demo_markets(exchange)
    user = exchange.add_user(balance=Decimal("500"))
    with exchange.serve() as base_url:
        print(f"Fake Kalshi exchange on {base_url} (offline); API key {user.key_id[:8]}...")
        with KalshiClient(user.key_id, user.private_key_pem, base_url=base_url) as client:
            session(client)


if __name__ == "__main__":
    main()
