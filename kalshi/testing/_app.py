"""Requests in, replies out: route, inject faults, authenticate, admit, dispatch, compress.

Independent of how bytes arrive (in process or over loopback). The work itself is done by the
handlers (`handlers/`, one module per API area) on the engine (`engine/`).
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._auth import authenticate
from ._encoding import choose, encode
from ._faults import NO_FAULT, Drop, Fault
from ._limits import Limits
from ._routes import Route, Router
from .engine import Exchange, ExchangeError, bad
from .handlers import CREATED, HANDLERS, Request

TOO_MANY_REQUESTS = b'{"error": "too many requests"}'  # the plain body Kalshi sends with 429


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def error_reply(status: int, code: str, message: str, details: str | None = None) -> Reply:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return Reply(status, json.dumps({"error": error}).encode())


class App:
    """The HTTP behaviour of the fake exchange."""

    def __init__(
        self,
        exchange: Exchange,
        *,
        rate_limit: bool = False,
        tier: str = "basic",
        seed: int = 0,
        sleep: Callable[[float], None] = time.sleep,
        compress: bool = True,
    ) -> None:
        self.exchange = exchange
        self.rate_limit = rate_limit
        self.limits = Limits(tier, exchange.clock)
        self.router = Router()
        self.faults: dict[str, Fault] = {}
        self.random = random.Random(seed)
        self.lock = threading.RLock()
        self.sleep = sleep
        self.compress = compress
        self.requests_served = 0

    def fault_for(self, method: str, target: str) -> Fault:
        route = self.router.match(method, urlsplit(target).path)
        return self._fault(route)

    def _fault(self, route: Route | None) -> Fault:
        named = self.faults.get(route.operation_id) if route else None
        return named or self.faults.get("*") or NO_FAULT

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
        lowered = {name.lower(): value for name, value in headers.items()}
        reply = self._handle(method, target, lowered, body, sleep_latency=sleep_latency)
        if self.compress:
            coding = choose(lowered.get("accept-encoding"), len(reply.body))
            if coding is not None:
                reply.body = encode(reply.body, coding)
                reply.headers["Content-Encoding"] = coding
                reply.headers["Vary"] = "Accept-Encoding"
        return reply

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, *, sleep_latency: bool
    ) -> Reply:
        split = urlsplit(target)
        route = self.router.match(method, split.path)
        if route is None:
            return error_reply(404, "not_found", f"no route for {method} {split.path}")
        fault = self._fault(route)
        if fault.latency and sleep_latency:
            self.sleep(fault.latency)
        if fault.fires(self.random, "drop_rate"):
            raise Drop()
        if fault.fires(self.random, "error_rate"):
            return error_reply(503, "service_unavailable", "injected failure")
        if fault.fires(self.random, "rate_limit_rate"):
            return Reply(429, TOO_MANY_REQUESTS)
        with self.lock:
            reply = self._dispatch(method, split.path, split.query, headers, body, route)
            self.requests_served += 1
        if fault.fires(self.random, "commit_then_fail_rate"):
            raise Drop()
        return reply

    def _dispatch(
        self,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        route: Route,
    ) -> Reply:
        op = route.operation
        try:
            user_id = (
                authenticate(self.exchange, method, path, headers) if op.authenticated else None
            )
            parsed = _json(body)
            admitted = self.limits.admit if self.rate_limit else _always
            if user_id and not admitted(user_id, op.operation_id, _items(parsed)):
                return Reply(429, TOO_MANY_REQUESTS)
            handler = HANDLERS.get(op.operation_id)
            if handler is None:
                return error_reply(501, "not_implemented", f"{op.operation_id} is not simulated")
            request = Request(
                user_id, route.path_params, parse_qs(query), parsed, op.operation_id, self.limits
            )
            result = handler(self.exchange, request)
        except ExchangeError as error:
            return error_reply(error.status, error.code, error.message, error.details)
        if result is None:
            return Reply(204)
        status = 201 if op.operation_id in CREATED else 200
        return Reply(status, json.dumps(result, separators=(",", ":")).encode())


def _always(user_id: str, operation_id: str, items: int) -> bool:
    return True


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        raise bad("body is not JSON", "invalid_parameters") from None


def _items(body: Any) -> int:
    """How many items a batch body carries (its one list), for per-item token costs."""
    if isinstance(body, dict):
        for value in body.values():
            if isinstance(value, list):
                return len(value)
    return 1
