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

T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")


@_attrs_define
class GetFCMEventContractDailyCapResponse:
    """
    Attributes:
        subtrader_id (str | Unset):
        limit (str | Unset):
        executed_utilization (str | Unset):
        resting_order_utilization (str | Unset):
        pending_order_utilization (str | Unset):
        cap_date (str | Unset):
    """

    subtrader_id: str | Unset = UNSET
    limit: str | Unset = UNSET
    executed_utilization: str | Unset = UNSET
    resting_order_utilization: str | Unset = UNSET
    pending_order_utilization: str | Unset = UNSET
    cap_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = self.limit

        executed_utilization = self.executed_utilization

        resting_order_utilization = self.resting_order_utilization

        pending_order_utilization = self.pending_order_utilization

        cap_date = self.cap_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if executed_utilization is not UNSET:
            field_dict["executed_utilization"] = executed_utilization
        if resting_order_utilization is not UNSET:
            field_dict["resting_order_utilization"] = resting_order_utilization
        if pending_order_utilization is not UNSET:
            field_dict["pending_order_utilization"] = pending_order_utilization
        if cap_date is not UNSET:
            field_dict["cap_date"] = cap_date

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
            get_fcm_event_contract_daily_cap_response = cls.__new__(cls)
            get_fcm_event_contract_daily_cap_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_fcm_event_contract_daily_cap_response
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        subtrader_id = d.get("subtrader_id", UNSET)
        if not isinstance(subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        limit = d.get("limit", UNSET)
        if not isinstance(limit, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.limit: expected str, got {type(limit).__name__}"
            )

        executed_utilization = d.get("executed_utilization", UNSET)
        if not isinstance(executed_utilization, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.executed_utilization: expected str, got {type(executed_utilization).__name__}"
            )

        resting_order_utilization = d.get("resting_order_utilization", UNSET)
        if not isinstance(resting_order_utilization, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.resting_order_utilization: expected str, got {type(resting_order_utilization).__name__}"
            )

        pending_order_utilization = d.get("pending_order_utilization", UNSET)
        if not isinstance(pending_order_utilization, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.pending_order_utilization: expected str, got {type(pending_order_utilization).__name__}"
            )

        cap_date = d.get("cap_date", UNSET)
        if not isinstance(cap_date, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFCMEventContractDailyCapResponse.cap_date: expected str, got {type(cap_date).__name__}"
            )

        get_fcm_event_contract_daily_cap_response = cls(
            subtrader_id=subtrader_id,
            limit=limit,
            executed_utilization=executed_utilization,
            resting_order_utilization=resting_order_utilization,
            pending_order_utilization=pending_order_utilization,
            cap_date=cap_date,
        )
        get_fcm_event_contract_daily_cap_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_fcm_event_contract_daily_cap_response

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
                    f"GetFCMEventContractDailyCapResponse.{name}: {error!r}"
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
        return f"GetFCMEventContractDailyCapResponse({', '.join(shown)})"

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
            f"GetFCMEventContractDailyCapResponse.subtrader_id: expected str, got {type(subtrader_id).__name__}"
        )

    return subtrader_id


def _load_limit(d: dict[str, Any], lazily: bool) -> str | Unset:
    limit = d.get("limit", UNSET)
    if not isinstance(limit, (str, Unset, NoneType)):
        raise TypeError(
            f"GetFCMEventContractDailyCapResponse.limit: expected str, got {type(limit).__name__}"
        )

    return limit


def _load_executed_utilization(d: dict[str, Any], lazily: bool) -> str | Unset:
    executed_utilization = d.get("executed_utilization", UNSET)
    if not isinstance(executed_utilization, (str, Unset, NoneType)):
        raise TypeError(
            f"GetFCMEventContractDailyCapResponse.executed_utilization: expected str, got {type(executed_utilization).__name__}"
        )

    return executed_utilization


def _load_resting_order_utilization(d: dict[str, Any], lazily: bool) -> str | Unset:
    resting_order_utilization = d.get("resting_order_utilization", UNSET)
    if not isinstance(resting_order_utilization, (str, Unset, NoneType)):
        raise TypeError(
            f"GetFCMEventContractDailyCapResponse.resting_order_utilization: expected str, got {type(resting_order_utilization).__name__}"
        )

    return resting_order_utilization


def _load_pending_order_utilization(d: dict[str, Any], lazily: bool) -> str | Unset:
    pending_order_utilization = d.get("pending_order_utilization", UNSET)
    if not isinstance(pending_order_utilization, (str, Unset, NoneType)):
        raise TypeError(
            f"GetFCMEventContractDailyCapResponse.pending_order_utilization: expected str, got {type(pending_order_utilization).__name__}"
        )

    return pending_order_utilization


def _load_cap_date(d: dict[str, Any], lazily: bool) -> str | Unset:
    cap_date = d.get("cap_date", UNSET)
    if not isinstance(cap_date, (str, Unset, NoneType)):
        raise TypeError(
            f"GetFCMEventContractDailyCapResponse.cap_date: expected str, got {type(cap_date).__name__}"
        )

    return cap_date


_FIELDS = frozenset(
    {
        "subtrader_id",
        "limit",
        "executed_utilization",
        "resting_order_utilization",
        "pending_order_utilization",
        "cap_date",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "subtrader_id": _load_subtrader_id,
    "limit": _load_limit,
    "executed_utilization": _load_executed_utilization,
    "resting_order_utilization": _load_resting_order_utilization,
    "pending_order_utilization": _load_pending_order_utilization,
    "cap_date": _load_cap_date,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "subtrader_id",
    "limit",
    "executed_utilization",
    "resting_order_utilization",
    "pending_order_utilization",
    "cap_date",
    "additional_properties",
)
