from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateApiKeyRequest")


@_attrs_define
class GenerateApiKeyRequest:
    """
    Attributes:
        name (str):
        key_type (ApiKeyType | Unset):
        scopes (list[ApiKeyScope] | Unset):
        subaccount (int | Unset):
        fcm_subtrader_id (str | Unset):
    """

    name: str
    key_type: ApiKeyType | Literal["rsa", "ed25519"] | Unset = UNSET
    scopes: list[ApiKeyScope] | Unset = UNSET
    subaccount: int | Unset = UNSET
    fcm_subtrader_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = ApiKeyType.of(self.key_type).value

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = ApiKeyScope.of(scopes_item_data).value
                scopes.append(scopes_item)

        subaccount = self.subaccount

        fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
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
        name = d.pop("name")
        if not isinstance(name, str | None):
            raise TypeError(
                f"GenerateApiKeyRequest.name: expected str, got {type(name).__name__}"
            )

        _key_type = d.pop("key_type", UNSET)
        key_type: ApiKeyType | Unset
        if isinstance(_key_type, Unset):
            key_type = UNSET
        else:
            key_type = ApiKeyType._value2member_map_.get(
                _raw := _key_type
            ) or ApiKeyType(_raw)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[ApiKeyScope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = ApiKeyScope._value2member_map_.get(
                    _raw := scopes_item_data
                ) or ApiKeyScope(_raw)

                scopes.append(scopes_item)

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"GenerateApiKeyRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        fcm_subtrader_id = d.pop("fcm_subtrader_id", UNSET)
        if not isinstance(fcm_subtrader_id, str | Unset | None):
            raise TypeError(
                f"GenerateApiKeyRequest.fcm_subtrader_id: expected str, got {type(fcm_subtrader_id).__name__}"
            )

        generate_api_key_request = cls(
            name=name,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )

        generate_api_key_request.additional_properties = d
        return generate_api_key_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("name", self.name),
            ("key_type", self.key_type),
            ("scopes", self.scopes),
            ("subaccount", self.subaccount),
            ("fcm_subtrader_id", self.fcm_subtrader_id),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GenerateApiKeyRequest({shown})"

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
