from enum import StrEnum
from typing import Any

from ..errors import InvalidValue


class MarketMetadataUpdatedMsgEventType(StrEnum):
    METADATA_UPDATED = "metadata_updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def of(
        cls, value: "MarketMetadataUpdatedMsgEventType | str"
    ) -> "MarketMetadataUpdatedMsgEventType":
        """The member for `value`: a member, or a string that is one of the values."""
        if isinstance(value, cls):
            return value
        member = cls._value2member_map_.get(value)
        if member is None:
            allowed = ", ".join(repr(m.value) for m in cls)
            raise InvalidValue(
                f"{value!r} is not a {cls.__name__}: use one of {allowed}"
            )
        return member  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: Any) -> "MarketMetadataUpdatedMsgEventType | None":
        # kalshi: a value Kalshi added after this spec parses into a pseudo-member that keeps the
        # server's string, so nothing crashes and to_dict() returns exactly what was received.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
