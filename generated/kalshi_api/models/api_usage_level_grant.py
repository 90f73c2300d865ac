from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.exchange_instance import ExchangeInstance
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define
class ApiUsageLevelGrant:
    """
    Attributes:
        exchange_instance (ExchangeInstance | Unset):
        level (str | Unset):
        expires_ts (int | None | Unset):
        source (str | Unset):
    """

    exchange_instance: (
        ExchangeInstance | Literal["event_contract", "margined"] | Unset
    ) = UNSET
    level: str | Unset = UNSET
    expires_ts: int | None | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        exchange_instance: str | Unset = UNSET
        if not isinstance(self.exchange_instance, Unset):
            exchange_instance = ExchangeInstance.of(self.exchange_instance).value

        level = self.level

        expires_ts: int | None | Unset
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_instance is not UNSET:
            field_dict["exchange_instance"] = exchange_instance
        if level is not UNSET:
            field_dict["level"] = level
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts
        if source is not UNSET:
            field_dict["source"] = source

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
            api_usage_level_grant = cls.__new__(cls)
            api_usage_level_grant._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return api_usage_level_grant
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _exchange_instance = d.get("exchange_instance", UNSET)
        exchange_instance: ExchangeInstance | Unset
        if isinstance(_exchange_instance, Unset):
            exchange_instance = UNSET
        else:
            exchange_instance = ExchangeInstance._value2member_map_.get(
                _raw := _exchange_instance
            ) or ExchangeInstance(_raw)

        level = d.get("level", UNSET)
        if not isinstance(level, (str, Unset, NoneType)):
            raise TypeError(
                f"ApiUsageLevelGrant.level: expected str, got {type(level).__name__}"
            )

        _expires_ts_data = d.get("expires_ts", UNSET)
        expires_ts: int | None | Unset
        if _expires_ts_data is None or isinstance(_expires_ts_data, Unset):
            expires_ts = _expires_ts_data
        elif not isinstance(_expires_ts_data, (int,)) or isinstance(
            _expires_ts_data, bool
        ):
            raise TypeError(
                f"expires_ts: expected int, got {type(_expires_ts_data).__name__}"
            )
        else:
            expires_ts = cast(int | None | Unset, _expires_ts_data)

        source = d.get("source", UNSET)
        if not isinstance(source, (str, Unset, NoneType)):
            raise TypeError(
                f"ApiUsageLevelGrant.source: expected str, got {type(source).__name__}"
            )

        api_usage_level_grant = cls(
            exchange_instance=exchange_instance,
            level=level,
            expires_ts=expires_ts,
            source=source,
        )
        api_usage_level_grant.additional_properties = _load_additional_properties(
            d, False
        )
        return api_usage_level_grant

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
                raise MalformedField(f"ApiUsageLevelGrant.{name}: {error!r}") from error
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
        return f"ApiUsageLevelGrant({', '.join(shown)})"

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


def _load_exchange_instance(
    d: dict[str, Any], lazily: bool
) -> ExchangeInstance | Unset:
    _exchange_instance = d.get("exchange_instance", UNSET)
    exchange_instance: ExchangeInstance | Unset
    if isinstance(_exchange_instance, Unset):
        exchange_instance = UNSET
    else:
        exchange_instance = ExchangeInstance._value2member_map_.get(
            _raw := _exchange_instance
        ) or ExchangeInstance(_raw)

    return exchange_instance


def _load_level(d: dict[str, Any], lazily: bool) -> str | Unset:
    level = d.get("level", UNSET)
    if not isinstance(level, (str, Unset, NoneType)):
        raise TypeError(
            f"ApiUsageLevelGrant.level: expected str, got {type(level).__name__}"
        )

    return level


def _load_expires_ts(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _expires_ts_data = d.get("expires_ts", UNSET)
    expires_ts: int | None | Unset
    if _expires_ts_data is None or isinstance(_expires_ts_data, Unset):
        expires_ts = _expires_ts_data
    elif not isinstance(_expires_ts_data, (int,)) or isinstance(_expires_ts_data, bool):
        raise TypeError(
            f"expires_ts: expected int, got {type(_expires_ts_data).__name__}"
        )
    else:
        expires_ts = cast(int | None | Unset, _expires_ts_data)

    return expires_ts


def _load_source(d: dict[str, Any], lazily: bool) -> str | Unset:
    source = d.get("source", UNSET)
    if not isinstance(source, (str, Unset, NoneType)):
        raise TypeError(
            f"ApiUsageLevelGrant.source: expected str, got {type(source).__name__}"
        )

    return source


_FIELDS = frozenset(
    {
        "exchange_instance",
        "level",
        "expires_ts",
        "source",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "exchange_instance": _load_exchange_instance,
    "level": _load_level,
    "expires_ts": _load_expires_ts,
    "source": _load_source,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "exchange_instance",
    "level",
    "expires_ts",
    "source",
    "additional_properties",
)
