from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata_custom_strike import (
        LifecycleAdditionalMetadataCustomStrike,
    )


T = TypeVar("T", bound="LifecycleAdditionalMetadata")


@_attrs_define
class LifecycleAdditionalMetadata:
    """
    Attributes:
        name (str | Unset):
        title (str | Unset):
        yes_sub_title (str | Unset):
        no_sub_title (str | Unset):
        rules_primary (str | Unset):
        rules_secondary (str | Unset):
        can_close_early (bool | Unset):
        event_ticker (str | Unset):
        expected_expiration_ts (int | Unset):
        strike_type (str | Unset):
        floor_strike (float | Unset):
        cap_strike (float | Unset):
        custom_strike (LifecycleAdditionalMetadataCustomStrike | Unset):
    """

    name: str | Unset = UNSET
    title: str | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    no_sub_title: str | Unset = UNSET
    rules_primary: str | Unset = UNSET
    rules_secondary: str | Unset = UNSET
    can_close_early: bool | Unset = UNSET
    event_ticker: str | Unset = UNSET
    expected_expiration_ts: int | Unset = UNSET
    strike_type: str | Unset = UNSET
    floor_strike: float | Unset = UNSET
    cap_strike: float | Unset = UNSET
    custom_strike: LifecycleAdditionalMetadataCustomStrike | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

        can_close_early = self.can_close_early

        event_ticker = self.event_ticker

        expected_expiration_ts = self.expected_expiration_ts

        strike_type = self.strike_type

        floor_strike = self.floor_strike

        cap_strike = self.cap_strike

        custom_strike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_strike, Unset):
            custom_strike = self.custom_strike.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title
        if no_sub_title is not UNSET:
            field_dict["no_sub_title"] = no_sub_title
        if rules_primary is not UNSET:
            field_dict["rules_primary"] = rules_primary
        if rules_secondary is not UNSET:
            field_dict["rules_secondary"] = rules_secondary
        if can_close_early is not UNSET:
            field_dict["can_close_early"] = can_close_early
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if expected_expiration_ts is not UNSET:
            field_dict["expected_expiration_ts"] = expected_expiration_ts
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lifecycle_additional_metadata_custom_strike import (
            LifecycleAdditionalMetadataCustomStrike,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.name: expected str, got {type(name).__name__}"
            )

        title = d.pop("title", UNSET)
        if not isinstance(title, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.title: expected str, got {type(title).__name__}"
            )

        yes_sub_title = d.pop("yes_sub_title", UNSET)
        if not isinstance(yes_sub_title, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
            )

        no_sub_title = d.pop("no_sub_title", UNSET)
        if not isinstance(no_sub_title, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.no_sub_title: expected str, got {type(no_sub_title).__name__}"
            )

        rules_primary = d.pop("rules_primary", UNSET)
        if not isinstance(rules_primary, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.rules_primary: expected str, got {type(rules_primary).__name__}"
            )

        rules_secondary = d.pop("rules_secondary", UNSET)
        if not isinstance(rules_secondary, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.rules_secondary: expected str, got {type(rules_secondary).__name__}"
            )

        can_close_early = d.pop("can_close_early", UNSET)
        if not isinstance(can_close_early, bool | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.can_close_early: expected bool, got {type(can_close_early).__name__}"
            )

        event_ticker = d.pop("event_ticker", UNSET)
        if not isinstance(event_ticker, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        expected_expiration_ts = d.pop("expected_expiration_ts", UNSET)
        if not isinstance(expected_expiration_ts, int | Unset | None) or isinstance(
            expected_expiration_ts, bool
        ):
            raise TypeError(
                f"LifecycleAdditionalMetadata.expected_expiration_ts: expected int, got {type(expected_expiration_ts).__name__}"
            )

        strike_type = d.pop("strike_type", UNSET)
        if not isinstance(strike_type, str | Unset | None):
            raise TypeError(
                f"LifecycleAdditionalMetadata.strike_type: expected str, got {type(strike_type).__name__}"
            )

        floor_strike = d.pop("floor_strike", UNSET)
        if not isinstance(floor_strike, int | float | Unset | None) or isinstance(
            floor_strike, bool
        ):
            raise TypeError(
                f"LifecycleAdditionalMetadata.floor_strike: expected float, got {type(floor_strike).__name__}"
            )

        cap_strike = d.pop("cap_strike", UNSET)
        if not isinstance(cap_strike, int | float | Unset | None) or isinstance(
            cap_strike, bool
        ):
            raise TypeError(
                f"LifecycleAdditionalMetadata.cap_strike: expected float, got {type(cap_strike).__name__}"
            )

        _custom_strike = d.pop("custom_strike", UNSET)
        custom_strike: LifecycleAdditionalMetadataCustomStrike | Unset
        if isinstance(_custom_strike, Unset):
            custom_strike = UNSET
        else:
            custom_strike = LifecycleAdditionalMetadataCustomStrike.from_dict(
                _custom_strike
            )

        lifecycle_additional_metadata = cls(
            name=name,
            title=title,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            can_close_early=can_close_early,
            event_ticker=event_ticker,
            expected_expiration_ts=expected_expiration_ts,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            custom_strike=custom_strike,
        )

        lifecycle_additional_metadata.additional_properties = d
        return lifecycle_additional_metadata

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("name", self.name),
            ("title", self.title),
            ("yes_sub_title", self.yes_sub_title),
            ("no_sub_title", self.no_sub_title),
            ("rules_primary", self.rules_primary),
            ("rules_secondary", self.rules_secondary),
            ("can_close_early", self.can_close_early),
            ("event_ticker", self.event_ticker),
            ("expected_expiration_ts", self.expected_expiration_ts),
            ("strike_type", self.strike_type),
            ("floor_strike", self.floor_strike),
            ("cap_strike", self.cap_strike),
            ("custom_strike", self.custom_strike),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"LifecycleAdditionalMetadata({shown})"

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
