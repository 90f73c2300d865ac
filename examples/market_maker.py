"""A small market maker on the live account view, run offline against the embedded exchange.

`make_markets` is the bot (the README's *Market making with the view* shows it): it quotes
both sides around the book's mid, skewed by what it holds, requotes when a fill comes in
(woken by the view's events, not by polling), stops quoting a side at its position limit and
cancels everything on the way out. `main` serves the fake exchange on 127.0.0.1 with a second
member trading against the bot's quotes, so fills happen, and ends by itself in a few seconds.
Against Kalshi, call `make_markets(KalshiClient.from_env(), ticker)` instead.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from decimal import Decimal

from kalshi import KalshiClient, KalshiError, NotFoundError
from kalshi.money import BookSideName
from kalshi.state import AccountEvent, OrderFilled, OrderState
from kalshi.testing import FakeExchange

TICKER = "KXMM-26DEC31-T50"


# --- the bot (shown in the README) ----------------------------------------------------------
def make_markets(
    client: KalshiClient,
    ticker: str,
    *,
    seconds: float = 3.0,
    size: Decimal = Decimal(5),
    limit: Decimal = Decimal(20),
    edge: Decimal = Decimal("0.02"),
) -> None:
    tick = Decimal("0.01")
    with client.stream() as stream, client.account_state(stream) as view:
        book = stream.order_book(ticker).wait_ready(timeout=10)
        filled = threading.Event()

        def on_event(event: AccountEvent) -> None:  # on the view's thread, its lock held
            if isinstance(event, OrderFilled) and event.order.ticker == ticker:
                filled.set()

        with view.lock:
            view.state.subscribe(on_event)
        quotes: dict[str, OrderState] = {}  # "bid" / "ask" -> the order quoting it

        def requote() -> None:
            with view.lock:
                held = view.state.position(ticker)
                position = held.position if held is not None else Decimal(0)
                for side in list(quotes):
                    now = view.state.order(quotes[side].key)
                    if now is None or now.is_terminal:
                        del quotes[side]  # filled or gone: quote it afresh
            bid, ask = book.best_bid, book.best_ask
            mid = (bid + ask) / 2 if bid is not None and ask is not None else Decimal("0.50")
            mid -= position / limit * edge  # long: lower both quotes to sell more, buy less
            sides: list[tuple[BookSideName, Decimal, Decimal]] = [
                ("bid", mid - edge, limit - position),  # room: what may still be bought
                ("ask", mid + edge, limit + position),
            ]
            for side, price, room in sides:
                price = min(max(price.quantize(tick), tick), 1 - tick)
                count = min(size, room)  # what should rest on this side
                current = quotes.get(side)
                try:
                    if count <= 0:  # at the position limit: stop adding to it
                        if current is not None:
                            view.cancel_order(current)
                            del quotes[side]
                    elif current is None:
                        quotes[side] = view.place_order(ticker, side=side, count=count, price=price)
                    elif (current.price, current.remaining) != (price, count):
                        # an amend's count is the order's total: what filled, and what rests
                        total = current.filled + count
                        amended = view.amend_order(current, price=price, count=total)
                        if amended is not None:
                            quotes[side] = amended
                except NotFoundError:  # it filled or ended meanwhile: quote afresh next time
                    quotes.pop(side, None)
                except KalshiError as error:  # the view stays right; try again next time
                    print(f"  {side} at {price}: {error}")

        deadline = time.monotonic() + seconds
        try:
            while time.monotonic() < deadline:
                requote()
                filled.wait(timeout=0.2)  # a fill wakes it at once; else requote anyway
                filled.clear()
        finally:
            with view.lock:
                resting = view.state.orders(status="resting", ticker=ticker)
            if resting:
                view.batch_cancel(resting)  # cancel on exit
            view.resync()  # the balance comes from REST
            with view.lock:
                held = view.state.position(ticker)
                fills = view.state.fills()
                print(f"fills {len(fills)}, contracts {sum(f.count for f in fills)}")
                print(f"position {held.position if held else 0}, balance {view.state.balance}")
                print(f"resting {len(view.state.orders(status='resting', ticker=ticker))}")


# --- the offline world ------------------------------------------------------------------------
def counterparty(client: KalshiClient, ticker: str, stop: threading.Event) -> None:
    """Another member: every few tens of milliseconds it takes 1-3 contracts at the best price."""
    rng = random.Random(7)
    while not stop.wait(0.05):
        book = client.market.get_market_orderbook(ticker).orderbook_fp
        bids = getattr(book, "yes_dollars", None) or []
        no_bids = getattr(book, "no_dollars", None) or []
        if not bids or not no_bids:
            continue
        best_bid = max(Decimal(p) for p, _ in bids)
        best_ask = 1 - max(Decimal(p) for p, _ in no_bids)
        side: BookSideName = "ask" if rng.random() < 0.5 else "bid"
        price = best_bid if side == "ask" else best_ask
        count = rng.randint(1, 3)
        try:
            client.place_order(
                ticker, side=side, count=count, price=price, time_in_force="immediate_or_cancel"
            )
        except KalshiError as error:
            print(f"  counterparty: {error}")


def main() -> int:
    exchange = FakeExchange(seed=1)
    exchange.add_market(TICKER)
    exchange.seed_liquidity(TICKER, bids=[("0.40", 100)], asks=[("0.60", 100)])
    bot, other = exchange.add_user(balance="1000"), exchange.add_user(balance="1000")
    with exchange.serve() as served:
        client = KalshiClient(bot.key_id, bot.private_key_pem, base_url=served)
        taker = KalshiClient(other.key_id, other.private_key_pem, base_url=served)
        stop = threading.Event()
        trader = threading.Thread(target=counterparty, args=(taker, TICKER, stop), daemon=True)
        trader.start()
        try:
            make_markets(client, TICKER)
        finally:
            stop.set()
            trader.join(10)
            client.close()
            taker.close()
        held, balance, reserved = (
            exchange.position(bot, TICKER),
            exchange.balance(bot),
            exchange.reserved(bot),
        )
        print(f"the exchange: position {held}, balance {balance}, reserved {reserved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
