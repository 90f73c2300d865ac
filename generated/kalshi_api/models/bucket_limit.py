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

T = TypeVar("T", bound="BucketLimit")


@_attrs_define
class BucketLimit:
    """
    Attributes:
        refill_rate (int | Unset):
        bucket_capacity (int | Unset):
    """

    refill_rate: int | Unset = UNSET
    bucket_capacity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        refill_rate = self.refill_rate

        bucket_capacity = self.bucket_capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refill_rate is not UNSET:
            field_dict["refill_rate"] = refill_rate
        if bucket_capacity is not UNSET:
            field_dict["bucket_capacity"] = bucket_capacity

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
            bucket_limit = cls.__new__(cls)
            bucket_limit._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return bucket_limit
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        refill_rate = d.get("refill_rate", UNSET)
        if not isinstance(refill_rate, (int, Unset, NoneType)) or isinstance(
            refill_rate, bool
        ):
            raise TypeError(
                f"BucketLimit.refill_rate: expected int, got {type(refill_rate).__name__}"
            )

        bucket_capacity = d.get("bucket_capacity", UNSET)
        if not isinstance(bucket_capacity, (int, Unset, NoneType)) or isinstance(
            bucket_capacity, bool
        ):
            raise TypeError(
                f"BucketLimit.bucket_capacity: expected int, got {type(bucket_capacity).__name__}"
            )

        bucket_limit = cls(
            refill_rate=refill_rate,
            bucket_capacity=bucket_capacity,
        )
        bucket_limit.additional_properties = _load_additional_properties(d, False)
        return bucket_limit

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
                raise MalformedField(f"BucketLimit.{name}: {error!r}") from error
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
        return f"BucketLimit({', '.join(shown)})"

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


def _load_refill_rate(d: dict[str, Any], lazily: bool) -> int | Unset:
    refill_rate = d.get("refill_rate", UNSET)
    if not isinstance(refill_rate, (int, Unset, NoneType)) or isinstance(
        refill_rate, bool
    ):
        raise TypeError(
            f"BucketLimit.refill_rate: expected int, got {type(refill_rate).__name__}"
        )

    return refill_rate


def _load_bucket_capacity(d: dict[str, Any], lazily: bool) -> int | Unset:
    bucket_capacity = d.get("bucket_capacity", UNSET)
    if not isinstance(bucket_capacity, (int, Unset, NoneType)) or isinstance(
        bucket_capacity, bool
    ):
        raise TypeError(
            f"BucketLimit.bucket_capacity: expected int, got {type(bucket_capacity).__name__}"
        )

    return bucket_capacity


_FIELDS = frozenset(
    {
        "refill_rate",
        "bucket_capacity",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "refill_rate": _load_refill_rate,
    "bucket_capacity": _load_bucket_capacity,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "refill_rate",
    "bucket_capacity",
    "additional_properties",
)
