from enum import StrEnum
from typing import Any

from ..errors import InvalidValue


class LifecyclePriceLevelStructure(StrEnum):
    BANDED_CENTI_CENT = "banded_centi_cent"
    CENTER_CENTI_EDGE_CENTI_CENT = "center_centi_edge_centi_cent"
    CENTER_DECI_EDGE_CENTI_CENT = "center_deci_edge_centi_cent"
    CENTER_HALF_EDGE_DECI_CENT = "center_half_edge_deci_cent"
    CENTER_HALF_EDGE_HALF_CENT = "center_half_edge_half_cent"
    CENTER_HALF_EDGE_QUINT_CENT = "center_half_edge_quint_cent"
    CENTER_QUINT_EDGE_DECI_CENT = "center_quint_edge_deci_cent"
    CENTER_QUINT_EDGE_QUINT_CENT = "center_quint_edge_quint_cent"
    CENTER_WHOLE_EDGE_HALF_CENT = "center_whole_edge_half_cent"
    CENTER_WHOLE_EDGE_QUINT_CENT = "center_whole_edge_quint_cent"
    DECI_CENT = "deci_cent"
    LINEAR_CENT = "linear_cent"
    TAPERED_DECI_CENT = "tapered_deci_cent"
    VALUE_1 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def of(
        cls, value: "LifecyclePriceLevelStructure | str"
    ) -> "LifecyclePriceLevelStructure":
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
    def _missing_(cls, value: Any) -> "LifecyclePriceLevelStructure | None":
        # kalshi: a value Kalshi added after this spec parses into a pseudo-member that keeps the
        # server's string, so nothing crashes and to_dict() returns exactly what was received.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
