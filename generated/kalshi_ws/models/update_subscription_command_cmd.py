from enum import StrEnum
from typing import Any


class UpdateSubscriptionCommandCmd(StrEnum):
    UPDATE_SUBSCRIPTION = "update_subscription"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UpdateSubscriptionCommandCmd | None":
        # kalshi: a value Kalshi added after this spec parses into a pseudo-member that keeps the
        # server's string, so nothing crashes and to_dict() returns exactly what was received.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
