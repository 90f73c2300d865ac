"""Money: cash, what resting orders reserve, positions, fees, marking and settlement.

What a resting order reserves: the cost of the contracts it would buy (a bid count x price, an
ask count x (1 - price)), except the part that would close contracts already held on the other
side (an ask while holding YES, a bid while holding NO): that part is paid for by the contracts
it sells. Held contracts cover the member's closing orders best first. The available balance
(`balance` in GetBalance) is cash less every reservation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import ROUND_CEILING, Decimal

from ._model import CENT, HOUSE, ONE, ZERO, Market, Order, Position, User, unit_cost

TAKER_FEE_RATE = Decimal("0.07")
UNTRADED_MARK = Decimal("0.5")
COST_QUANTUM = Decimal("1e-10")  # a partial close releases average cost, rounded this fine


def taker_fee(count: Decimal, price: Decimal) -> Decimal:
    """Kalshi's published taker fee: 0.07 x contracts x P x (1 - P), rounded up to the cent."""
    raw = TAKER_FEE_RATE * count * price * (ONE - price)
    return raw.quantize(CENT, rounding=ROUND_CEILING)


def market_reservation(held: Decimal, orders: Iterable[Order]) -> Decimal:
    """What one member's resting orders in one market reserve, given the contracts held."""
    closing_side = "ask" if held > 0 else "bid"
    cover = abs(held)
    total = ZERO
    for order in sorted(orders, key=lambda o: (o.side, o.priority)):
        covered = min(order.remaining, cover) if order.side == closing_side else ZERO
        cover -= covered
        total += (order.remaining - covered) * unit_cost(order.side, order.price)
    return total


def reserved(user: User, extra: Order | None = None) -> Decimal:
    """Every reservation of `user` (with `extra` counted as if it rested in full)."""
    if user.user_id == HOUSE:
        return ZERO
    by_market: dict[str, list[Order]] = defaultdict(list)
    for order in user.resting.values():
        by_market[order.ticker].append(order)
    if extra is not None:
        by_market[extra.ticker].append(extra)
    return sum((market_reservation(held(user, t), orders) for t, orders in by_market.items()), ZERO)


def available(user: User) -> Decimal:
    """Cash less what resting orders reserve."""
    return user.cash - reserved(user)


def held(user: User, ticker: str) -> Decimal:
    position = user.positions.get(ticker)
    return position.contracts if position else ZERO


def position(user: User, ticker: str) -> Position:
    return user.positions.setdefault(ticker, Position())


def book_fill(
    user: User, ticker: str, side: str, price: Decimal, size: Decimal, now: float
) -> None:
    """Move cash and contracts for one fill. Buying first closes contracts held on the other
    side (each YES + NO pair pays out $1 at once), then opens; a fill may do both (a flip)."""
    pos = position(user, ticker)
    opposite = max(ZERO, -pos.contracts) if side == "bid" else max(ZERO, pos.contracts)
    closing = min(size, opposite)
    opening = size - closing
    proceeds = closing * (ONE - unit_cost(side, price))
    paid = opening * unit_cost(side, price)
    if closing:
        released = (
            pos.cost
            if closing == abs(pos.contracts)
            else (pos.cost * closing / abs(pos.contracts)).quantize(COST_QUANTUM)
        )
        pos.cost -= released
        pos.realized_pnl += proceeds - released
    pos.cost += paid
    pos.contracts += size if side == "bid" else -size
    pos.traded += size * price
    pos.volume += size
    pos.updated = now
    user.cash += proceeds - paid


def charge_fee(user: User, ticker: str, fee: Decimal) -> None:
    user.cash -= fee
    position(user, ticker).fees_paid += fee


def mark(market: Market) -> Decimal:
    return market.last_price if market.last_price is not None else UNTRADED_MARK


def portfolio_value(user: User, markets: dict[str, Market]) -> Decimal:
    """Open positions at the last trade price (0.50 before the first trade)."""
    value = ZERO
    for ticker, pos in user.positions.items():
        price = mark(markets[ticker])
        value += pos.contracts * price if pos.contracts > 0 else -pos.contracts * (ONE - price)
    return value


def pay_out(user: User, market: Market, result: str, now: float) -> None:
    """$1 per winning contract; the position closes and its record is kept."""
    pos = user.positions.get(market.ticker)
    if pos is None or pos.contracts == 0:
        return
    yes, no = max(ZERO, pos.contracts), max(ZERO, -pos.contracts)
    payout = yes if result == "yes" else no
    user.cash += payout
    pos.realized_pnl += payout - pos.cost
    user.settlements.append(
        {
            "ticker": market.ticker,
            "event_ticker": market.event_ticker,
            "result": result,
            "yes": yes,
            "no": no,
            "yes_cost": pos.cost if yes else ZERO,
            "no_cost": pos.cost if no else ZERO,
            "revenue": payout,
            "ts": now,
        }
    )
    pos.contracts, pos.cost = ZERO, ZERO
