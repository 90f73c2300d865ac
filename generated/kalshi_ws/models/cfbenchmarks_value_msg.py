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
    from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData


T = TypeVar("T", bound="CfbenchmarksValueMsg")


@_attrs_define
class CfbenchmarksValueMsg:
    """
    Attributes:
        index_id (str | Unset):
        received_at (int | Unset):
        data (str | Unset):
        avg_60s_data (CfbenchmarksAvgData | Unset):
        last_60s_windowed_average_15min (CfbenchmarksAvgData | Unset):
    """

    index_id: str | Unset = UNSET
    received_at: int | Unset = UNSET
    data: str | Unset = UNSET
    avg_60s_data: CfbenchmarksAvgData | Unset = UNSET
    last_60s_windowed_average_15min: CfbenchmarksAvgData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        received_at = self.received_at

        data = self.data

        avg_60s_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_60s_data, Unset):
            avg_60s_data = self.avg_60s_data.to_dict()

        last_60s_windowed_average_15min: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = (
                self.last_60s_windowed_average_15min.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if data is not UNSET:
            field_dict["data"] = data
        if avg_60s_data is not UNSET:
            field_dict["avg_60s_data"] = avg_60s_data
        if last_60s_windowed_average_15min is not UNSET:
            field_dict["last_60s_windowed_average_15min"] = (
                last_60s_windowed_average_15min
            )

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
            cfbenchmarks_value_msg = cls.__new__(cls)
            cfbenchmarks_value_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return cfbenchmarks_value_msg
        d = dict(src_dict)
        from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        index_id = d.get("index_id", UNSET)
        if not isinstance(index_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CfbenchmarksValueMsg.index_id: expected str, got {type(index_id).__name__}"
            )

        received_at = d.get("received_at", UNSET)
        if not isinstance(received_at, (int, Unset, NoneType)) or isinstance(
            received_at, bool
        ):
            raise TypeError(
                f"CfbenchmarksValueMsg.received_at: expected int, got {type(received_at).__name__}"
            )

        data = d.get("data", UNSET)
        if not isinstance(data, (str, Unset, NoneType)):
            raise TypeError(
                f"CfbenchmarksValueMsg.data: expected str, got {type(data).__name__}"
            )

        _avg_60s_data = d.get("avg_60s_data", UNSET)
        avg_60s_data: CfbenchmarksAvgData | Unset
        if isinstance(_avg_60s_data, Unset):
            avg_60s_data = UNSET
        else:
            avg_60s_data = CfbenchmarksAvgData.from_dict(
                lazy=lazily, src_dict=_avg_60s_data
            )

        _last_60s_windowed_average_15min = d.get(
            "last_60s_windowed_average_15min", UNSET
        )
        last_60s_windowed_average_15min: CfbenchmarksAvgData | Unset
        if isinstance(_last_60s_windowed_average_15min, Unset):
            last_60s_windowed_average_15min = UNSET
        else:
            last_60s_windowed_average_15min = CfbenchmarksAvgData.from_dict(
                lazy=lazily, src_dict=_last_60s_windowed_average_15min
            )

        cfbenchmarks_value_msg = cls(
            index_id=index_id,
            received_at=received_at,
            data=data,
            avg_60s_data=avg_60s_data,
            last_60s_windowed_average_15min=last_60s_windowed_average_15min,
        )
        cfbenchmarks_value_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return cfbenchmarks_value_msg

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
                    f"CfbenchmarksValueMsg.{name}: {error!r}"
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
        return f"CfbenchmarksValueMsg({', '.join(shown)})"

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


def _load_index_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    index_id = d.get("index_id", UNSET)
    if not isinstance(index_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CfbenchmarksValueMsg.index_id: expected str, got {type(index_id).__name__}"
        )

    return index_id


def _load_received_at(d: dict[str, Any], lazily: bool) -> int | Unset:
    received_at = d.get("received_at", UNSET)
    if not isinstance(received_at, (int, Unset, NoneType)) or isinstance(
        received_at, bool
    ):
        raise TypeError(
            f"CfbenchmarksValueMsg.received_at: expected int, got {type(received_at).__name__}"
        )

    return received_at


def _load_data(d: dict[str, Any], lazily: bool) -> str | Unset:
    data = d.get("data", UNSET)
    if not isinstance(data, (str, Unset, NoneType)):
        raise TypeError(
            f"CfbenchmarksValueMsg.data: expected str, got {type(data).__name__}"
        )

    return data


def _load_avg_60s_data(d: dict[str, Any], lazily: bool) -> CfbenchmarksAvgData | Unset:
    from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData  # noqa: PLC0415

    _avg_60s_data = d.get("avg_60s_data", UNSET)
    avg_60s_data: CfbenchmarksAvgData | Unset
    if isinstance(_avg_60s_data, Unset):
        avg_60s_data = UNSET
    else:
        avg_60s_data = CfbenchmarksAvgData.from_dict(
            lazy=lazily, src_dict=_avg_60s_data
        )

    return avg_60s_data


def _load_last_60s_windowed_average_15min(
    d: dict[str, Any], lazily: bool
) -> CfbenchmarksAvgData | Unset:
    from ..models.cfbenchmarks_avg_data import CfbenchmarksAvgData  # noqa: PLC0415

    _last_60s_windowed_average_15min = d.get("last_60s_windowed_average_15min", UNSET)
    last_60s_windowed_average_15min: CfbenchmarksAvgData | Unset
    if isinstance(_last_60s_windowed_average_15min, Unset):
        last_60s_windowed_average_15min = UNSET
    else:
        last_60s_windowed_average_15min = CfbenchmarksAvgData.from_dict(
            lazy=lazily, src_dict=_last_60s_windowed_average_15min
        )

    return last_60s_windowed_average_15min


_FIELDS = frozenset(
    {
        "index_id",
        "received_at",
        "data",
        "avg_60s_data",
        "last_60s_windowed_average_15min",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "index_id": _load_index_id,
    "received_at": _load_received_at,
    "data": _load_data,
    "avg_60s_data": _load_avg_60s_data,
    "last_60s_windowed_average_15min": _load_last_60s_windowed_average_15min,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "index_id",
    "received_at",
    "data",
    "avg_60s_data",
    "last_60s_windowed_average_15min",
    "additional_properties",
)
