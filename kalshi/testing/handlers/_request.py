"""What a handler receives, and the small parsing helpers every API area shares."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .._limits import Limits
from ..engine import Exchange, bad


@dataclass
class Request:
    user_id: str | None  # None on public operations
    path_params: dict[str, str]
    query: dict[str, list[str]]
    body: Any  # parsed JSON
    operation_id: str
    limits: Limits  # the tier and costs (account endpoints, batch sizes)

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
        assert self.user_id is not None, "authenticated operations always have a member"
        return self.user_id


Handler = Callable[[Exchange, Request], Any]


def decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise bad(f"{name} must be a decimal string", "invalid_parameters")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise bad(f"{name} {value!r} is not a number", "invalid_parameters") from None


def require(body: Any, *names: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad("a JSON object body is required", "invalid_parameters")
    missing = [n for n in names if body.get(n) in (None, "")]
    if missing:
        raise bad(f"missing field(s): {', '.join(missing)}", "missing_parameters")
    return body


def page(
    req: Request, items: list[Any], default: int = 100, maximum: int = 1000
) -> tuple[list[Any], str]:
    """One page of `items` by the request's `limit` and opaque `cursor`, and the next cursor."""
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
