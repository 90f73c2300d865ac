"""Refusals in Kalshi's terms: an HTTP status, Kalshi's error code, a message, details."""

from __future__ import annotations


class ExchangeError(Exception):
    """A request the exchange refuses."""

    def __init__(self, status: int, code: str, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def bad(details: str, code: str = "invalid_order") -> ExchangeError:
    return ExchangeError(400, code, code.replace("_", " "), details)


def not_found(what: str, key: str) -> ExchangeError:
    return ExchangeError(404, "not_found", f"{what} not found", key)
