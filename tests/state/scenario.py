"""A small market-making bot driven through the fake exchange under REST and stream faults,
and the exchange's truth read straight from its engine, to compare the bot's view against.

The counterparty acts on the engine directly (under the app's lock, as its REST handlers do),
so its trades meet no injected fault and are published on the stream like any other.
"""

from __future__ import annotations

import functools
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kalshi import KalshiError
from kalshi.state import AccountState, FillReceived, OrderFilled, OrderState
from kalshi.testing import Credentials, FakeExchange
from kalshi.testing._faults import Fault
from kalshi.testing._stream._faults import StreamFault
from kalshi.testing.handlers import _wire as wire

from .traders import Trader

T, U = "KXBOT-26DEC31-A", "KXBOT-26DEC31-B"
TICKERS = (T, U)
TICK = Decimal("0.01")
LIMIT = Decimal(25)  # the bot's position limit per market, in contracts
WAIT_S = 60.0  # generous: a wait only ends early when the view is right


# --------------------------------------------------------------------------- faults


@dataclass
class Injected:
    """The faults in force, by REST operation (or "*") and by stream channel; the first fill
    cuts the connection for sure (then fills meet their rate), so every run has one."""

    exchange: FakeExchange
    rest: dict[str, Fault]
    stream: dict[str, list[StreamFault]]

    def next_round(self) -> None:
        """Once the certain drop has fired, fills meet the rate given for them."""
        (first, *rest) = self.stream["fill"]
        if first.times == 0 and not rest:
            fault = self.exchange.inject_stream("fill", **STREAM_FAULTS["fill"])
            self.stream["fill"].append(fault)

    def fired(self) -> dict[str, int]:
        """How many of each fault fired, by route or channel and kind."""
        counts = {
            f"{route} {kind}": n for route, f in self.rest.items() for kind, n in f.fired.items()
        }
        for channel, faults in self.stream.items():
            for fault in faults:
                for kind, n in fault.fired.items():
                    key = f"{channel} {kind}"
                    counts[key] = counts.get(key, 0) + n
        return dict(sorted(counts.items()))


REST_FAULTS: dict[str, dict[str, float]] = {
    # creates: 5xx, 429, dropped before handling, and accepted-then-cut (outcome unknown)
    "CreateOrderV2": dict(
        error_rate=0.1, rate_limit_rate=0.1, drop_rate=0.05, commit_then_fail_rate=0.15
    ),
    "AmendOrderV2": dict(error_rate=0.1, drop_rate=0.05, commit_then_fail_rate=0.1),
    "DecreaseOrderV2": dict(error_rate=0.1, drop_rate=0.05, commit_then_fail_rate=0.1),
    "CancelOrderV2": dict(error_rate=0.1, rate_limit_rate=0.05, commit_then_fail_rate=0.1),
    "BatchCancelOrdersV2": dict(error_rate=0.1, commit_then_fail_rate=0.1),
    # every read (seeding, reconciling, the client's own look-ups)
    "*": dict(error_rate=0.05, rate_limit_rate=0.05, drop_rate=0.03),
}
STREAM_FAULTS: dict[str, dict[str, float]] = {
    "fill": dict(drop_rate=0.2),  # the connection dropped in the middle of a fill
    "market_positions": dict(drop_rate=0.05),
    "user_orders": dict(terminal_rate=0.05),  # error 25: the subscription is made again
    "orderbook_delta": dict(skip_seq_rate=0.15, repeat_seq_rate=0.05),  # the bot's books
}


def inject(exchange: FakeExchange) -> Injected:
    rest = {k: exchange.inject(k, **v) for k, v in REST_FAULTS.items()}
    stream = {k: [exchange.inject_stream(k, **v)] for k, v in STREAM_FAULTS.items() if k != "fill"}
    stream["fill"] = [exchange.inject_stream("fill", drop_rate=1.0, times=1)]
    return Injected(exchange, rest, stream)


# --------------------------------------------------------------------------- the market


def make_exchange(seed: int) -> FakeExchange:
    exchange = FakeExchange(seed=seed)
    for ticker in TICKERS:
        exchange.add_market(ticker)
        exchange.seed_liquidity(ticker, bids=[("0.10", 1000)], asks=[("0.90", 1000)])
    return exchange


class Counterparty:
    """Another member, trading against the bot when the test says so."""

    def __init__(self, exchange: FakeExchange, bot: Credentials) -> None:
        self.exchange = exchange
        self.bot = bot
        self.me = exchange.add_user(balance="1000000")

    def _place(self, ticker: str, side: str, price: Decimal, count: Decimal, tif: str) -> Any:
        with self.exchange.app.lock:
            return self.exchange.state.place(
                self.me.user_id,
                ticker=ticker,
                side=side,
                price=price,
                count=count,
                time_in_force=tif,
            )

    def bot_resting(self, ticker: str) -> list[tuple[str, str, Decimal, Decimal]]:
        """The bot's resting orders as the exchange has them: (order_id, side, price, left)."""
        with self.exchange.app.lock:
            orders = self.exchange.state.resting(self.bot.user_id)
            return [
                (o.order_id, o.side, o.price, o.remaining) for o in orders if o.ticker == ticker
            ]

    def hit(self, ticker: str, side: str, price: Decimal, count: Decimal) -> None:
        """Trade `count` against a bot order resting on `side` at `price` (and nothing else)."""
        self._place(ticker, "ask" if side == "bid" else "bid", price, count, "immediate_or_cancel")

    def rest(self, ticker: str, side: str, price: Decimal, count: Decimal) -> str:
        return str(self._place(ticker, side, price, count, "good_till_canceled").order_id)

    def cancel(self, order_id: str) -> None:
        with self.exchange.app.lock:
            if self.exchange.state.orders[order_id].status == "resting":
                self.exchange.state.cancel(self.me.user_id, order_id)


# --------------------------------------------------------------------------- the bot


@dataclass
class BotLog:
    """What the bot did and what it met on the way."""

    client_order_ids: list[str] = field(default_factory=list, repr=False)
    errors: dict[str, int] = field(default_factory=dict)
    hits: int = 0
    flips: int = 0
    reactions: int = 0

    def failed(self, what: str, error: KalshiError) -> None:
        key = f"{what}: {type(error).__name__}"
        self.errors[key] = self.errors.get(key, 0) + 1


class Bot:
    """Quotes both sides around the book's mid, lets the counterparty trade, waits for the
    fills, reacts to fill events (requotes), flips its position now and then, cancels."""

    def __init__(self, trader: Trader, counterparty: Counterparty, rng: random.Random) -> None:
        self.trader = trader
        self.cp = counterparty
        self.rng = rng
        self.log = BotLog()
        self._seen_events = 0

    def _coid(self) -> str:
        coid = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        self.log.client_order_ids.append(coid)
        return coid

    async def place(
        self, ticker: str, side: str, price: Decimal, count: Decimal, **extra: Any
    ) -> OrderState | None:
        try:
            return await self.trader.place(
                ticker, side=side, count=count, price=price, client_order_id=self._coid(), **extra
            )
        except KalshiError as error:  # it may have landed: the view finds out by itself
            self.log.failed("place", error)
            return None

    def position(self, ticker: str) -> Decimal:
        held = self.trader.read(lambda s: s.position(ticker))
        return held.position if held is not None else Decimal(0)

    def mid(self, ticker: str) -> Decimal:
        book = self.trader.book(ticker)
        bid, ask = (book.best_bid, book.best_ask) if book.is_ready else (None, None)
        if bid is None or ask is None:
            return Decimal("0.50")
        return min(max(((bid + ask) / 2).quantize(TICK), Decimal("0.20")), Decimal("0.80"))

    async def round(self, number: int) -> None:
        ticker = self.rng.choice(TICKERS)
        mid, held = self.mid(ticker), self.position(ticker)
        spread = TICK * self.rng.randint(2, 4)
        size = Decimal(self.rng.randint(3, 10))
        if held < LIMIT:
            await self.place(ticker, "bid", mid - spread, size)
        if held > -LIMIT:
            await self.place(ticker, "ask", mid + spread, size)
        await self.counterparty_trades(ticker)
        await self.react()
        if number % 4 == 3:
            await self.flip(ticker)
        await self.cancel_all(ticker, batch=number % 2 == 0)

    async def counterparty_trades(self, ticker: str) -> None:
        """The counterparty trades some of what the bot has resting; the bot waits for it."""
        hit: list[str] = []
        for order_id, side, price, left in self.cp.bot_resting(ticker):
            if self.rng.random() < 0.6:
                self.cp.hit(ticker, side, price, Decimal(self.rng.randint(1, int(left))))
                hit.append(order_id)
        self.log.hits += len(hit)
        for order_id in hit:  # known at once, or once a reconcile finds its lost create
            await self.trader.wait_for(order_id, "filled", WAIT_S)

    async def react(self) -> None:
        """Requote what the fill events name: the rest moves a tick away, or shrinks."""
        events = self.trader.events[self._seen_events :]
        self._seen_events += len(events)
        filled = {e.order.key for e in events if isinstance(e, OrderFilled)}
        for key in sorted(filled):
            order = self.trader.read(functools.partial(AccountState.order, key=key))
            if order is None or order.status != "resting" or order.price is None:
                continue
            self.log.reactions += 1
            try:
                if order.remaining is not None and order.remaining > 1 and self.rng.random() < 0.5:
                    await self.trader.decrease(order, Decimal(1))
                else:
                    away = -TICK if order.side == "bid" else TICK
                    await self.trader.amend(order, order.price + away, order.initial or Decimal(1))
            except KalshiError as error:
                self.log.failed("requote", error)

    async def flip(self, ticker: str) -> None:
        """Cross the counterparty's resting order with more than the position: long to short
        (or short to long) in one order, which closes and opens in the same fill."""
        held = self.position(ticker)
        side = "ask" if held >= 0 else "bid"
        count = abs(held) + Decimal(self.rng.randint(2, 6))
        price = Decimal("0.55") if side == "ask" else Decimal("0.45")
        resting = self.cp.rest(ticker, "bid" if side == "ask" else "ask", price, count)
        order = await self.place(ticker, side, price, count, time_in_force="immediate_or_cancel")
        if order is not None:
            self.log.flips += 1
            await self.trader.wait_for(order, "terminal", WAIT_S)
        self.cp.cancel(resting)

    async def cancel_all(self, ticker: str, *, batch: bool) -> None:
        resting = self.trader.read(lambda s: s.orders(status="resting", ticker=ticker))
        try:
            if batch:
                await self.trader.batch_cancel(resting)
                return
            for order in resting:
                await self.trader.cancel(order)
        except KalshiError as error:
            self.log.failed("cancel", error)


# --------------------------------------------------------------------------- the truth


@dataclass(frozen=True)
class Truth:
    """The bot's account as the exchange's engine holds it."""

    orders: dict[str, tuple[Any, ...]]  # order_id -> status, filled, remaining, price, initial
    client_order_ids: list[str]
    fills: dict[tuple[str, str], tuple[Decimal, Decimal, Decimal]]  # count, price, fee
    positions: dict[str, tuple[Decimal, Decimal, Decimal, Decimal]]  # size, cost, pnl, fees
    balance: Decimal
    reserved: Decimal


def reported(amount: Decimal) -> Decimal:
    """An amount as the exchange's REST and stream report it (its ledger keeps more places)."""
    return Decimal(wire.dollars(amount))


def truth(exchange: FakeExchange, who: Credentials) -> Truth:
    with exchange.app.lock:
        mine = [o for o in exchange.state.orders.values() if o.user_id == who.user_id]
        user = exchange.state.users[who.user_id]
        return Truth(
            orders={
                o.order_id: (o.status, o.filled, o.remaining, o.price, o.initial) for o in mine
            },
            client_order_ids=[o.client_order_id for o in mine],
            fills={
                (str(f["trade_id"]), str(f["order_id"])): (
                    Decimal(str(f["count"])),
                    Decimal(str(f["price"])),
                    Decimal(str(f["fee"])),
                )
                for f in user.fills
            },
            positions={  # as the exchange reports them: dollars to four places
                t: (p.contracts, reported(p.cost), reported(p.realized_pnl), reported(p.fees_paid))
                for t, p in user.positions.items()
            },
            balance=exchange.state.available(who.user_id),
            reserved=exchange.state.reserved(who.user_id),
        )


def differences(state: AccountState, truth: Truth, *, money: bool = False) -> list[str]:
    """Where the view differs from the truth (empty: it matches); `money` adds the balance
    and the reserved amount, which only REST reports."""
    found: list[str] = []
    known = {o.order_id: o for o in state.orders() if o.order_id is not None}
    pending = [o.client_order_id for o in state.orders(status="pending")]
    if pending:
        found.append(f"still pending: {pending}")
    for order_id in sorted(set(known) | set(truth.orders)):
        view, real = known.get(order_id), truth.orders.get(order_id)
        seen = view and (view.status, view.filled, view.remaining, view.price, view.initial)
        if seen != real:
            found.append(f"order {order_id}: view {seen}, exchange {real}")
    fills = {f.key: (f.count, f.price, f.fee) for f in state.fills()}
    if fills != truth.fills:
        found.append(f"fills: view {len(fills)}, exchange {len(truth.fills)}")
    for ticker in sorted(set(state.positions) | set(truth.positions)):
        held = state.position(ticker)
        view_pos = held and (held.position, held.cost, held.realized_pnl, held.fees_paid)
        real_pos = truth.positions.get(ticker)
        if view_pos != real_pos and not (
            real_pos is None and held is not None and held.position == 0
        ):
            found.append(f"position {ticker}: view {view_pos}, exchange {real_pos}")
    if money and (state.balance, state.reserved) != (truth.balance, truth.reserved):
        found.append(
            f"money: view {state.balance, state.reserved}, exchange {truth.balance, truth.reserved}"
        )
    return found


def fills_counted_once(events: list[Any]) -> list[tuple[str, str]]:
    """The fills that a `FillReceived` announced more than once (should be none)."""
    keys = [e.fill.key for e in events if isinstance(e, FillReceived)]
    return sorted({k for k in keys if keys.count(k) > 1})
