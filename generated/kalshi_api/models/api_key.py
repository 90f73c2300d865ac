from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

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
                scopes_type_0_item = ApiKeyScope.of(scopes_type_0_item_data).value
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
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)
        if not isinstance(api_key_id, str | Unset | None):
            raise TypeError(
                f"ApiKey.api_key_id: expected str, got {type(api_key_id).__name__}"
            )

        name = d.pop("name", UNSET)
        if not isinstance(name, str | Unset | None):
            raise TypeError(f"ApiKey.name: expected str, got {type(name).__name__}")

        _scopes_data = d.pop("scopes", UNSET)
        scopes: list[ApiKeyScope] | None | Unset
        if _scopes_data is None or isinstance(_scopes_data, Unset):
            scopes = _scopes_data
        elif isinstance(_scopes_data, list):
            scopes_type_0 = []
            _scopes_type_0 = _scopes_data
            for scopes_type_0_item_data in _scopes_type_0:
                scopes_type_0_item = ApiKeyScope._value2member_map_.get(
                    _raw := scopes_type_0_item_data
                ) or ApiKeyScope(_raw)

                scopes_type_0.append(scopes_type_0_item)

            scopes = scopes_type_0
        else:
            raise TypeError(
                f"scopes: unexpected JSON type {type(_scopes_data).__name__}"
            )

        _subaccount_data = d.pop("subaccount", UNSET)
        subaccount: int | None | Unset
        if _subaccount_data is None or isinstance(_subaccount_data, Unset):
            subaccount = _subaccount_data
        elif not isinstance(_subaccount_data, int) or isinstance(
            _subaccount_data, bool
        ):
            raise TypeError(
                f"subaccount: expected int, got {type(_subaccount_data).__name__}"
            )
        else:
            subaccount = cast(int | None | Unset, _subaccount_data)

        _fcm_subtrader_id_data = d.pop("fcm_subtrader_id", UNSET)
        fcm_subtrader_id: None | str | Unset
        if _fcm_subtrader_id_data is None or isinstance(_fcm_subtrader_id_data, Unset):
            fcm_subtrader_id = _fcm_subtrader_id_data
        elif not isinstance(_fcm_subtrader_id_data, str):
            raise TypeError(
                f"fcm_subtrader_id: expected str, got {type(_fcm_subtrader_id_data).__name__}"
            )
        else:
            fcm_subtrader_id = cast(None | str | Unset, _fcm_subtrader_id_data)

        api_key = cls(
            api_key_id=api_key_id,
            name=name,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )

        api_key.additional_properties = d
        return api_key

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("api_key_id", self.api_key_id),
            ("name", self.name),
            ("scopes", self.scopes),
            ("subaccount", self.subaccount),
            ("fcm_subtrader_id", self.fcm_subtrader_id),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ApiKey({shown})"

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
