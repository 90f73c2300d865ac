"""The quickstart, run by `make demo`: a trading session against the embedded offline exchange.

It starts the fake exchange on 127.0.0.1, creates a user with an API key, and then uses the
real client over real HTTP and a real WebSocket exactly as against Kalshi: it streams an order
book and the user's fills while it trades — balance, a few V2 orders (some fill against house
liquidity), pagination of orders and fills, the balance while orders rest, a batch cancel,
positions, balance — and shows what streamed: the fills, and the live book beside REST's.
Against Kalshi itself, replace the first block with `KalshiClient.from_env()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import zip_longest

from kalshi import KalshiClient, money
from kalshi.orders import LimitOrderFields
from kalshi.stream import OrderBook, Resync, Stream, SyncSubscription
from kalshi.testing import FakeExchange, seed_demo_markets
from kalshi_api.api.orders import get_orders
from kalshi_api.api.portfolio import (
    get_balance,
    get_fills,
    get_portfolio_resting_order_total_value,
    get_positions,
)
from kalshi_api.models import OrderbookCountFp
from kalshi_ws.models import Fill, FillMsg


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

    orders: list[tuple[str, LimitOrderFields]] = [
        # buy YES 50 at up to 0.46: crosses the house asks at 0.44 and 0.46
        ("KXHIGHNY-26NOV23-T60", {"action": "buy", "outcome": "yes", "count": 50, "price": "0.46"}),
        # buy NO 30 at 0.82 = sell YES at 0.18: fills against the house bid at 0.18
        ("KXHIGHNY-26NOV23-T65", {"action": "buy", "outcome": "no", "count": 30, "price": "0.82"}),
        # resting bids below the market
        ("KXHIGHNY-26NOV23-T60", {"side": "bid", "count": 10, "price": "0.35"}),
        ("KXHIGHNY-26NOV23-T65", {"side": "bid", "count": 25, "price": "0.12"}),
        ("KXBTC-26NOV23-B100K", {"side": "ask", "count": "12.5", "price": "0.65"}),
    ]  # fmt: skip
    acks = [client.place_order(ticker, **fields) for ticker, fields in orders]
    table(
        "Orders placed (V2, single YES book)",
        ["ticker", "order", "side", "price", "count", "filled", "resting", "avg fill"],
        [
            [
                ticker,
                a.order_id[:8] if isinstance(a.order_id, str) else "?",
                *_book(fields),
                a.fill_count,
                a.remaining_count,
                a.average_fill_price if isinstance(a.average_fill_price, str) else "-",
            ]
            for (ticker, fields), a in zip(orders, acks, strict=True)
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


def _book(order: LimitOrderFields) -> list[object]:
    """The book side and YES price an order ends up as (buy NO at p = ask at 1 - p)."""
    count = money.count(order["count"])
    side, action, outcome = order.get("side"), order.get("action"), order.get("outcome")
    if side is not None:
        return [side, money.price(order["price"]), count]
    assert action is not None and outcome is not None
    side, yes_price = money.to_book(action, outcome, order["price"])
    return [side, money.price(yes_price), count]


BOOK_TICKER = "KXHIGHNY-26NOV23-T60"


def show_book(book: OrderBook, label: str) -> None:
    """The live book: YES bids, and NO bids (a NO bid at q is a YES ask at 1 - q)."""
    rows = [
        [f"{yes[0]:.2f} x {yes[1]}" if yes else "", f"{no[0]:.2f} x {no[1]}" if no else ""]
        for yes, no in zip_longest(book.levels("yes", 4), book.levels("no", 4))
    ]
    table(
        f"{label}: best bid {book.best_bid}, best ask {book.best_ask}",
        ["YES bids", "NO bids"],
        rows,
    )


def show_streamed_fills(fills: SyncSubscription, expected: int) -> None:
    """The fills the stream delivered while the session traded (each carries its order_id)."""
    rows: list[list[object]] = []
    while len(rows) < expected:
        message = fills.get(timeout=10)
        if isinstance(message, Resync):  # never on loopback; a real client would re-read REST
            print(f"  (stream marker: {message.reason})")
        elif isinstance(message, Fill) and isinstance(message.msg, FillMsg):
            f = message.msg
            role = "taker" if f.is_taker else "maker"
            rows.append(
                [f.market_ticker, str(f.order_id)[:8], f.book_side, f.yes_price_dollars,
                 f.count_fp, role, f.post_position_fp]
            )  # fmt: skip
    table(
        "Fills, as streamed while the session traded",
        ["ticker", "order", "side", "price", "count", "role", "position"],
        rows,
    )


def same_as_rest(client: KalshiClient, stream: Stream, book: OrderBook) -> bool:
    stream.list_subscriptions()  # a command round trip: every earlier update has been read
    rest = client.market.get_market_orderbook(BOOK_TICKER).orderbook_fp
    assert isinstance(rest, OrderbookCountFp)
    as_rest = [[[f"{p:.4f}", f"{c:.2f}"] for p, c in book.levels(side)] for side in ("yes", "no")]
    return as_rest == [rest.yes_dollars or [], rest.no_dollars or []]


def main() -> None:
    exchange = FakeExchange()
    seed_demo_markets(exchange)
    user = exchange.add_user(balance=Decimal("500"))
    with exchange.serve() as base_url:
        print(f"Fake Kalshi exchange on {base_url} (offline); API key {user.key_id[:8]}...")
        print(f"Its WebSocket API: {base_url.ws_url}")
        with (
            KalshiClient(user.key_id, user.private_key_pem, base_url=base_url) as client,
            client.stream() as stream,
        ):
            book = stream.order_book(BOOK_TICKER).wait_ready(timeout=10)
            fills = stream.subscribe("fill")
            show_book(book, f"Order book of {BOOK_TICKER}, streamed, before trading")
            session(client)
            show_streamed_fills(fills, expected=len(list(client.paginate(get_fills))))
            show_book(book, f"Order book of {BOOK_TICKER}, streamed, after trading")
            equal = same_as_rest(client, stream, book)
            print(f"  streamed book equals REST GetMarketOrderbook: {equal}")


if __name__ == "__main__":
    main()
