"""P&L from fills, by hand-computed numbers: average cost, closes, flips, settlement, marks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi.state import (
    AccountState,
    FillRecord,
    MarketSettled,
    Marks,
    Quote,
    RestSnapshot,
    SettlementRecord,
    market_pnl,
    reconcile,
)
from kalshi.stream import parse
from kalshi_api.models import Fill as RestFill
from kalshi_api.models import Settlement as RestSettlement

T = "KXPNL-26-T"
D = Decimal
_trades = iter(range(1, 10_000))


def fill(
    side: str, count: str, price: str, fee: str = "0", *, ticker: str = T, ts: int = 0
) -> FillRecord:
    n = next(_trades)
    return FillRecord(
        trade_id=f"t{n}",
        order_id=f"o{n}",
        ticker=ticker,
        side=side,
        count=D(count),
        price=D(price),
        fee=D(fee),
        is_taker=True,
        ts_ms=ts or n,
    )


def settled(result: str, yes_value: str) -> SettlementRecord:
    return SettlementRecord(ticker=T, result=result, yes_value=D(yes_value), fee=D(0), ts_ms=None)


# Buy 10 YES at 0.40, sell 4 at 0.50, then sell 10 at 0.30: closes 6 and opens 4 NO at 0.70.
ROUND = [
    ("bid", "10", "0.40", "0.17"),  # 0.07 x 10 x 0.4 x 0.6 = 0.168, up to the cent
    ("ask", "4", "0.50", "0.07"),  # closes 4: 4 x 0.50 back, 4 x 0.40 released: +0.40
    ("ask", "10", "0.30", "0.15"),  # closes 6: 6 x 0.30 back, 2.40 released: -0.60; 4 x 0.70 paid
]


def round_trip() -> list[FillRecord]:
    return [fill(*row) for row in ROUND]


def test_no_fills_is_all_zero_and_flat() -> None:
    pnl = market_pnl(T, [])
    assert (pnl.position, pnl.cost, pnl.realized, pnl.fees, pnl.unrealized) == (D(0),) * 5
    assert pnl.net == 0 and pnl.average_cost is None and pnl.fills == 0 and not pnl.settled


def test_a_close_and_a_flip_realize_at_average_cost() -> None:
    pnl = market_pnl(T, round_trip())
    assert pnl.realized == D("-0.20")
    assert pnl.fees == D("0.39")
    assert pnl.realized_net == D("-0.59")
    assert pnl.position == D(-4) and pnl.cost == D("2.80") and pnl.average_cost == D("0.70")
    assert pnl.fills == 3
    assert pnl.unrealized is None and pnl.net is None  # open, and no mark given


def test_unrealized_of_a_no_position_is_marked_at_one_minus_the_yes_price() -> None:
    pnl = market_pnl(T, round_trip(), mark=D("0.25"))
    assert pnl.unrealized == D("0.20")  # 4 NO worth 4 x 0.75 = 3.00, cost 2.80
    assert pnl.net == D("-0.39")  # -0.20 - 0.39 + 0.20
    # the whole story in cash: 4.00 paid, 2.00 and 1.80 back, 2.80 paid; 3.00 held
    assert pnl.realized + pnl.unrealized == D(0)


def test_a_no_position_opened_from_flat_by_an_ask() -> None:
    pnl = market_pnl(T, [fill("ask", "10", "0.65", "0.16")], mark=D("0.60"))
    assert pnl.position == D(-10) and pnl.cost == D("3.50")  # NO bought at 0.35
    assert pnl.unrealized == D("0.50")  # 10 x 0.40 - 3.50
    assert pnl.realized == 0 and pnl.net == D("0.34")


def test_a_yes_position_marked_at_a_yes_price() -> None:
    pnl = market_pnl(T, [fill("bid", "10", "0.40")], mark=D("0.55"))
    assert pnl.unrealized == D("1.50")


def test_a_partial_close_releases_average_cost_rounded_to_1e_10_and_a_full_close_the_rest() -> None:
    opened = [fill("bid", "3", "0.10"), fill("bid", "4", "0.15")]  # 0.90 for 7
    partly = market_pnl(T, [*opened, fill("ask", "1", "0.20")])
    assert partly.realized == D("0.0714285714")  # 0.20 back - 0.90 / 7 = 0.1285714286
    assert partly.cost == D("0.7714285714")
    closed = market_pnl(T, [*opened, fill("ask", "1", "0.20"), fill("ask", "6", "0.20")])
    assert closed.realized == D("0.5000000000") and closed.cost == 0  # 1.40 back for 0.90
    assert closed.position == 0 and closed.unrealized == 0 and closed.net == D("0.5")


def test_a_flat_position_has_no_unrealized_whatever_the_mark() -> None:
    fills = [fill("bid", "5", "0.40"), fill("ask", "5", "0.45")]
    assert market_pnl(T, fills, mark=D("0.90")).unrealized == 0
    assert market_pnl(T, fills).net == D("0.25")


@pytest.mark.parametrize(
    ("result", "yes_value", "realized"),
    [("no", "0", "1.00"), ("yes", "1", "-3.00"), ("scalar", "0.30", "-0.20")],
)
def test_a_settlement_pays_the_contracts_the_fills_left_open(
    result: str, yes_value: str, realized: str
) -> None:
    pnl = market_pnl(T, round_trip(), settled(result, yes_value), mark=D("0.99"))
    assert pnl.realized == D(realized)  # -0.20, then 4 NO paid (1 - yes_value) each, less 2.80
    assert pnl.settled and pnl.position == 0 and pnl.cost == 0 and pnl.unrealized == 0
    assert pnl.fees == D("0.39")


def test_fills_are_replayed_in_the_exchange_s_time_order() -> None:
    late_close = fill("ask", "4", "0.50", ts=2_000)
    early_open = fill("bid", "10", "0.40", ts=1_000)
    assert market_pnl(T, [late_close, early_open]).realized == D("0.40")  # not a NO open


def test_fills_of_one_millisecond_keep_the_order_they_were_learnt_in() -> None:
    # held 3 NO at 0.60; one bid sweeps 0.40 then 0.45 in the same millisecond
    start = fill("ask", "3", "0.40", ts=1)
    first, second = fill("bid", "2", "0.40", ts=5), fill("bid", "3", "0.45", ts=5)
    assert market_pnl(T, [start, first, second]).cost == D("0.90")  # 2 YES opened at 0.45
    assert market_pnl(T, [start, second, first]).cost == D("0.80")  # 2 YES opened at 0.40


def test_fills_of_other_markets_or_without_a_side_are_not_counted() -> None:
    other = fill("bid", "5", "0.40", ticker="KXOTHER-26-T")
    sideless = FillRecord("t0", "o0", T, None, D(1), D("0.5"), D(0), None, None)
    pnl = market_pnl(T, [other, fill("bid", "2", "0.30")])
    assert pnl.position == D(2) and pnl.fills == 1
    assert market_pnl(T, [sideless]).fills == 0


# --------------------------------------------------------------------------- the engine


def stream_fill(trade_id: str, side: str, count: str, price: str, fee: str, ts_ms: int) -> object:
    msg = {
        "trade_id": trade_id,
        "order_id": f"o-{trade_id}",
        "market_ticker": T,
        "is_taker": True,
        "book_side": side,
        "yes_price_dollars": price,
        "count_fp": count,
        "fee_cost": fee,
        "ts_ms": ts_ms,
    }
    return parse({"type": "fill", "sid": 2, "msg": msg})


def rest_fill(trade_id: str, side: str, count: str, price: str, fee: str, ts_ms: int) -> RestFill:
    return RestFill.from_dict(
        {
            "fill_id": f"f-{trade_id}",
            "trade_id": trade_id,
            "order_id": f"o-{trade_id}",
            "ticker": T,
            "book_side": side,
            "count_fp": count,
            "yes_price_dollars": price,
            "is_taker": True,
            "fee_cost": fee,
            "ts": ts_ms // 1000,
            "created_time": "2026-11-23T10:00:0{}.{:03d}Z".format(*divmod(ts_ms, 1000)),
        }
    )


def rest_settlement(result: str, value: int | None) -> RestSettlement:
    return RestSettlement.from_dict(
        {
            "ticker": T,
            "event_ticker": "KXPNL-26",
            "market_result": result,
            "yes_count_fp": "0.00",
            "yes_total_cost_dollars": "0.0000",
            "no_count_fp": "4.00",
            "no_total_cost_dollars": "2.8000",
            "revenue": 400,
            "settled_time": "2026-11-23T12:00:00Z",
            "fee_cost": "0.0000",
            "value": value,
        }
    )


def test_the_engine_counts_a_fill_once_whether_rest_or_the_stream_saw_it() -> None:
    state = AccountState()
    state.apply(stream_fill("a", "bid", "10.00", "0.4000", "0.170000", 1_000))
    state.apply_rest_fill(rest_fill("a", "bid", "10.00", "0.4000", "0.1700", 1_000))
    state.apply_rest_fill(rest_fill("b", "ask", "4.00", "0.5000", "0.0700", 2_000))
    state.apply(stream_fill("b", "ask", "4.00", "0.5000", "0.070000", 2_000))
    pnl = state.pnl(T, mark=D("0.45"))
    assert (pnl.position, pnl.realized, pnl.fees, pnl.fills) == (D(6), D("0.40"), D("0.24"), 2)
    assert pnl.unrealized == D("0.30")  # 6 x 0.45 - 2.40
    assert state.markets == [T]


def test_reconcile_replays_rest_fills_oldest_first_as_getfills_lists_them_newest_first() -> None:
    state = AccountState()
    same_ms = [
        rest_fill("x", "bid", "3.00", "0.4500", "0", 5_000),  # listed first: the newer
        rest_fill("w", "bid", "2.00", "0.4000", "0", 5_000),
        rest_fill("v", "ask", "3.00", "0.4000", "0", 1_000),
    ]
    reconcile(state, RestSnapshot(fills=same_ms))
    assert state.pnl(T).cost == D("0.90")  # 3 NO closed at 0.40 and 0.45, 2 YES open at 0.45


def test_a_settlement_is_applied_once_and_announced() -> None:
    state = AccountState()
    for i, row in enumerate(ROUND):
        side, count, price, fee = row
        state.apply(stream_fill(f"r{i}", side, count, price, fee, 1_000 + i))
    events = state.apply_rest_settlement(rest_settlement("no", 0))
    assert [type(e) for e in events] == [MarketSettled]
    assert state.apply_rest_settlement(rest_settlement("no", 0)) == []
    record = state.settlement(T)
    assert record is not None and record.yes_value == 0 and record.result == "no"
    pnl = state.pnl(T)
    assert pnl.settled and pnl.realized == D("1.00") and pnl.net == D("0.61")


def test_a_settlement_without_value_pays_by_its_result_and_a_scalar_one_needs_its_value() -> None:
    state = AccountState()
    state.apply_rest_settlement(rest_settlement("yes", None))
    record = state.settlement(T)
    assert record is not None and record.yes_value == 1
    other = AccountState()
    assert other.apply_rest_settlement(rest_settlement("scalar", None)) == []
    other.apply_rest_settlement(rest_settlement("scalar", 30))
    scalar = other.settlement(T)
    assert scalar is not None and scalar.yes_value == D("0.30")


# --------------------------------------------------------------------------- marks


def ticker(bid: str, ask: str, last: str, ts_ms: int) -> object:
    msg = {
        "market_ticker": T,
        "yes_bid_dollars": bid,
        "yes_ask_dollars": ask,
        "price_dollars": last,
        "ts_ms": ts_ms,
    }
    return parse({"type": "ticker", "sid": 9, "msg": msg})


def test_marks_take_the_mid_and_the_last_trade_from_ticker_messages() -> None:
    marks = Marks()
    assert marks.apply(ticker("0.4100", "0.4400", "0.4300", 10)) is not None
    assert marks.mark(T) == D("0.425") and marks.mark(T, "last") == D("0.43")
    assert marks.apply(ticker("0.1000", "0.9000", "0.5000", 5)) is not None  # older: ignored
    assert marks.mark(T) == D("0.425")
    assert market_pnl(T, [fill("bid", "10", "0.40")], mark=marks.mark(T)).unrealized == D("0.25")
    assert marks.apply(parse({"type": "fill", "sid": 2, "msg": {"trade_id": "z"}})) is None


def test_a_one_sided_book_has_no_mid_so_the_last_trade_marks_it() -> None:
    marks = Marks()
    marks.apply(ticker("0.0000", "0.4400", "0.4300", 1))  # no bid: Kalshi says 0
    assert marks.mark(T) == D("0.43")
    marks.apply(ticker("0.4100", "1.0000", "0.0000", 2))  # no ask (1) and no trade yet (0)
    assert marks.mark(T) is None and marks.mark(T, "last") is None
    assert Quote(T, D("0.5"), D("0.4"), None).mid is None  # crossed: no mid either
