from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        refill_rate = d.pop("refill_rate", UNSET)
        if not isinstance(refill_rate, int | Unset | None) or isinstance(
            refill_rate, bool
        ):
            raise TypeError(
                f"BucketLimit.refill_rate: expected int, got {type(refill_rate).__name__}"
            )

        bucket_capacity = d.pop("bucket_capacity", UNSET)
        if not isinstance(bucket_capacity, int | Unset | None) or isinstance(
            bucket_capacity, bool
        ):
            raise TypeError(
                f"BucketLimit.bucket_capacity: expected int, got {type(bucket_capacity).__name__}"
            )

        bucket_limit = cls(
            refill_rate=refill_rate,
            bucket_capacity=bucket_capacity,
        )

        bucket_limit.additional_properties = d
        return bucket_limit

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("refill_rate", self.refill_rate),
            ("bucket_capacity", self.bucket_capacity),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BucketLimit({shown})"

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
