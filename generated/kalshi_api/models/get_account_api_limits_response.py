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
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


@_attrs_define
class GetAccountApiLimitsResponse:
    """
    Attributes:
        usage_tier (str | Unset):
        read (BucketLimit | Unset):
        write (BucketLimit | Unset):
        grants (list[ApiUsageLevelGrant] | None | Unset):
    """

    usage_tier: str | Unset = UNSET
    read: BucketLimit | Unset = UNSET
    write: BucketLimit | Unset = UNSET
    grants: list[ApiUsageLevelGrant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage_tier = self.usage_tier

        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write, Unset):
            write = self.write.to_dict()

        grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.grants, Unset):
            grants = UNSET
        elif isinstance(self.grants, list):
            grants = []
            for grants_type_0_item_data in self.grants:
                grants_type_0_item = grants_type_0_item_data.to_dict()
                grants.append(grants_type_0_item)

        else:
            grants = self.grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage_tier is not UNSET:
            field_dict["usage_tier"] = usage_tier
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_usage_level_grant import ApiUsageLevelGrant  # noqa: PLC0415
        from ..models.bucket_limit import BucketLimit  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        usage_tier = d.pop("usage_tier", UNSET)
        if not isinstance(usage_tier, str | Unset | None):
            raise TypeError(
                f"GetAccountApiLimitsResponse.usage_tier: expected str, got {type(usage_tier).__name__}"
            )

        _read = d.pop("read", UNSET)
        read: BucketLimit | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = BucketLimit.from_dict(_read)

        _write = d.pop("write", UNSET)
        write: BucketLimit | Unset
        if isinstance(_write, Unset):
            write = UNSET
        else:
            write = BucketLimit.from_dict(_write)

        _grants_data = d.pop("grants", UNSET)
        grants: list[ApiUsageLevelGrant] | None | Unset
        if _grants_data is None or isinstance(_grants_data, Unset):
            grants = _grants_data
        elif isinstance(_grants_data, list):
            grants_type_0 = []
            _grants_type_0 = _grants_data
            for grants_type_0_item_data in _grants_type_0:
                grants_type_0_item = ApiUsageLevelGrant.from_dict(
                    grants_type_0_item_data
                )

                grants_type_0.append(grants_type_0_item)

            grants = grants_type_0
        else:
            raise TypeError(
                f"grants: unexpected JSON type {type(_grants_data).__name__}"
            )

        get_account_api_limits_response = cls(
            usage_tier=usage_tier,
            read=read,
            write=write,
            grants=grants,
        )

        get_account_api_limits_response.additional_properties = d
        return get_account_api_limits_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("usage_tier", self.usage_tier),
            ("read", self.read),
            ("write", self.write),
            ("grants", self.grants),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetAccountApiLimitsResponse({shown})"

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
