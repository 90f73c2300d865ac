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
    from ..models.rfq import RFQ


T = TypeVar("T", bound="GetRFQsResponse")


@_attrs_define
class GetRFQsResponse:
    """
    Attributes:
        rfqs (list[RFQ] | None | Unset):
        cursor (str | Unset):
    """

    rfqs: list[RFQ] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfqs: list[dict[str, Any]] | None | Unset
        if isinstance(self.rfqs, Unset):
            rfqs = UNSET
        elif isinstance(self.rfqs, list):
            rfqs = []
            for rfqs_type_0_item_data in self.rfqs:
                rfqs_type_0_item = rfqs_type_0_item_data.to_dict()
                rfqs.append(rfqs_type_0_item)

        else:
            rfqs = self.rfqs

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfqs is not UNSET:
            field_dict["rfqs"] = rfqs
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq import RFQ  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _rfqs_data = d.pop("rfqs", UNSET)
        rfqs: list[RFQ] | None | Unset
        if _rfqs_data is None or isinstance(_rfqs_data, Unset):
            rfqs = _rfqs_data
        elif isinstance(_rfqs_data, list):
            rfqs_type_0 = []
            _rfqs_type_0 = _rfqs_data
            for rfqs_type_0_item_data in _rfqs_type_0:
                rfqs_type_0_item = RFQ.from_dict(rfqs_type_0_item_data)

                rfqs_type_0.append(rfqs_type_0_item)

            rfqs = rfqs_type_0
        else:
            raise TypeError(f"rfqs: unexpected JSON type {type(_rfqs_data).__name__}")

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetRFQsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_rf_qs_response = cls(
            rfqs=rfqs,
            cursor=cursor,
        )

        get_rf_qs_response.additional_properties = d
        return get_rf_qs_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("rfqs", self.rfqs),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetRFQsResponse({shown})"

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
