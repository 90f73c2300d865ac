"""P&L of one market from the fills seen and its settlement: average-cost accounting, Decimal.

The client computes it itself, from its own fills, so it can be checked against what the
exchange reports rather than repeat it. Positions are signed (> 0 YES held, < 0 NO held) and
prices are YES prices; a bid buys YES at the price p, an ask buys NO at 1 - p. For each fill
of n contracts, in the order they happened:

* unit = p for a bid, 1 - p for an ask (what one contract bought costs);
* closing = the part of n that meets contracts held on the other side (a YES + NO pair pays
  out $1 at once); opening = the rest (a fill may close and then open: a flip);
* proceeds = closing x (1 - unit); released = cost x closing / |position| (average cost,
  rounded to 1e-10; all of it when the position closes in full);
* realized += proceeds - released; cost += opening x unit - released; fees += the fill's fee.

A settlement pays `yes_value` per YES contract and 1 - `yes_value` per NO contract held:
realized += payout - cost, and the position and its cost are zero. Marked at a YES price m,
an open position is worth position x m (YES) or |position| x (1 - m) (NO):
unrealized = that worth - cost. net = realized - fees + unrealized.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ._model import ZERO, FillRecord

ONE = Decimal(1)
COST_QUANTUM = Decimal("1e-10")  # a partial close releases average cost rounded this fine


@dataclass(frozen=True, slots=True)
class SettlementRecord:
    """A market's settlement as the account saw it (GetSettlements)."""

    ticker: str
    result: str  # "yes", "no" or "scalar"
    yes_value: Decimal  # what one YES contract paid, in dollars; a NO contract paid 1 - this
    fee: Decimal
    ts_ms: int | None


@dataclass(frozen=True, slots=True)
class PnL:
    """One market's P&L, in dollars: `realized` by closing and settling (before fees), `fees`
    paid on its fills (and settlement), `unrealized` of the open `position` at `mark` (None
    when the position is open and no mark is known). `position` and `cost` are as the fills
    counted them (both zero once settled)."""

    ticker: str
    position: Decimal
    cost: Decimal
    realized: Decimal
    fees: Decimal
    mark: Decimal | None
    unrealized: Decimal | None
    settled: bool
    fills: int  # fills counted (a fill whose side or market is unknown cannot be)

    @property
    def realized_net(self) -> Decimal:
        """What closing and settling made after fees."""
        return self.realized - self.fees

    @property
    def net(self) -> Decimal | None:
        """realized - fees + unrealized; None when the open position has no mark."""
        return None if self.unrealized is None else self.realized_net + self.unrealized

    @property
    def average_cost(self) -> Decimal | None:
        """What one open contract cost on average (None when flat)."""
        return self.cost / abs(self.position) if self.position else None


def unit_cost(side: str, price: Decimal) -> Decimal:
    """What one contract bought costs: a bid pays the YES price, an ask the NO price."""
    return price if side == "bid" else ONE - price


def unrealized(position: Decimal, cost: Decimal, mark: Decimal) -> Decimal:
    """The open position marked at the YES price `mark`, less what it cost."""
    worth = position * mark if position > 0 else -position * (ONE - mark)
    return worth - cost


@dataclass(slots=True)
class Running:
    """The running account of one market while its fills are replayed."""

    position: Decimal = ZERO
    cost: Decimal = ZERO
    realized: Decimal = ZERO
    fees: Decimal = ZERO
    fills: int = 0
    settled: bool = False

    def fill(self, side: str, price: Decimal, count: Decimal, fee: Decimal) -> None:
        unit = unit_cost(side, price)
        held_against = max(ZERO, -self.position) if side == "bid" else max(ZERO, self.position)
        closing = min(count, held_against)
        if closing:
            released = (
                self.cost
                if closing == abs(self.position)
                else (self.cost * closing / abs(self.position)).quantize(COST_QUANTUM)
            )
            self.cost -= released
            self.realized += closing * (ONE - unit) - released
        self.cost += (count - closing) * unit
        self.position += count if side == "bid" else -count
        self.fees += fee
        self.fills += 1

    def settle(self, settlement: SettlementRecord) -> None:
        yes, no = max(ZERO, self.position), max(ZERO, -self.position)
        payout = yes * settlement.yes_value + no * (ONE - settlement.yes_value)
        self.realized += payout - self.cost
        self.fees += settlement.fee
        self.position, self.cost, self.settled = ZERO, ZERO, True


def in_order(fills: Iterable[FillRecord]) -> list[FillRecord]:
    """Fills by the exchange's time; those of the same millisecond (or when a time is
    missing) in the order given, which is the order they were learnt."""
    listed = list(fills)
    if any(f.ts_ms is None for f in listed):
        return listed
    return sorted(listed, key=lambda f: f.ts_ms or 0)


def market_pnl(
    ticker: str,
    fills: Iterable[FillRecord],
    settlement: SettlementRecord | None = None,
    mark: Decimal | None = None,
) -> PnL:
    """Replay `ticker`'s fills (any others are skipped), then its settlement; mark the rest."""
    run = Running()
    for fill in in_order(fills):
        if fill.ticker == ticker and fill.side in ("bid", "ask"):
            run.fill(fill.side, fill.price, fill.count, fill.fee)
    if settlement is not None:
        run.settle(settlement)
    value = ZERO if run.position == 0 else None
    if run.position and mark is not None:
        value = unrealized(run.position, run.cost, mark)
    return PnL(
        ticker=ticker,
        position=run.position,
        cost=run.cost,
        realized=run.realized,
        fees=run.fees,
        mark=mark,
        unrealized=value,
        settled=run.settled,
        fills=run.fills,
    )
