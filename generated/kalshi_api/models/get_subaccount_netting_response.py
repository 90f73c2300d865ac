from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_netting_config import SubaccountNettingConfig


T = TypeVar("T", bound="GetSubaccountNettingResponse")


@_attrs_define
class GetSubaccountNettingResponse:
    """
    Attributes:
        netting_configs (list[SubaccountNettingConfig] | None | Unset):
    """

    netting_configs: list[SubaccountNettingConfig] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        netting_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.netting_configs, Unset):
            netting_configs = UNSET
        elif isinstance(self.netting_configs, list):
            netting_configs = []
            for netting_configs_type_0_item_data in self.netting_configs:
                netting_configs_type_0_item = netting_configs_type_0_item_data.to_dict()
                netting_configs.append(netting_configs_type_0_item)

        else:
            netting_configs = self.netting_configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if netting_configs is not UNSET:
            field_dict["netting_configs"] = netting_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_netting_config import SubaccountNettingConfig  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _netting_configs_data = d.pop("netting_configs", UNSET)
        netting_configs: list[SubaccountNettingConfig] | None | Unset
        if _netting_configs_data is None or isinstance(_netting_configs_data, Unset):
            netting_configs = _netting_configs_data
        elif isinstance(_netting_configs_data, list):
            netting_configs_type_0 = []
            _netting_configs_type_0 = _netting_configs_data
            for netting_configs_type_0_item_data in _netting_configs_type_0:
                netting_configs_type_0_item = SubaccountNettingConfig.from_dict(
                    netting_configs_type_0_item_data
                )

                netting_configs_type_0.append(netting_configs_type_0_item)

            netting_configs = netting_configs_type_0
        else:
            raise TypeError(
                f"netting_configs: unexpected JSON type {type(_netting_configs_data).__name__}"
            )

        get_subaccount_netting_response = cls(
            netting_configs=netting_configs,
        )

        get_subaccount_netting_response.additional_properties = d
        return get_subaccount_netting_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("netting_configs", self.netting_configs),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetSubaccountNettingResponse({shown})"

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
