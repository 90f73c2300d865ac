"""Requests in, responses out: routing, signature checks, rate limits, faults, handlers.

Routing uses the generated operation index, so a request reaches the handler of the operation
whose method and path template it matches, exactly as the real API would route it.
"""

from __future__ import annotations

import base64
import json
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .._operations import find_operation
from .._ratelimit import TIERS, TokenBucket
from .._ratelimit import RateLimiter as _CostModel
from . import _wire as wire
from ._encoding import choose, encode
from ._exchange import ONE, ZERO, Exchange, ExchangeError, bad, cents

BASE_PATH = "/trade-api/v2"
WRITE_BURST_SECONDS = 2  # write buckets hold two seconds of budget
TIMESTAMP_TOLERANCE_S = 30.0
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


class Drop(Exception):
    """The connection is cut without a response (a fault injected on purpose)."""


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """Failure rates (0..1) for one route (an operationId, or "*" for every route)."""

    error_rate: float = 0.0  # answer 503
    rate_limit_rate: float = 0.0  # answer 429
    drop_rate: float = 0.0  # cut the connection before handling
    commit_then_fail_rate: float = 0.0  # handle (state changes), then cut the connection
    latency: float = 0.0  # seconds added before answering
    times: int | None = None  # stop after failing this many requests (None = never stop)

    def fires(self, rng: random.Random, rate: float) -> bool:
        if rate <= 0 or self.times == 0 or rng.random() >= rate:
            return False
        if self.times is not None:
            self.times -= 1
        return True


@dataclass
class Request:
    user_id: str | None
    path_params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    op_id: str

    def arg(self, name: str, default: Any = None) -> Any:
        values = self.query.get(name)
        return values[0] if values else default

    def int_arg(self, name: str, default: int | None = None) -> int | None:
        raw = self.arg(name)
        if raw is None:
            return default
        try:
            return int(raw)
        except ValueError:
            raise bad(f"{name} must be an integer", "invalid_parameters") from None

    @property
    def user(self) -> str:
        assert self.user_id is not None
        return self.user_id


Handler = Callable[["App", Request], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        for op_id in operation_ids:
            HANDLERS[op_id] = function
        return function

    return register


class App:
    """The HTTP behaviour of the fake exchange, independent of how bytes arrive."""

    def __init__(
        self,
        exchange: Exchange,
        *,
        legacy_orders: str = "gone",
        rate_limit: bool = False,
        tier: str = "basic",
        seed: int = 0,
        sleep: Callable[[float], None] = time.sleep,
        compress: bool = True,
    ) -> None:
        if legacy_orders not in ("gone", "live"):
            raise ValueError("legacy_orders must be 'gone' (HTTP 410, as production) or 'live'")
        self.exchange = exchange
        self.legacy_orders = legacy_orders
        self.rate_limit = rate_limit
        self.tier = TIERS[tier]
        self.faults: dict[str, Fault] = {}
        self.random = random.Random(seed)
        self.lock = threading.RLock()
        self.sleep = sleep
        self._costs = _CostModel(tier, safety=1.0)
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self.requests_served = 0
        self.compress = compress

    # ------------------------------------------------------------------ entry point

    def fault_for(self, method: str, target: str) -> Fault:
        op = find_operation(method, urlsplit(target).path)
        named = self.faults.get(op.operation_id) if op else None
        return named or self.faults.get("*") or Fault()

    def handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        sleep_latency: bool = True,
    ) -> Reply:
        """One HTTP exchange. Raises `Drop` when a fault cuts the connection.

        The body is compressed when the request accepts it and it is large enough (see
        `_encoding`), unless this app was made with `compress=False`.
        """
        reply = self._handle(method, target, headers, body, sleep_latency=sleep_latency)
        if self.compress:
            accept = next((v for k, v in headers.items() if k.lower() == "accept-encoding"), None)
            coding = choose(accept, len(reply.body))
            if coding is not None:
                reply.body = encode(reply.body, coding)
                reply.headers["Content-Encoding"] = coding
                reply.headers["Vary"] = "Accept-Encoding"
        return reply

    def _handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        sleep_latency: bool,
    ) -> Reply:
        split = urlsplit(target)
        path = split.path
        op = find_operation(method, path)
        if op is None or not path.startswith(BASE_PATH):
            return error_reply(404, "not_found", f"no route for {method} {path}")
        fault = self.faults.get(op.operation_id) or self.faults.get("*") or Fault()
        if fault.latency and sleep_latency:
            self.sleep(fault.latency)
        if fault.fires(self.random, fault.drop_rate):
            raise Drop()
        if fault.fires(self.random, fault.error_rate):
            return error_reply(503, "service_unavailable", "injected failure")
        if fault.fires(self.random, fault.rate_limit_rate):
            return Reply(429, b'{"error": "too many requests"}')
        with self.lock:
            reply = self._dispatch(
                method, path, split.query, headers, body, op.operation_id, op.path, op.authenticated
            )
            self.requests_served += 1
        if fault.fires(self.random, fault.commit_then_fail_rate):
            raise Drop()
        return reply

    def _dispatch(
        self,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        op_id: str,
        template: str,
        authenticated: bool,
    ) -> Reply:
        try:
            user_id = self._authenticate(method, path, headers) if authenticated else None
            if (
                user_id is not None
                and self.rate_limit
                and not self._admit(user_id, method, path, body)
            ):
                return Reply(429, b'{"error": "too many requests"}')
            handler = HANDLERS.get(op_id)
            if handler is None:
                return error_reply(501, "not_implemented", f"{op_id} is not simulated")
            try:
                parsed = json.loads(body) if body else None
            except ValueError:
                raise bad("body is not JSON", "invalid_parameters") from None
            request = Request(user_id, _path_params(template, path), parse_qs(query), parsed, op_id)
            result = handler(self, request)
        except ExchangeError as error:
            return error_reply(error.status, error.code, error.message, error.details)
        if isinstance(result, Reply):
            return result
        if result is None:
            return Reply(204)
        status = 201 if op_id in _CREATED else 200
        return Reply(status, json.dumps(result, separators=(",", ":")).encode())

    # ------------------------------------------------------------------ auth and limits

    def _authenticate(self, method: str, path: str, headers: Mapping[str, str]) -> str:
        lowered = {k.lower(): v for k, v in headers.items()}
        key_id = lowered.get("kalshi-access-key")
        stamp = lowered.get("kalshi-access-timestamp", "")
        signature = lowered.get("kalshi-access-signature", "")
        if not key_id or not stamp or not signature:
            raise ExchangeError(401, "authentication_error", "missing authentication headers")
        user_id = self.exchange.keys.get(key_id)
        if user_id is None:
            raise ExchangeError(401, "authentication_error", "unknown api key", "NOT_FOUND")
        try:
            sent = int(stamp) / 1000
        except ValueError:
            raise ExchangeError(401, "authentication_error", "bad timestamp") from None
        if abs(self.exchange.clock() - sent) > TIMESTAMP_TOLERANCE_S:
            raise ExchangeError(401, "authentication_error", "stale timestamp")
        public = self.exchange.users[user_id].public_key
        message = (stamp + method.upper() + path).encode()
        try:
            raw = base64.b64decode(signature, validate=True)
            if isinstance(public, rsa.RSAPublicKey):
                public.verify(raw, message, _PSS, hashes.SHA256())
            elif public is not None:
                public.verify(raw, message)
        except (InvalidSignature, ValueError):
            raise ExchangeError(401, "authentication_error", "invalid signature") from None
        return user_id

    def _admit(self, user_id: str, method: str, path: str, body: bytes) -> bool:
        reference, cost = self._costs.cost(method, path, body)
        kind = "read" if reference is self._costs.read else "write"
        rate = self.tier.read_per_second if kind == "read" else self.tier.write_per_second
        bucket = self._buckets.get((user_id, kind))
        if bucket is None:
            burst = rate * (WRITE_BURST_SECONDS if kind == "write" else 1)
            bucket = TokenBucket(rate, burst, self.exchange.clock)
            self._buckets[(user_id, kind)] = bucket
        if bucket.reserve(cost) > 0:
            bucket.reserve(-cost)  # refused requests are not billed
            return False
        return True


_CREATED = {
    "CreateOrderV2",
    "BatchCreateOrdersV2",
    "CreateOrder",
    "BatchCreateOrders",
    "CreateOrderGroup",
}


def error_reply(status: int, code: str, message: str, details: str | None = None) -> Reply:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return Reply(status, json.dumps({"error": error}).encode())


def _path_params(template: str, path: str) -> dict[str, str]:
    names = template.strip("/").split("/")
    values = path[len(BASE_PATH) :].strip("/").split("/")
    return {n[1:-1]: v for n, v in zip(names, values, strict=False) if n.startswith("{")}


def _decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise bad(f"{name} must be a decimal string", "invalid_parameters")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise bad(f"{name} {value!r} is not a number", "invalid_parameters") from None


def _require(body: Any, *names: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad("a JSON object body is required", "invalid_parameters")
    missing = [n for n in names if body.get(n) in (None, "")]
    if missing:
        raise bad(f"missing field(s): {', '.join(missing)}", "missing_parameters")
    return body


def _page(
    req: Request, items: list[Any], default: int = 100, maximum: int = 1000
) -> tuple[list[Any], str]:
    limit = req.int_arg("limit", default) or default
    if not 1 <= limit <= maximum:
        raise bad(f"limit must be 1..{maximum}", "invalid_parameters")
    cursor = req.arg("cursor") or ""
    try:
        start = int(base64.urlsafe_b64decode(cursor.encode()).decode()) if cursor else 0
    except ValueError:
        raise bad("bad cursor", "invalid_parameters") from None
    chunk = items[start : start + limit]
    end = start + len(chunk)
    following = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else ""
    return chunk, following


# --------------------------------------------------------------------------- exchange


@handles("GetExchangeStatus")
def exchange_status(app: App, req: Request) -> Any:
    active = not app.exchange.paused
    return {"exchange_active": True, "trading_active": active}


@handles("GetExchangeSchedule")
def exchange_schedule(app: App, req: Request) -> Any:
    day = [{"open_time": "00:00", "close_time": "23:59"}]
    week = {
        d: day
        for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    }
    return {
        "schedule": {
            "standard_hours": [
                {"start_time": "2020-01-01T00:00:00Z", "end_time": "2100-01-01T00:00:00Z", **week}
            ],
            "maintenance_windows": [],
        }
    }


@handles("GetAccountApiLimits")
def account_limits(app: App, req: Request) -> Any:
    tier = app.tier
    return {
        "usage_tier": tier.name,
        "grants": [],
        "read": {"refill_rate": tier.read_per_second, "bucket_capacity": tier.read_per_second},
        "write": {
            "refill_rate": tier.write_per_second,
            "bucket_capacity": tier.write_per_second * WRITE_BURST_SECONDS,
        },
    }


@handles("GetAccountEndpointCosts")
def endpoint_costs(app: App, req: Request) -> Any:
    from kalshi_api.operations import OPERATIONS

    costs = [
        {"method": OPERATIONS[op].method, "path": BASE_PATH + OPERATIONS[op].path, "cost": cost}
        for op, cost in sorted(app._costs.costs.items())
        if op in OPERATIONS
    ]
    return {"default_cost": app._costs.default_cost, "endpoint_costs": costs}


# --------------------------------------------------------------------------- market data


@handles("GetMarkets")
def markets(app: App, req: Request) -> Any:
    found = list(app.exchange.markets.values())
    for name, attr in (("event_ticker", "event_ticker"), ("series_ticker", "series_ticker")):
        if req.arg(name):
            found = [m for m in found if getattr(m, attr) == req.arg(name)]
    if req.arg("tickers"):
        wanted = set(req.arg("tickers").split(","))
        found = [m for m in found if m.ticker in wanted]
    if req.arg("status"):
        found = [m for m in found if m.status == req.arg("status")]
    chunk, cursor = _page(req, found)
    return {"markets": [wire.market(app.exchange, m) for m in chunk], "cursor": cursor}


@handles("GetMarket")
def market(app: App, req: Request) -> Any:
    return {"market": wire.market(app.exchange, app.exchange.market(req.path_params["ticker"]))}


@handles("GetMarketOrderbook")
def orderbook(app: App, req: Request) -> Any:
    m = app.exchange.market(req.path_params["ticker"])
    return {"orderbook_fp": wire.orderbook(m, req.int_arg("depth", 0) or 0)}


@handles("GetEvents")
def events(app: App, req: Request) -> Any:
    tickers = [
        t
        for t, e in app.exchange.events.items()
        if not req.arg("series_ticker") or e["series_ticker"] == req.arg("series_ticker")
    ]
    chunk, cursor = _page(req, tickers, default=200, maximum=200)
    nested = req.arg("with_nested_markets") == "true"
    return {"events": [wire.event(app.exchange, t, nested) for t in chunk], "cursor": cursor}


@handles("GetEvent")
def event(app: App, req: Request) -> Any:
    ticker = req.path_params["event_ticker"]
    if ticker not in app.exchange.events:
        raise ExchangeError(404, "not_found", "event not found", ticker)
    body = wire.event(app.exchange, ticker, nested=False)
    markets = [
        wire.market(app.exchange, m)
        for m in app.exchange.markets.values()
        if m.event_ticker == ticker
    ]
    return {"event": body, "markets": markets}


@handles("GetSeries")
def series(app: App, req: Request) -> Any:
    ticker = req.path_params["series_ticker"]
    if ticker not in app.exchange.series:
        raise ExchangeError(404, "not_found", "series not found", ticker)
    return {"series": wire.series(app.exchange, ticker)}


@handles("GetSeriesList")
def series_list(app: App, req: Request) -> Any:
    return {"series": [wire.series(app.exchange, t) for t in app.exchange.series]}


@handles("GetTrades")
def trades(app: App, req: Request) -> Any:
    found = [
        t
        for t in reversed(app.exchange.trades)
        if not req.arg("ticker") or t["ticker"] == req.arg("ticker")
    ]
    chunk, cursor = _page(req, found)
    return {"trades": [wire.trade(t) for t in chunk], "cursor": cursor}


# --------------------------------------------------------------------------- portfolio


@handles("GetBalance")
def balance(app: App, req: Request) -> Any:
    user = app.exchange.user(req.user)
    return {
        "balance": cents(user.cash),
        "balance_dollars": wire.dollars(user.cash),
        "portfolio_value": cents(app.exchange.portfolio_value(user)),
        "updated_ts": int(app.exchange.clock()),
    }


def _order_filter(app: App, req: Request) -> list[Any]:
    orders = [o for o in app.exchange.orders.values() if o.user_id == req.user]
    if req.arg("ticker"):
        orders = [o for o in orders if o.ticker == req.arg("ticker")]
    if req.arg("event_ticker"):
        events = set(req.arg("event_ticker").split(","))
        orders = [o for o in orders if app.exchange.markets[o.ticker].event_ticker in events]
    if req.arg("status"):
        orders = [o for o in orders if o.status == req.arg("status")]
    low, high = req.int_arg("min_ts"), req.int_arg("max_ts")
    if low is not None:
        orders = [o for o in orders if o.created >= low]
    if high is not None:
        orders = [o for o in orders if o.created <= high]
    orders.sort(key=lambda o: -o.seq)  # newest first
    return orders


@handles("GetOrders")
def get_orders(app: App, req: Request) -> Any:
    chunk, cursor = _page(req, _order_filter(app, req))
    return {"orders": [wire.order(o) for o in chunk], "cursor": cursor}


@handles("GetOrder")
def get_order(app: App, req: Request) -> Any:
    return {"order": wire.order(app.exchange.order(req.user, req.path_params["order_id"]))}


@handles("GetFills")
def fills(app: App, req: Request) -> Any:
    found = list(reversed(app.exchange.user(req.user).fills))
    for name in ("ticker", "order_id"):
        if req.arg(name):
            found = [f for f in found if f[name] == req.arg(name)]
    chunk, cursor = _page(req, found)
    return {"fills": [wire.fill(f) for f in chunk], "cursor": cursor}


@handles("GetPositions")
def positions(app: App, req: Request) -> Any:
    user = app.exchange.user(req.user)
    held = [
        (t, p)
        for t, p in sorted(user.positions.items())
        if (p.contracts != 0 or p.realized_pnl != 0)
        and (not req.arg("ticker") or t == req.arg("ticker"))
    ]
    chunk, cursor = _page(req, held)
    by_event: dict[str, list[Any]] = {}
    for ticker, pos in chunk:
        by_event.setdefault(app.exchange.markets[ticker].event_ticker, []).append(pos)
    return {
        "market_positions": [wire.market_position(t, p) for t, p in chunk],
        "event_positions": [wire.event_position(e, ps) for e, ps in by_event.items()],
        "cursor": cursor,
    }


@handles("GetSettlements")
def settlements(app: App, req: Request) -> Any:
    found = list(reversed(app.exchange.user(req.user).settlements))
    chunk, cursor = _page(req, found)
    return {"settlements": [wire.settlement(s) for s in chunk], "cursor": cursor}


@handles("GetPortfolioRestingOrderTotalValue")
def resting_value(app: App, req: Request) -> Any:
    user = app.exchange.user(req.user)
    return {
        "total_resting_order_value": cents(user.reserved),
        "resting_order_value_breakdown": [
            {"exchange_index": 0, "balance": wire.dollars(user.reserved)}
        ],
    }


@handles("GetOrderQueuePositions")
def queue_positions(app: App, req: Request) -> Any:
    resting = app.exchange.resting(req.user)
    if req.arg("market_tickers"):
        wanted = set(req.arg("market_tickers").split(","))
        resting = [o for o in resting if o.ticker in wanted]
    return {
        "queue_positions": [
            {
                "order_id": o.order_id,
                "market_ticker": o.ticker,
                "queue_position_fp": wire.count(app.exchange.queue_position(o)),
            }
            for o in resting
        ]
    }


@handles("GetOrderQueuePosition")
def queue_position(app: App, req: Request) -> Any:
    order = app.exchange.order(req.user, req.path_params["order_id"])
    return {"queue_position_fp": wire.count(app.exchange.queue_position(order))}


# --------------------------------------------------------------------------- V2 orders


def _place_v2(app: App, user_id: str, body: Any) -> Any:
    body = _require(
        body, "ticker", "side", "count", "price", "time_in_force", "self_trade_prevention_type"
    )
    return app.exchange.place(
        user_id,
        ticker=str(body["ticker"]),
        side=str(body["side"]),
        price=_decimal(body["price"], "price"),
        count=_decimal(body["count"], "count"),
        time_in_force=str(body["time_in_force"]),
        self_trade_prevention=str(body["self_trade_prevention_type"]),
        client_order_id=body.get("client_order_id") or None,
        post_only=bool(body.get("post_only")),
        reduce_only=bool(body.get("reduce_only")),
        order_group_id=body.get("order_group_id"),
        cancel_on_pause=bool(body.get("cancel_order_on_pause")),
        expiration_time=body.get("expiration_time"),
    )


@handles("CreateOrderV2")
def create_order_v2(app: App, req: Request) -> Any:
    return wire.ack(_place_v2(app, req.user, req.body), app.exchange.clock())


def _batch_items(app: App, body: Any, per_item_cost: int) -> list[Any]:
    """The batch's items; at most what one full write bucket pays for (20 creates on Basic)."""
    items = _require(body, "orders")["orders"]
    if not isinstance(items, list) or not items:
        raise bad("orders must be a non-empty list", "invalid_parameters")
    most = app.tier.write_per_second * WRITE_BURST_SECONDS // per_item_cost
    if len(items) > most:
        raise bad(f"at most {most} orders per batch on this tier", "invalid_parameters")
    return items


@handles("BatchCreateOrdersV2")
def batch_create_v2(app: App, req: Request) -> Any:
    results = []
    for item in _batch_items(app, req.body, 10):
        client_id = item.get("client_order_id") if isinstance(item, dict) else None
        try:
            results.append(wire.ack(_place_v2(app, req.user, item), app.exchange.clock()))
        except ExchangeError as error:
            results.append(
                {
                    "client_order_id": client_id,
                    "order_id": None,
                    "error": {
                        "code": error.code,
                        "message": error.message,
                        "details": error.details or "",
                    },
                }
            )
    return {"orders": results}


@handles("CancelOrderV2")
def cancel_order_v2(app: App, req: Request) -> Any:
    order, reduced = app.exchange.cancel(req.user, req.path_params["order_id"])
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": wire.count(reduced),
        "ts_ms": int(app.exchange.clock() * 1000),
    }


@handles("BatchCancelOrdersV2")
def batch_cancel_v2(app: App, req: Request) -> Any:
    results = []
    for item in _batch_items(app, req.body, 2):
        order_id = item.get("order_id") if isinstance(item, dict) else None
        try:
            if not order_id:
                raise bad("order_id is required", "missing_parameters")
            order, reduced = app.exchange.cancel(req.user, str(order_id))
            results.append(
                {
                    "order_id": order.order_id,
                    "client_order_id": order.client_order_id,
                    "reduced_by": wire.count(reduced),
                    "ts_ms": int(app.exchange.clock() * 1000),
                }
            )
        except ExchangeError as error:
            results.append(
                {"order_id": order_id, "error": {"code": error.code, "message": error.message}}
            )
    return {"orders": results}


@handles("CancelAllOrders")
def cancel_all(app: App, req: Request) -> Any:
    for order in app.exchange.resting(req.user):
        app.exchange.cancel(req.user, order.order_id)
    return None


@handles("AmendOrderV2")
def amend_v2(app: App, req: Request) -> Any:
    body = _require(req.body, "ticker", "side", "price", "count")
    order = app.exchange.amend(
        req.user,
        req.path_params["order_id"],
        ticker=str(body["ticker"]),
        side=str(body["side"]),
        price=_decimal(body["price"], "price"),
        count=_decimal(body["count"], "count"),
        new_client_order_id=body.get("updated_client_order_id"),
    )
    return wire.ack(order, app.exchange.clock())


@handles("DecreaseOrderV2")
def decrease_v2(app: App, req: Request) -> Any:
    body = req.body if isinstance(req.body, dict) else {}
    by, to = body.get("reduce_by"), body.get("reduce_to")
    order = app.exchange.decrease(
        req.user,
        req.path_params["order_id"],
        reduce_by=None if by is None else _decimal(by, "reduce_by"),
        reduce_to=None if to is None else _decimal(to, "reduce_to"),
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": wire.count(order.remaining),
        "ts_ms": int(app.exchange.clock() * 1000),
    }


# --------------------------------------------------------------------------- order groups


def _contracts_limit(body: Any) -> Decimal:
    body = body if isinstance(body, dict) else {}
    if body.get("contracts_limit_fp") is not None:
        return _decimal(body["contracts_limit_fp"], "contracts_limit_fp")
    if body.get("contracts_limit") is not None:
        return _decimal(body["contracts_limit"], "contracts_limit")
    raise bad("contracts_limit or contracts_limit_fp is required", "missing_parameters")


@handles("CreateOrderGroup")
def create_group(app: App, req: Request) -> Any:
    group = app.exchange.create_group(req.user, _contracts_limit(req.body))
    return {"order_group_id": group.group_id, "subaccount": 0, "exchange_index": 0}


@handles("GetOrderGroups")
def list_groups(app: App, req: Request) -> Any:
    groups = [g for g in app.exchange.groups.values() if g.user_id == req.user]
    return {"order_groups": [wire.order_group(g) for g in groups]}


@handles("GetOrderGroup")
def get_group(app: App, req: Request) -> Any:
    group = app.exchange.group(req.user, req.path_params["order_group_id"])
    return {
        "is_auto_cancel_enabled": not group.triggered,
        "contracts_limit_fp": wire.count(group.contracts_limit),
        "orders": list(group.order_ids),
        "exchange_index": 0,
    }


@handles("ResetOrderGroup")
def reset_group(app: App, req: Request) -> Any:
    group = app.exchange.group(req.user, req.path_params["order_group_id"])
    group.triggered, group.fills = False, []
    return {}


@handles("TriggerOrderGroup")
def trigger_group(app: App, req: Request) -> Any:
    app.exchange.trigger_group(app.exchange.group(req.user, req.path_params["order_group_id"]))
    return {}


@handles("UpdateOrderGroupLimit")
def group_limit(app: App, req: Request) -> Any:
    group = app.exchange.group(req.user, req.path_params["order_group_id"])
    limit = _contracts_limit(req.body)
    if limit <= 0:
        raise bad("contracts_limit must be positive")
    group.contracts_limit = limit
    return {}


@handles("DeleteOrderGroup")
def delete_group(app: App, req: Request) -> Any:
    group = app.exchange.group(req.user, req.path_params["order_group_id"])
    app.exchange.trigger_group(group)
    del app.exchange.groups[group.group_id]
    return {}


# --------------------------------------------------------------------------- legacy v1 orders


def _legacy_gate(app: App) -> None:
    if app.legacy_orders == "gone":
        raise ExchangeError(
            410,
            "deprecated_v1_order_endpoint",
            "this order endpoint was retired; use /portfolio/events/orders",
        )


def _legacy_place(app: App, user_id: str, body: Any) -> Any:
    body = _require(body, "ticker", "side", "action")
    outcome, action = body["side"], body["action"]
    if outcome not in ("yes", "no") or action not in ("buy", "sell"):
        raise bad("side must be yes|no and action buy|sell")
    if body.get("yes_price") is not None:
        yes_price = Decimal(int(body["yes_price"])) / 100
    elif body.get("no_price") is not None:
        yes_price = ONE - Decimal(int(body["no_price"])) / 100
    elif body.get("yes_price_dollars") is not None:
        yes_price = _decimal(body["yes_price_dollars"], "yes_price_dollars")
    elif body.get("no_price_dollars") is not None:
        yes_price = ONE - _decimal(body["no_price_dollars"], "no_price_dollars")
    else:
        raise bad("exactly one of yes_price, no_price, yes_price_dollars or no_price_dollars")
    buys_yes = (outcome == "yes") == (action == "buy")
    size = body.get("count_fp") if body.get("count_fp") is not None else body.get("count")
    if size is None:
        raise bad("count is required", "missing_parameters")
    return app.exchange.place(
        user_id,
        ticker=str(body["ticker"]),
        side="bid" if buys_yes else "ask",
        price=yes_price,
        count=_decimal(size, "count"),
        time_in_force=str(body.get("time_in_force") or "good_till_canceled"),
        self_trade_prevention=str(body.get("self_trade_prevention_type") or "taker_at_cross"),
        client_order_id=body.get("client_order_id") or None,
        post_only=bool(body.get("post_only")),
        reduce_only=bool(body.get("reduce_only")),
        order_group_id=body.get("order_group_id"),
        cancel_on_pause=bool(body.get("cancel_order_on_pause")),
    )


@handles("CreateOrder")
def legacy_create(app: App, req: Request) -> Any:
    _legacy_gate(app)
    return {"order": wire.order(_legacy_place(app, req.user, req.body))}


@handles("CancelOrder")
def legacy_cancel(app: App, req: Request) -> Any:
    _legacy_gate(app)
    order, reduced = app.exchange.cancel(req.user, req.path_params["order_id"])
    return {"order": wire.order(order), "reduced_by_fp": wire.count(reduced)}


@handles("AmendOrder")
def legacy_amend(app: App, req: Request) -> Any:
    _legacy_gate(app)
    body = _require(req.body, "ticker", "side", "action")
    before = wire.order(app.exchange.order(req.user, req.path_params["order_id"]))
    current = app.exchange.order(req.user, req.path_params["order_id"])
    price = (
        Decimal(int(body["yes_price"])) / 100
        if body.get("yes_price") is not None
        else current.price
    )
    size = body.get("count_fp") or body.get("count") or current.initial
    order = app.exchange.amend(
        req.user,
        current.order_id,
        ticker=current.ticker,
        side=current.side,
        price=price,
        count=_decimal(size, "count"),
        new_client_order_id=body.get("updated_client_order_id"),
    )
    return {"old_order": before, "order": wire.order(order)}


@handles("DecreaseOrder")
def legacy_decrease(app: App, req: Request) -> Any:
    _legacy_gate(app)
    body = req.body if isinstance(req.body, dict) else {}
    by = body.get("reduce_by_fp") or body.get("reduce_by")
    to = body.get("reduce_to_fp") if body.get("reduce_to_fp") is not None else body.get("reduce_to")
    order = app.exchange.decrease(
        req.user,
        req.path_params["order_id"],
        reduce_by=None if by is None else _decimal(by, "reduce_by"),
        reduce_to=None if to is None else _decimal(to, "reduce_to"),
    )
    return {"order": wire.order(order)}


@handles("BatchCreateOrders")
def legacy_batch_create(app: App, req: Request) -> Any:
    _legacy_gate(app)
    results = []
    for item in _batch_items(app, req.body, 10):
        client_id = item.get("client_order_id") if isinstance(item, dict) else None
        try:
            order = _legacy_place(app, req.user, item)
            results.append(
                {"client_order_id": client_id, "order": wire.order(order), "error": None}
            )
        except ExchangeError as error:
            results.append(
                {
                    "client_order_id": client_id,
                    "order": None,
                    "error": {"code": error.code, "message": error.message},
                }
            )
    return {"orders": results}


@handles("BatchCancelOrders")
def legacy_batch_cancel(app: App, req: Request) -> Any:
    _legacy_gate(app)
    body = req.body if isinstance(req.body, dict) else {}
    ids = list(body.get("ids") or []) + [
        o.get("order_id") for o in body.get("orders") or [] if isinstance(o, dict)
    ]
    if not ids:
        raise bad("ids or orders is required", "missing_parameters")
    results = []
    if len(ids) > 20:
        raise bad("at most 20 orders per batch", "invalid_parameters")
    for order_id in ids:
        try:
            order, reduced = app.exchange.cancel(req.user, str(order_id))
            results.append(
                {
                    "order_id": order.order_id,
                    "order": wire.order(order),
                    "reduced_by_fp": wire.count(reduced),
                    "error": None,
                }
            )
        except ExchangeError as error:
            results.append(
                {
                    "order_id": order_id,
                    "order": None,
                    "error": {"code": error.code, "message": error.message},
                }
            )
    return {"orders": results}


__all__ = ["ZERO", "App", "Drop", "Fault", "Reply"]
