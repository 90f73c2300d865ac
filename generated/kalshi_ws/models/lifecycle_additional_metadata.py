from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            lifecycle_additional_metadata = cls.__new__(cls)
            lifecycle_additional_metadata._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return lifecycle_additional_metadata
        d = dict(src_dict)
        from ..models.lifecycle_additional_metadata_custom_strike import (
            LifecycleAdditionalMetadataCustomStrike,  # noqa: PLC0415
        )

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        name = d.get("name", UNSET)
        if not isinstance(name, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.name: expected str, got {type(name).__name__}"
            )

        title = d.get("title", UNSET)
        if not isinstance(title, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.title: expected str, got {type(title).__name__}"
            )

        yes_sub_title = d.get("yes_sub_title", UNSET)
        if not isinstance(yes_sub_title, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
            )

        no_sub_title = d.get("no_sub_title", UNSET)
        if not isinstance(no_sub_title, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.no_sub_title: expected str, got {type(no_sub_title).__name__}"
            )

        rules_primary = d.get("rules_primary", UNSET)
        if not isinstance(rules_primary, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.rules_primary: expected str, got {type(rules_primary).__name__}"
            )

        rules_secondary = d.get("rules_secondary", UNSET)
        if not isinstance(rules_secondary, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.rules_secondary: expected str, got {type(rules_secondary).__name__}"
            )

        can_close_early = d.get("can_close_early", UNSET)
        if not isinstance(can_close_early, (bool, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.can_close_early: expected bool, got {type(can_close_early).__name__}"
            )

        event_ticker = d.get("event_ticker", UNSET)
        if not isinstance(event_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.event_ticker: expected str, got {type(event_ticker).__name__}"
            )

        expected_expiration_ts = d.get("expected_expiration_ts", UNSET)
        if not isinstance(expected_expiration_ts, (int, Unset, NoneType)) or isinstance(
            expected_expiration_ts, bool
        ):
            raise TypeError(
                f"LifecycleAdditionalMetadata.expected_expiration_ts: expected int, got {type(expected_expiration_ts).__name__}"
            )

        strike_type = d.get("strike_type", UNSET)
        if not isinstance(strike_type, (str, Unset, NoneType)):
            raise TypeError(
                f"LifecycleAdditionalMetadata.strike_type: expected str, got {type(strike_type).__name__}"
            )

        floor_strike = d.get("floor_strike", UNSET)
        if not isinstance(floor_strike, (int, float, Unset, NoneType)) or isinstance(
            floor_strike, bool
        ):
            raise TypeError(
                f"LifecycleAdditionalMetadata.floor_strike: expected float, got {type(floor_strike).__name__}"
            )

        cap_strike = d.get("cap_strike", UNSET)
        if not isinstance(cap_strike, (int, float, Unset, NoneType)) or isinstance(
            cap_strike, bool
        ):
            raise TypeError(
                f"LifecycleAdditionalMetadata.cap_strike: expected float, got {type(cap_strike).__name__}"
            )

        _custom_strike = d.get("custom_strike", UNSET)
        custom_strike: LifecycleAdditionalMetadataCustomStrike | Unset
        if isinstance(_custom_strike, Unset):
            custom_strike = UNSET
        else:
            custom_strike = LifecycleAdditionalMetadataCustomStrike.from_dict(
                lazy=lazily, src_dict=_custom_strike
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
        lifecycle_additional_metadata.additional_properties = (
            _load_additional_properties(d, False)
        )
        return lifecycle_additional_metadata

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(
                    f"LifecycleAdditionalMetadata.{name}: {error!r}"
                ) from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"LifecycleAdditionalMetadata({', '.join(shown)})"

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


def _load_name(d: dict[str, Any], lazily: bool) -> str | Unset:
    name = d.get("name", UNSET)
    if not isinstance(name, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.name: expected str, got {type(name).__name__}"
        )

    return name


def _load_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    title = d.get("title", UNSET)
    if not isinstance(title, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.title: expected str, got {type(title).__name__}"
        )

    return title


def _load_yes_sub_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    yes_sub_title = d.get("yes_sub_title", UNSET)
    if not isinstance(yes_sub_title, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.yes_sub_title: expected str, got {type(yes_sub_title).__name__}"
        )

    return yes_sub_title


def _load_no_sub_title(d: dict[str, Any], lazily: bool) -> str | Unset:
    no_sub_title = d.get("no_sub_title", UNSET)
    if not isinstance(no_sub_title, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.no_sub_title: expected str, got {type(no_sub_title).__name__}"
        )

    return no_sub_title


def _load_rules_primary(d: dict[str, Any], lazily: bool) -> str | Unset:
    rules_primary = d.get("rules_primary", UNSET)
    if not isinstance(rules_primary, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.rules_primary: expected str, got {type(rules_primary).__name__}"
        )

    return rules_primary


def _load_rules_secondary(d: dict[str, Any], lazily: bool) -> str | Unset:
    rules_secondary = d.get("rules_secondary", UNSET)
    if not isinstance(rules_secondary, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.rules_secondary: expected str, got {type(rules_secondary).__name__}"
        )

    return rules_secondary


def _load_can_close_early(d: dict[str, Any], lazily: bool) -> bool | Unset:
    can_close_early = d.get("can_close_early", UNSET)
    if not isinstance(can_close_early, (bool, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.can_close_early: expected bool, got {type(can_close_early).__name__}"
        )

    return can_close_early


def _load_event_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    event_ticker = d.get("event_ticker", UNSET)
    if not isinstance(event_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.event_ticker: expected str, got {type(event_ticker).__name__}"
        )

    return event_ticker


def _load_expected_expiration_ts(d: dict[str, Any], lazily: bool) -> int | Unset:
    expected_expiration_ts = d.get("expected_expiration_ts", UNSET)
    if not isinstance(expected_expiration_ts, (int, Unset, NoneType)) or isinstance(
        expected_expiration_ts, bool
    ):
        raise TypeError(
            f"LifecycleAdditionalMetadata.expected_expiration_ts: expected int, got {type(expected_expiration_ts).__name__}"
        )

    return expected_expiration_ts


def _load_strike_type(d: dict[str, Any], lazily: bool) -> str | Unset:
    strike_type = d.get("strike_type", UNSET)
    if not isinstance(strike_type, (str, Unset, NoneType)):
        raise TypeError(
            f"LifecycleAdditionalMetadata.strike_type: expected str, got {type(strike_type).__name__}"
        )

    return strike_type


def _load_floor_strike(d: dict[str, Any], lazily: bool) -> float | Unset:
    floor_strike = d.get("floor_strike", UNSET)
    if not isinstance(floor_strike, (int, float, Unset, NoneType)) or isinstance(
        floor_strike, bool
    ):
        raise TypeError(
            f"LifecycleAdditionalMetadata.floor_strike: expected float, got {type(floor_strike).__name__}"
        )

    return floor_strike


def _load_cap_strike(d: dict[str, Any], lazily: bool) -> float | Unset:
    cap_strike = d.get("cap_strike", UNSET)
    if not isinstance(cap_strike, (int, float, Unset, NoneType)) or isinstance(
        cap_strike, bool
    ):
        raise TypeError(
            f"LifecycleAdditionalMetadata.cap_strike: expected float, got {type(cap_strike).__name__}"
        )

    return cap_strike


def _load_custom_strike(
    d: dict[str, Any], lazily: bool
) -> LifecycleAdditionalMetadataCustomStrike | Unset:
    from ..models.lifecycle_additional_metadata_custom_strike import (
        LifecycleAdditionalMetadataCustomStrike,  # noqa: PLC0415
    )

    _custom_strike = d.get("custom_strike", UNSET)
    custom_strike: LifecycleAdditionalMetadataCustomStrike | Unset
    if isinstance(_custom_strike, Unset):
        custom_strike = UNSET
    else:
        custom_strike = LifecycleAdditionalMetadataCustomStrike.from_dict(
            lazy=lazily, src_dict=_custom_strike
        )

    return custom_strike


_FIELDS = frozenset(
    {
        "name",
        "title",
        "yes_sub_title",
        "no_sub_title",
        "rules_primary",
        "rules_secondary",
        "can_close_early",
        "event_ticker",
        "expected_expiration_ts",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "custom_strike",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "name": _load_name,
    "title": _load_title,
    "yes_sub_title": _load_yes_sub_title,
    "no_sub_title": _load_no_sub_title,
    "rules_primary": _load_rules_primary,
    "rules_secondary": _load_rules_secondary,
    "can_close_early": _load_can_close_early,
    "event_ticker": _load_event_ticker,
    "expected_expiration_ts": _load_expected_expiration_ts,
    "strike_type": _load_strike_type,
    "floor_strike": _load_floor_strike,
    "cap_strike": _load_cap_strike,
    "custom_strike": _load_custom_strike,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "name",
    "title",
    "yes_sub_title",
    "no_sub_title",
    "rules_primary",
    "rules_secondary",
    "can_close_early",
    "event_ticker",
    "expected_expiration_ts",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "custom_strike",
    "additional_properties",
)
