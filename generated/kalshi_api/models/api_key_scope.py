from enum import StrEnum
from typing import Any


class ApiKeyScope(StrEnum):
    READ = "read"
    READBLOCK_TRADE_ACCEPT = "read::block_trade_accept"
    READPORTFOLIO_BALANCE = "read::portfolio_balance"
    WRITE = "write"
    WRITEBLOCK_TRADE_ACCEPT = "write::block_trade_accept"
    WRITEFCM_RISK = "write::fcm_risk"
    WRITETRADE = "write::trade"
    WRITETRANSFER = "write::transfer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ApiKeyScope | None":
        # kalshi: a value Kalshi added after this spec parses into a pseudo-member that keeps the
        # server's string, so nothing crashes and to_dict() returns exactly what was received.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
