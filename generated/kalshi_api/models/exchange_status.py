from __future__ import annotations

import datetime
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
    from ..models.exchange_index_status import ExchangeIndexStatus


T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define
class ExchangeStatus:
    """
    Attributes:
        exchange_active (bool | Unset):
        trading_active (bool | Unset):
        intra_exchange_transfers_active (bool | Unset):
        exchange_estimated_resume_time (datetime.datetime | None | Unset):
        exchange_index_statuses (list[ExchangeIndexStatus] | None | Unset):
    """

    exchange_active: bool | Unset = UNSET
    trading_active: bool | Unset = UNSET
    intra_exchange_transfers_active: bool | Unset = UNSET
    exchange_estimated_resume_time: datetime.datetime | None | Unset = UNSET
    exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        exchange_active = self.exchange_active

        trading_active = self.trading_active

        intra_exchange_transfers_active = self.intra_exchange_transfers_active

        exchange_estimated_resume_time: None | str | Unset
        if isinstance(self.exchange_estimated_resume_time, Unset):
            exchange_estimated_resume_time = UNSET
        elif isinstance(self.exchange_estimated_resume_time, datetime.datetime):
            exchange_estimated_resume_time = (
                self.exchange_estimated_resume_time.isoformat()
            )
        else:
            exchange_estimated_resume_time = self.exchange_estimated_resume_time

        exchange_index_statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.exchange_index_statuses, Unset):
            exchange_index_statuses = UNSET
        elif isinstance(self.exchange_index_statuses, list):
            exchange_index_statuses = []
            for (
                exchange_index_statuses_type_0_item_data
            ) in self.exchange_index_statuses:
                exchange_index_statuses_type_0_item = (
                    exchange_index_statuses_type_0_item_data.to_dict()
                )
                exchange_index_statuses.append(exchange_index_statuses_type_0_item)

        else:
            exchange_index_statuses = self.exchange_index_statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_active is not UNSET:
            field_dict["exchange_active"] = exchange_active
        if trading_active is not UNSET:
            field_dict["trading_active"] = trading_active
        if intra_exchange_transfers_active is not UNSET:
            field_dict["intra_exchange_transfers_active"] = (
                intra_exchange_transfers_active
            )
        if exchange_estimated_resume_time is not UNSET:
            field_dict["exchange_estimated_resume_time"] = (
                exchange_estimated_resume_time
            )
        if exchange_index_statuses is not UNSET:
            field_dict["exchange_index_statuses"] = exchange_index_statuses

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
            exchange_status = cls.__new__(cls)
            exchange_status._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return exchange_status
        d = dict(src_dict)
        from ..models.exchange_index_status import ExchangeIndexStatus  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        exchange_active = d.get("exchange_active", UNSET)
        if not isinstance(exchange_active, (bool, Unset, NoneType)):
            raise TypeError(
                f"ExchangeStatus.exchange_active: expected bool, got {type(exchange_active).__name__}"
            )

        trading_active = d.get("trading_active", UNSET)
        if not isinstance(trading_active, (bool, Unset, NoneType)):
            raise TypeError(
                f"ExchangeStatus.trading_active: expected bool, got {type(trading_active).__name__}"
            )

        intra_exchange_transfers_active = d.get(
            "intra_exchange_transfers_active", UNSET
        )
        if not isinstance(intra_exchange_transfers_active, (bool, Unset, NoneType)):
            raise TypeError(
                f"ExchangeStatus.intra_exchange_transfers_active: expected bool, got {type(intra_exchange_transfers_active).__name__}"
            )

        _exchange_estimated_resume_time_data = d.get(
            "exchange_estimated_resume_time", UNSET
        )
        exchange_estimated_resume_time: datetime.datetime | None | Unset
        if _exchange_estimated_resume_time_data is None or isinstance(
            _exchange_estimated_resume_time_data, Unset
        ):
            exchange_estimated_resume_time = _exchange_estimated_resume_time_data
        elif isinstance(_exchange_estimated_resume_time_data, str):
            exchange_estimated_resume_time_type_0 = datetime.datetime.fromisoformat(
                _exchange_estimated_resume_time_data
            )

            exchange_estimated_resume_time = exchange_estimated_resume_time_type_0
        else:
            raise TypeError(
                f"exchange_estimated_resume_time: unexpected JSON type {type(_exchange_estimated_resume_time_data).__name__}"
            )

        _exchange_index_statuses_data = d.get("exchange_index_statuses", UNSET)
        exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset
        if _exchange_index_statuses_data is None or isinstance(
            _exchange_index_statuses_data, Unset
        ):
            exchange_index_statuses = _exchange_index_statuses_data
        elif isinstance(_exchange_index_statuses_data, list):
            exchange_index_statuses_type_0 = []
            _exchange_index_statuses_type_0 = _exchange_index_statuses_data
            for (
                exchange_index_statuses_type_0_item_data
            ) in _exchange_index_statuses_type_0:
                exchange_index_statuses_type_0_item = ExchangeIndexStatus.from_dict(
                    lazy=lazily, src_dict=exchange_index_statuses_type_0_item_data
                )

                exchange_index_statuses_type_0.append(
                    exchange_index_statuses_type_0_item
                )

            exchange_index_statuses = exchange_index_statuses_type_0
        else:
            raise TypeError(
                f"exchange_index_statuses: unexpected JSON type {type(_exchange_index_statuses_data).__name__}"
            )

        exchange_status = cls(
            exchange_active=exchange_active,
            trading_active=trading_active,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
            exchange_estimated_resume_time=exchange_estimated_resume_time,
            exchange_index_statuses=exchange_index_statuses,
        )
        exchange_status.additional_properties = _load_additional_properties(d, False)
        return exchange_status

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
                raise MalformedField(f"ExchangeStatus.{name}: {error!r}") from error
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
        return f"ExchangeStatus({', '.join(shown)})"

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


def _load_exchange_active(d: dict[str, Any], lazily: bool) -> bool | Unset:
    exchange_active = d.get("exchange_active", UNSET)
    if not isinstance(exchange_active, (bool, Unset, NoneType)):
        raise TypeError(
            f"ExchangeStatus.exchange_active: expected bool, got {type(exchange_active).__name__}"
        )

    return exchange_active


def _load_trading_active(d: dict[str, Any], lazily: bool) -> bool | Unset:
    trading_active = d.get("trading_active", UNSET)
    if not isinstance(trading_active, (bool, Unset, NoneType)):
        raise TypeError(
            f"ExchangeStatus.trading_active: expected bool, got {type(trading_active).__name__}"
        )

    return trading_active


def _load_intra_exchange_transfers_active(
    d: dict[str, Any], lazily: bool
) -> bool | Unset:
    intra_exchange_transfers_active = d.get("intra_exchange_transfers_active", UNSET)
    if not isinstance(intra_exchange_transfers_active, (bool, Unset, NoneType)):
        raise TypeError(
            f"ExchangeStatus.intra_exchange_transfers_active: expected bool, got {type(intra_exchange_transfers_active).__name__}"
        )

    return intra_exchange_transfers_active


def _load_exchange_estimated_resume_time(
    d: dict[str, Any], lazily: bool
) -> datetime.datetime | None | Unset:
    _exchange_estimated_resume_time_data = d.get(
        "exchange_estimated_resume_time", UNSET
    )
    exchange_estimated_resume_time: datetime.datetime | None | Unset
    if _exchange_estimated_resume_time_data is None or isinstance(
        _exchange_estimated_resume_time_data, Unset
    ):
        exchange_estimated_resume_time = _exchange_estimated_resume_time_data
    elif isinstance(_exchange_estimated_resume_time_data, str):
        exchange_estimated_resume_time_type_0 = datetime.datetime.fromisoformat(
            _exchange_estimated_resume_time_data
        )

        exchange_estimated_resume_time = exchange_estimated_resume_time_type_0
    else:
        raise TypeError(
            f"exchange_estimated_resume_time: unexpected JSON type {type(_exchange_estimated_resume_time_data).__name__}"
        )

    return exchange_estimated_resume_time


def _load_exchange_index_statuses(
    d: dict[str, Any], lazily: bool
) -> list[ExchangeIndexStatus] | None | Unset:
    from ..models.exchange_index_status import ExchangeIndexStatus  # noqa: PLC0415

    _exchange_index_statuses_data = d.get("exchange_index_statuses", UNSET)
    exchange_index_statuses: list[ExchangeIndexStatus] | None | Unset
    if _exchange_index_statuses_data is None or isinstance(
        _exchange_index_statuses_data, Unset
    ):
        exchange_index_statuses = _exchange_index_statuses_data
    elif isinstance(_exchange_index_statuses_data, list):
        exchange_index_statuses_type_0 = []
        _exchange_index_statuses_type_0 = _exchange_index_statuses_data
        for exchange_index_statuses_type_0_item_data in _exchange_index_statuses_type_0:
            exchange_index_statuses_type_0_item = ExchangeIndexStatus.from_dict(
                lazy=lazily, src_dict=exchange_index_statuses_type_0_item_data
            )

            exchange_index_statuses_type_0.append(exchange_index_statuses_type_0_item)

        exchange_index_statuses = exchange_index_statuses_type_0
    else:
        raise TypeError(
            f"exchange_index_statuses: unexpected JSON type {type(_exchange_index_statuses_data).__name__}"
        )

    return exchange_index_statuses


_FIELDS = frozenset(
    {
        "exchange_active",
        "trading_active",
        "intra_exchange_transfers_active",
        "exchange_estimated_resume_time",
        "exchange_index_statuses",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "exchange_active": _load_exchange_active,
    "trading_active": _load_trading_active,
    "intra_exchange_transfers_active": _load_intra_exchange_transfers_active,
    "exchange_estimated_resume_time": _load_exchange_estimated_resume_time,
    "exchange_index_statuses": _load_exchange_index_statuses,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "exchange_active",
    "trading_active",
    "intra_exchange_transfers_active",
    "exchange_estimated_resume_time",
    "exchange_index_statuses",
    "additional_properties",
)
