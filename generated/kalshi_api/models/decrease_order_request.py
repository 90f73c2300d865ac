from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderRequest")


@_attrs_define
class DecreaseOrderRequest:
    """
    Attributes:
        subaccount (int | Unset):  Default: 0.
        reduce_by (int | Unset):
        reduce_by_fp (None | str | Unset):
        reduce_to (int | Unset):
        reduce_to_fp (None | str | Unset):
    """

    subaccount: int | Unset = 0
    reduce_by: int | Unset = UNSET
    reduce_by_fp: None | str | Unset = UNSET
    reduce_to: int | Unset = UNSET
    reduce_to_fp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        reduce_by = self.reduce_by

        reduce_by_fp: None | str | Unset
        if isinstance(self.reduce_by_fp, Unset):
            reduce_by_fp = UNSET
        else:
            reduce_by_fp = self.reduce_by_fp

        reduce_to = self.reduce_to

        reduce_to_fp: None | str | Unset
        if isinstance(self.reduce_to_fp, Unset):
            reduce_to_fp = UNSET
        else:
            reduce_to_fp = self.reduce_to_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_by_fp is not UNSET:
            field_dict["reduce_by_fp"] = reduce_by_fp
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if reduce_to_fp is not UNSET:
            field_dict["reduce_to_fp"] = reduce_to_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount = d.pop("subaccount", UNSET)

        reduce_by = d.pop("reduce_by", UNSET)

        _reduce_by_fp_data = d.pop("reduce_by_fp", UNSET)
        reduce_by_fp: None | str | Unset
        if _reduce_by_fp_data is None or isinstance(_reduce_by_fp_data, Unset):
            reduce_by_fp = _reduce_by_fp_data
        else:
            reduce_by_fp = cast(None | str | Unset, _reduce_by_fp_data)

        reduce_to = d.pop("reduce_to", UNSET)

        _reduce_to_fp_data = d.pop("reduce_to_fp", UNSET)
        reduce_to_fp: None | str | Unset
        if _reduce_to_fp_data is None or isinstance(_reduce_to_fp_data, Unset):
            reduce_to_fp = _reduce_to_fp_data
        else:
            reduce_to_fp = cast(None | str | Unset, _reduce_to_fp_data)

        decrease_order_request = cls(
            subaccount=subaccount,
            reduce_by=reduce_by,
            reduce_by_fp=reduce_by_fp,
            reduce_to=reduce_to,
            reduce_to_fp=reduce_to_fp,
        )

        decrease_order_request.additional_properties = d
        return decrease_order_request

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
