from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """
    Attributes:
        api_key_id (str | Unset):
        name (str | Unset):
        scopes (list[ApiKeyScope] | None | Unset):
        subaccount (int | None | Unset):
        fcm_subtrader_id (None | str | Unset):
    """

    api_key_id: str | Unset = UNSET
    name: str | Unset = UNSET
    scopes: list[ApiKeyScope] | None | Unset = UNSET
    subaccount: int | None | Unset = UNSET
    fcm_subtrader_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        name = self.name

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = []
            for scopes_type_0_item_data in self.scopes:
                scopes_type_0_item = scopes_type_0_item_data.value
                scopes.append(scopes_type_0_item)

        else:
            scopes = self.scopes

        subaccount: int | None | Unset
        if isinstance(self.subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = self.subaccount

        fcm_subtrader_id: None | str | Unset
        if isinstance(self.fcm_subtrader_id, Unset):
            fcm_subtrader_id = UNSET
        else:
            fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_scopes(data: object) -> list[ApiKeyScope] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                scopes_type_0 = []
                _scopes_type_0 = data
                for scopes_type_0_item_data in _scopes_type_0:
                    scopes_type_0_item = ApiKeyScope._value2member_map_.get(
                        scopes_type_0_item_data
                    ) or ApiKeyScope(scopes_type_0_item_data)

                    scopes_type_0.append(scopes_type_0_item)

                return scopes_type_0
            raise TypeError(f"scopes: unexpected JSON type {type(data).__name__}")

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_subaccount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount = _parse_subaccount(d.pop("subaccount", UNSET))

        def _parse_fcm_subtrader_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fcm_subtrader_id = _parse_fcm_subtrader_id(d.pop("fcm_subtrader_id", UNSET))

        api_key = cls(
            api_key_id=api_key_id,
            name=name,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )

        api_key.additional_properties = d
        return api_key

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
