"""The four commands and their answers, with the error codes of Kalshi's document.

`subscribe` answers `subscribed` per channel (a new sid each; an order book sends a snapshot
per market next), `unsubscribe` `unsubscribed` per sid (with its sid and seq),
`update_subscription` `ok` for `add_markets` / `delete_markets` (the full list of markets;
added books get snapshots) and fresh snapshots carrying the command's id for `get_snapshot`,
`list_subscriptions` `ok` with the list. Refusals: 1 not a JSON object, 2 no params, 3 no
channels, 4 no sids, 5 unknown command, 7 unknown sid, 8 unknown channel, 11 a malformed or
unknown market, 12 not exactly one sid, 13 an action the channel does not take, 14 no market
where one is needed, 15 no action, 19-22 bad sharding.
"""

from __future__ import annotations

import json
from typing import Any

from kalshi_ws.index import CHANNELS

from ._publisher import BOOK, Publisher
from ._session import Session, Sub
from ._wire import market_id

MARKET_FILTERED = {BOOK, "ticker", "trade", "fill", "market_positions", "user_orders"}
BY_MARKET_ID = {"ticker"}  # the only channel taking market_id(s)
MARKET_KEYS = ("market_ticker", "market_tickers", "market_id", "market_ids")
MAX_SHARDS = 100


class Refused(Exception):
    def __init__(self, code: int, **extra: Any) -> None:
        super().__init__(code)
        self.code, self.extra = code, extra


def handle(publisher: Publisher, session: Session, frame: str | bytes) -> None:
    """Answer one command frame (the app's lock held)."""
    try:
        command = json.loads(frame)
    except ValueError:
        command = None
    if not isinstance(command, dict):
        session.error(None, 1)
        return
    command_id = command.get("id")
    try:
        cmd = command.get("cmd")
        if cmd == "list_subscriptions":
            items = [{"channel": s.channel, "sid": s.sid} for s in session.subs.values()]
            session.answer({"id": command_id, "type": "ok", "msg": items})
            return
        handler = COMMANDS.get(cmd) if isinstance(cmd, str) else None
        if handler is None:
            raise Refused(5)
        params = command.get("params")
        if not isinstance(params, dict):
            raise Refused(2)
        handler(publisher, session, command_id, params)
    except Refused as refusal:
        session.error(command_id, refusal.code, **refusal.extra)


# --------------------------------------------------------------------------- subscribe


def subscribe(
    publisher: Publisher, session: Session, command_id: Any, params: dict[str, Any]
) -> None:
    channels = params.get("channels")
    if not isinstance(channels, list) or not channels:
        raise Refused(3)
    _check_shards(params)
    for channel in channels:
        try:
            sub = _new_sub(publisher, session, channel, params)
        except Refused as refusal:
            session.error(command_id, refusal.code, **refusal.extra)
            continue
        session.answer(
            {"id": command_id, "type": "subscribed", "msg": {"channel": channel, "sid": sub.sid}}
        )
        if channel == BOOK:
            for ticker in sub.tickers:
                publisher.send_snapshot(session, sub, ticker)
        elif channel == "ticker" and params.get("send_initial_snapshot") is True:
            for ticker in sub.tickers:
                publisher.send_ticker(session, sub, ticker)


def _new_sub(publisher: Publisher, session: Session, channel: Any, params: dict[str, Any]) -> Sub:
    if not isinstance(channel, str) or channel not in CHANNELS:
        raise Refused(8)
    tickers = _tickers(publisher, params, by_id=channel in BY_MARKET_ID)
    if channel == BOOK and not tickers:
        raise Refused(14)
    return session.add(
        channel,
        tickers if channel in MARKET_FILTERED else [],
        use_yes_price=channel == BOOK and params.get("use_yes_price") is True,
        skip_ticker_ack=params.get("skip_ticker_ack") is True,
    )


def _check_shards(params: dict[str, Any]) -> None:
    factor, key = params.get("shard_factor"), params.get("shard_key")
    if factor is None:
        if key is not None:
            raise Refused(20)
        return
    if not isinstance(factor, int) or factor <= 0:
        raise Refused(19)
    if factor > MAX_SHARDS:
        raise Refused(22)
    if key is not None and (not isinstance(key, int) or not 0 <= key < factor):
        raise Refused(21)


def _tickers(publisher: Publisher, params: dict[str, Any], *, by_id: bool) -> list[str]:
    """The markets named by market_ticker(s) (or market_id(s) where allowed); all must exist."""
    named = {k: params[k] for k in MARKET_KEYS if params.get(k) is not None}
    if not named:
        return []
    if len(named) > 1:
        raise Refused(11)  # the four are mutually exclusive
    ((key, value),) = named.items()
    if key.startswith("market_id") and not by_id:
        raise Refused(11)
    values = value if key.endswith("s") else [value]
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise Refused(11)
    markets = publisher.exchange.markets
    if key.startswith("market_id"):
        by_uuid = {market_id(t): t for t in markets}
        values = [by_uuid.get(v, v) for v in values]
    unknown = [v for v in values if v not in markets]
    if unknown:
        raise Refused(11, market_tickers=unknown)
    return list(dict.fromkeys(values))


# --------------------------------------------------------------------------- unsubscribe


def unsubscribe(
    publisher: Publisher, session: Session, command_id: Any, params: dict[str, Any]
) -> None:
    sids = params.get("sids")
    if not isinstance(sids, list) or not sids:
        raise Refused(4)
    for sid in sids:
        sub = session.subs.pop(sid, None) if isinstance(sid, int) else None
        if sub is None:
            session.error(command_id, 7)
            continue
        session.answer(
            {"id": command_id, "type": "unsubscribed", "sid": sid, "seq": sub.next_seq()}
        )


# --------------------------------------------------------------------------- update_subscription


def update(publisher: Publisher, session: Session, command_id: Any, params: dict[str, Any]) -> None:
    action = params.get("action")
    if action is None:
        raise Refused(15)
    sub = session.subs.get(_one_sid(params))
    if sub is None:
        raise Refused(7)
    allowed = {"add_markets", "delete_markets"} if sub.channel in MARKET_FILTERED else set()
    if sub.channel == BOOK:
        allowed.add("get_snapshot")
    if action not in allowed:
        raise Refused(13)
    tickers = _tickers(publisher, params, by_id=sub.channel in BY_MARKET_ID)
    if not tickers:
        raise Refused(14)
    if action == "get_snapshot":
        missing = [t for t in tickers if t not in sub.tickers]
        if missing:
            raise Refused(11, market_tickers=missing)
        for ticker in tickers:
            publisher.send_snapshot(session, sub, ticker, id=command_id)
        return
    if not sub.tickers:  # "every market" takes no market list
        raise Refused(11)
    added = [t for t in tickers if t not in sub.tickers] if action == "add_markets" else []
    if action == "add_markets":
        sub.tickers += added
    else:
        sub.tickers = [t for t in sub.tickers if t not in tickers]
    answer: dict[str, Any] = {"id": command_id, "type": "ok", "sid": sub.sid}
    if sub.sequenced:
        answer["seq"] = sub.next_seq()
    answer["msg"] = {} if sub.skip_ticker_ack else {"market_tickers": list(sub.tickers)}
    session.answer(answer)
    if sub.channel == BOOK:
        for ticker in added:
            publisher.send_snapshot(session, sub, ticker)
    elif sub.channel == "ticker" and params.get("send_initial_snapshot") is True:
        for ticker in added:
            publisher.send_ticker(session, sub, ticker)


def _one_sid(params: dict[str, Any]) -> int:
    sid, sids = params.get("sid"), params.get("sids")
    if (sid is None) == (sids is None):
        raise Refused(12)
    if sids is not None:
        if not isinstance(sids, list) or len(sids) != 1:
            raise Refused(12)
        sid = sids[0]
    if not isinstance(sid, int) or isinstance(sid, bool):
        raise Refused(11)
    return sid


COMMANDS = {"subscribe": subscribe, "unsubscribe": unsubscribe, "update_subscription": update}
