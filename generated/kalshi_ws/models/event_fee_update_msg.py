from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_fee_update_msg_fee_type_override import (
    EventFeeUpdateMsgFeeTypeOverride,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventFeeUpdateMsg")


@_attrs_define
class EventFeeUpdateMsg:
    """
    Attributes:
        event_ticker (str | Unset):
        fee_type_override (EventFeeUpdateMsgFeeTypeOverride | Unset):
        fee_multiplier_override (float | None | Unset):
    """

    event_ticker: str | Unset = UNSET
    fee_type_override: (
        EventFeeUpdateMsgFeeTypeOverride
        | Literal[
            "quadratic",
            "quadratic_with_maker_fees",
            "quadratic_with_combo_maker_fees",
            "flat",
            "margin_market_maker_program_fees",
        ]
        | Unset
    ) = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        fee_type_override: str | Unset = UNSET
        if not isinstance(self.fee_type_override, Unset):
            fee_type_override = EventFeeUpdateMsgFeeTypeOverride.of(
                self.fee_type_override
            ).value

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"EventFeeUpdateMsg.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        _fee_type_override = d.pop("fee_type_override", UNSET)
        fee_type_override: EventFeeUpdateMsgFeeTypeOverride | Unset
        if isinstance(_fee_type_override, Unset):
            fee_type_override = UNSET
        else:
            fee_type_override = EventFeeUpdateMsgFeeTypeOverride._value2member_map_.get(
                _raw := _fee_type_override
            ) or EventFeeUpdateMsgFeeTypeOverride(_raw)

        _fee_multiplier_override_data = d.pop("fee_multiplier_override", UNSET)
        fee_multiplier_override: float | None | Unset
        if _fee_multiplier_override_data is None or isinstance(
            _fee_multiplier_override_data, Unset
        ):
            fee_multiplier_override = _fee_multiplier_override_data
        elif not isinstance(_fee_multiplier_override_data, int | float) or isinstance(
            _fee_multiplier_override_data, bool
        ):
            raise TypeError(
                f"fee_multiplier_override: expected float, got {type(_fee_multiplier_override_data).__name__}"
            )
        else:
            fee_multiplier_override = cast(
                float | None | Unset, _fee_multiplier_override_data
            )

        event_fee_update_msg = cls(
            event_ticker=event_ticker,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
        )

        event_fee_update_msg.additional_properties = d
        return event_fee_update_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("event_ticker", self.event_ticker),
            ("fee_type_override", self.fee_type_override),
            ("fee_multiplier_override", self.fee_multiplier_override),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"EventFeeUpdateMsg({shown})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
