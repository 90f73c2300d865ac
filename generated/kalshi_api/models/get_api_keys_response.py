from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


T = TypeVar("T", bound="GetApiKeysResponse")


@_attrs_define
class GetApiKeysResponse:
    """
    Attributes:
        api_keys (list[ApiKey] | None | Unset):
        api_key_region_expiration_ts (int | None | Unset):
    """

    api_keys: list[ApiKey] | None | Unset = UNSET
    api_key_region_expiration_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.api_keys, Unset):
            api_keys = UNSET
        elif isinstance(self.api_keys, list):
            api_keys = []
            for api_keys_type_0_item_data in self.api_keys:
                api_keys_type_0_item = api_keys_type_0_item_data.to_dict()
                api_keys.append(api_keys_type_0_item)

        else:
            api_keys = self.api_keys

        api_key_region_expiration_ts: int | None | Unset
        if isinstance(self.api_key_region_expiration_ts, Unset):
            api_key_region_expiration_ts = UNSET
        else:
            api_key_region_expiration_ts = self.api_key_region_expiration_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if api_key_region_expiration_ts is not UNSET:
            field_dict["api_key_region_expiration_ts"] = api_key_region_expiration_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key import ApiKey  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _api_keys_data = d.pop("api_keys", UNSET)
        api_keys: list[ApiKey] | None | Unset
        if _api_keys_data is None or isinstance(_api_keys_data, Unset):
            api_keys = _api_keys_data
        elif isinstance(_api_keys_data, list):
            api_keys_type_0 = []
            _api_keys_type_0 = _api_keys_data
            for api_keys_type_0_item_data in _api_keys_type_0:
                api_keys_type_0_item = ApiKey.from_dict(api_keys_type_0_item_data)

                api_keys_type_0.append(api_keys_type_0_item)

            api_keys = api_keys_type_0
        else:
            raise TypeError(
                f"api_keys: unexpected JSON type {type(_api_keys_data).__name__}"
            )

        _api_key_region_expiration_ts_data = d.pop(
            "api_key_region_expiration_ts", UNSET
        )
        api_key_region_expiration_ts: int | None | Unset
        if _api_key_region_expiration_ts_data is None or isinstance(
            _api_key_region_expiration_ts_data, Unset
        ):
            api_key_region_expiration_ts = _api_key_region_expiration_ts_data
        elif not isinstance(_api_key_region_expiration_ts_data, int) or isinstance(
            _api_key_region_expiration_ts_data, bool
        ):
            raise TypeError(
                f"api_key_region_expiration_ts: expected int, got {type(_api_key_region_expiration_ts_data).__name__}"
            )
        else:
            api_key_region_expiration_ts = cast(
                int | None | Unset, _api_key_region_expiration_ts_data
            )

        get_api_keys_response = cls(
            api_keys=api_keys,
            api_key_region_expiration_ts=api_key_region_expiration_ts,
        )

        get_api_keys_response.additional_properties = d
        return get_api_keys_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("api_keys", self.api_keys),
            ("api_key_region_expiration_ts", self.api_key_region_expiration_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetApiKeysResponse({shown})"

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
