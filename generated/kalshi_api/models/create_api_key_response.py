from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyResponse")


@_attrs_define
class CreateApiKeyResponse:
    """
    Attributes:
        api_key_id (str | Unset):
        warning (None | str | Unset):
    """

    api_key_id: str | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if warning is not UNSET:
            field_dict["warning"] = warning

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
                f"CreateApiKeyResponse.api_key_id: expected str, got {type(api_key_id).__name__}"
            )

        _warning_data = d.pop("warning", UNSET)
        warning: None | str | Unset
        if _warning_data is None or isinstance(_warning_data, Unset):
            warning = _warning_data
        elif not isinstance(_warning_data, str):
            raise TypeError(
                f"warning: expected str, got {type(_warning_data).__name__}"
            )
        else:
            warning = cast(None | str | Unset, _warning_data)

        create_api_key_response = cls(
            api_key_id=api_key_id,
            warning=warning,
        )

        create_api_key_response.additional_properties = d
        return create_api_key_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("api_key_id", self.api_key_id),
            ("warning", self.warning),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateApiKeyResponse({shown})"

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
