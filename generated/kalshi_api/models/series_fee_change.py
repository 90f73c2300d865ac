from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.fee_type import FeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define
class SeriesFeeChange:
    """
    Attributes:
        id (str | Unset):
        series_ticker (str | Unset):
        fee_type (FeeType | Unset):
        fee_multiplier (float | Unset):
        scheduled_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    series_ticker: str | Unset = UNSET
    fee_type: (
        FeeType
        | Literal[
            "quadratic",
            "quadratic_with_maker_fees",
            "quadratic_with_combo_maker_fees",
            "flat",
        ]
        | Unset
    ) = UNSET
    fee_multiplier: float | Unset = UNSET
    scheduled_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        series_ticker = self.series_ticker

        fee_type: str | Unset = UNSET
        if not isinstance(self.fee_type, Unset):
            fee_type = FeeType.of(self.fee_type).value

        fee_multiplier = self.fee_multiplier

        scheduled_ts: str | Unset = UNSET
        if not isinstance(self.scheduled_ts, Unset):
            scheduled_ts = self.scheduled_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if series_ticker is not UNSET:
            field_dict["series_ticker"] = series_ticker
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_multiplier is not UNSET:
            field_dict["fee_multiplier"] = fee_multiplier
        if scheduled_ts is not UNSET:
            field_dict["scheduled_ts"] = scheduled_ts

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
            series_fee_change = cls.__new__(cls)
            series_fee_change._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return series_fee_change
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(
                f"SeriesFeeChange.id: expected str, got {type(id).__name__}"
            )

        series_ticker = d.get("series_ticker", UNSET)
        if not isinstance(series_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"SeriesFeeChange.series_ticker: expected str, got {type(series_ticker).__name__}"
            )

        _fee_type = d.get("fee_type", UNSET)
        fee_type: FeeType | Unset
        if isinstance(_fee_type, Unset):
            fee_type = UNSET
        else:
            fee_type = FeeType._value2member_map_.get(_raw := _fee_type) or FeeType(
                _raw
            )

        fee_multiplier = d.get("fee_multiplier", UNSET)
        if not isinstance(fee_multiplier, (int, float, Unset, NoneType)) or isinstance(
            fee_multiplier, bool
        ):
            raise TypeError(
                f"SeriesFeeChange.fee_multiplier: expected float, got {type(fee_multiplier).__name__}"
            )

        _scheduled_ts = d.get("scheduled_ts", UNSET)
        scheduled_ts: datetime.datetime | Unset
        if isinstance(_scheduled_ts, Unset):
            scheduled_ts = UNSET
        else:
            scheduled_ts = datetime.datetime.fromisoformat(_scheduled_ts)

        series_fee_change = cls(
            id=id,
            series_ticker=series_ticker,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            scheduled_ts=scheduled_ts,
        )
        series_fee_change.additional_properties = _load_additional_properties(d, False)
        return series_fee_change

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
                raise MalformedField(f"SeriesFeeChange.{name}: {error!r}") from error
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
        return f"SeriesFeeChange({', '.join(shown)})"

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


def _load_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (str, Unset, NoneType)):
        raise TypeError(f"SeriesFeeChange.id: expected str, got {type(id).__name__}")

    return id


def _load_series_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    series_ticker = d.get("series_ticker", UNSET)
    if not isinstance(series_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"SeriesFeeChange.series_ticker: expected str, got {type(series_ticker).__name__}"
        )

    return series_ticker


def _load_fee_type(d: dict[str, Any], lazily: bool) -> FeeType | Unset:
    _fee_type = d.get("fee_type", UNSET)
    fee_type: FeeType | Unset
    if isinstance(_fee_type, Unset):
        fee_type = UNSET
    else:
        fee_type = FeeType._value2member_map_.get(_raw := _fee_type) or FeeType(_raw)

    return fee_type


def _load_fee_multiplier(d: dict[str, Any], lazily: bool) -> float | Unset:
    fee_multiplier = d.get("fee_multiplier", UNSET)
    if not isinstance(fee_multiplier, (int, float, Unset, NoneType)) or isinstance(
        fee_multiplier, bool
    ):
        raise TypeError(
            f"SeriesFeeChange.fee_multiplier: expected float, got {type(fee_multiplier).__name__}"
        )

    return fee_multiplier


def _load_scheduled_ts(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _scheduled_ts = d.get("scheduled_ts", UNSET)
    scheduled_ts: datetime.datetime | Unset
    if isinstance(_scheduled_ts, Unset):
        scheduled_ts = UNSET
    else:
        scheduled_ts = datetime.datetime.fromisoformat(_scheduled_ts)

    return scheduled_ts


_FIELDS = frozenset(
    {
        "id",
        "series_ticker",
        "fee_type",
        "fee_multiplier",
        "scheduled_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "series_ticker": _load_series_ticker,
    "fee_type": _load_fee_type,
    "fee_multiplier": _load_fee_multiplier,
    "scheduled_ts": _load_scheduled_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "series_ticker",
    "fee_type",
    "fee_multiplier",
    "scheduled_ts",
    "additional_properties",
)
