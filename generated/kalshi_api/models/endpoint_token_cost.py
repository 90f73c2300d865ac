from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointTokenCost")


@_attrs_define
class EndpointTokenCost:
    """
    Attributes:
        method (str | Unset):
        path (str | Unset):
        cost (int | Unset):
    """

    method: str | Unset = UNSET
    path: str | Unset = UNSET
    cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        path = self.path

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        method = d.pop("method", UNSET)
        if not isinstance(method, str | Unset | None):
            raise TypeError(
                f"EndpointTokenCost.method: expected str, got {type(method).__name__}"
            )

        path = d.pop("path", UNSET)
        if not isinstance(path, str | Unset | None):
            raise TypeError(
                f"EndpointTokenCost.path: expected str, got {type(path).__name__}"
            )

        cost = d.pop("cost", UNSET)
        if not isinstance(cost, int | Unset | None) or isinstance(cost, bool):
            raise TypeError(
                f"EndpointTokenCost.cost: expected int, got {type(cost).__name__}"
            )

        endpoint_token_cost = cls(
            method=method,
            path=path,
            cost=cost,
        )

        endpoint_token_cost.additional_properties = d
        return endpoint_token_cost

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("method", self.method),
            ("path", self.path),
            ("cost", self.cost),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"EndpointTokenCost({shown})"

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
