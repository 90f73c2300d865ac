"""Exchange status and schedule."""

from __future__ import annotations

from typing import Any

from ..engine import Exchange
from ._request import Handler, Request

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def status(exchange: Exchange, req: Request) -> Any:
    return {"exchange_active": True, "trading_active": not exchange.paused}


def schedule(exchange: Exchange, req: Request) -> Any:
    day = [{"open_time": "00:00", "close_time": "23:59"}]
    hours = {"start_time": "2020-01-01T00:00:00Z", "end_time": "2100-01-01T00:00:00Z"}
    return {
        "schedule": {
            "standard_hours": [{**hours, **{d: day for d in WEEKDAYS}}],
            "maintenance_windows": [],
        }
    }


HANDLERS: dict[str, Handler] = {"GetExchangeStatus": status, "GetExchangeSchedule": schedule}
