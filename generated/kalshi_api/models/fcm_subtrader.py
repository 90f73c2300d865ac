from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="FCMSubtrader")


@_attrs_define
class FCMSubtrader:
    """
    Attributes:
        subtrader_id (str | Unset):
        exchange_indices (list[int] | None | Unset):
        trading_blocked (bool | Unset):
        fcm_trading_blocked (bool | Unset):
        propagation_pending (bool | Unset):
    """

    subtrader_id: str | Unset = UNSET
    exchange_indices: list[int] | None | Unset = UNSET
    trading_blocked: bool | Unset = UNSET
    fcm_trading_blocked: bool | Unset = UNSET
    propagation_pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        exchange_indices: list[int] | None | Unset
        if isinstance(self.exchange_indices, Unset):
            exchange_indices = UNSET
        elif isinstance(self.exchange_indices, list):
            exchange_indices = self.exchange_indices

        else:
            exchange_indices = self.exchange_indices

        trading_blocked = self.trading_blocked

        fcm_trading_blocked = self.fcm_trading_blocked

        propagation_pending = self.propagation_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if exchange_indices is not UNSET:
            field_dict["exchange_indices"] = exchange_indices
        if trading_blocked is not UNSET:
            field_dict["trading_blocked"] = trading_blocked
        if fcm_trading_blocked is not UNSET:
            field_dict["fcm_trading_blocked"] = fcm_trading_blocked
        if propagation_pending is not UNSET:
            field_dict["propagation_pending"] = propagation_pending

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
            fcm_subtrader = cls.__new__(cls)
            fcm_subtrader._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return fcm_subtrader
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        subtrader_id = d.get("subtrader_id", UNSET)
        if not isinstance(subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"FCMSubtrader.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        _exchange_indices_data = d.get("exchange_indices", UNSET)
        exchange_indices: list[int] | None | Unset
        if _exchange_indices_data is None or isinstance(_exchange_indices_data, Unset):
            exchange_indices = _exchange_indices_data
        elif isinstance(_exchange_indices_data, list):
            exchange_indices_type_0 = cast(list[int], _exchange_indices_data)

            exchange_indices = exchange_indices_type_0
        else:
            raise TypeError(
                f"exchange_indices: unexpected JSON type {type(_exchange_indices_data).__name__}"
            )

        trading_blocked = d.get("trading_blocked", UNSET)
        if not isinstance(trading_blocked, (bool, Unset, NoneType)):
            raise TypeError(
                f"FCMSubtrader.trading_blocked: expected bool, got {type(trading_blocked).__name__}"
            )

        fcm_trading_blocked = d.get("fcm_trading_blocked", UNSET)
        if not isinstance(fcm_trading_blocked, (bool, Unset, NoneType)):
            raise TypeError(
                f"FCMSubtrader.fcm_trading_blocked: expected bool, got {type(fcm_trading_blocked).__name__}"
            )

        propagation_pending = d.get("propagation_pending", UNSET)
        if not isinstance(propagation_pending, (bool, Unset, NoneType)):
            raise TypeError(
                f"FCMSubtrader.propagation_pending: expected bool, got {type(propagation_pending).__name__}"
            )

        fcm_subtrader = cls(
            subtrader_id=subtrader_id,
            exchange_indices=exchange_indices,
            trading_blocked=trading_blocked,
            fcm_trading_blocked=fcm_trading_blocked,
            propagation_pending=propagation_pending,
        )
        fcm_subtrader.additional_properties = _load_additional_properties(d, False)
        return fcm_subtrader

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
                raise MalformedField(f"FCMSubtrader.{name}: {error!r}") from error
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
        return f"FCMSubtrader({', '.join(shown)})"

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


def _load_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    subtrader_id = d.get("subtrader_id", UNSET)
    if not isinstance(subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"FCMSubtrader.subtrader_id: expected str, got {type(subtrader_id).__name__}"
        )

    return subtrader_id


def _load_exchange_indices(d: dict[str, Any], lazily: bool) -> list[int] | None | Unset:
    _exchange_indices_data = d.get("exchange_indices", UNSET)
    exchange_indices: list[int] | None | Unset
    if _exchange_indices_data is None or isinstance(_exchange_indices_data, Unset):
        exchange_indices = _exchange_indices_data
    elif isinstance(_exchange_indices_data, list):
        exchange_indices_type_0 = cast(list[int], _exchange_indices_data)

        exchange_indices = exchange_indices_type_0
    else:
        raise TypeError(
            f"exchange_indices: unexpected JSON type {type(_exchange_indices_data).__name__}"
        )

    return exchange_indices


def _load_trading_blocked(d: dict[str, Any], lazily: bool) -> bool | Unset:
    trading_blocked = d.get("trading_blocked", UNSET)
    if not isinstance(trading_blocked, (bool, Unset, NoneType)):
        raise TypeError(
            f"FCMSubtrader.trading_blocked: expected bool, got {type(trading_blocked).__name__}"
        )

    return trading_blocked


def _load_fcm_trading_blocked(d: dict[str, Any], lazily: bool) -> bool | Unset:
    fcm_trading_blocked = d.get("fcm_trading_blocked", UNSET)
    if not isinstance(fcm_trading_blocked, (bool, Unset, NoneType)):
        raise TypeError(
            f"FCMSubtrader.fcm_trading_blocked: expected bool, got {type(fcm_trading_blocked).__name__}"
        )

    return fcm_trading_blocked


def _load_propagation_pending(d: dict[str, Any], lazily: bool) -> bool | Unset:
    propagation_pending = d.get("propagation_pending", UNSET)
    if not isinstance(propagation_pending, (bool, Unset, NoneType)):
        raise TypeError(
            f"FCMSubtrader.propagation_pending: expected bool, got {type(propagation_pending).__name__}"
        )

    return propagation_pending


_FIELDS = frozenset(
    {
        "subtrader_id",
        "exchange_indices",
        "trading_blocked",
        "fcm_trading_blocked",
        "propagation_pending",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "subtrader_id": _load_subtrader_id,
    "exchange_indices": _load_exchange_indices,
    "trading_blocked": _load_trading_blocked,
    "fcm_trading_blocked": _load_fcm_trading_blocked,
    "propagation_pending": _load_propagation_pending,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "subtrader_id",
    "exchange_indices",
    "trading_blocked",
    "fcm_trading_blocked",
    "propagation_pending",
    "additional_properties",
)
