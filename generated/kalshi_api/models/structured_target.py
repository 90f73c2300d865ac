from __future__ import annotations

import datetime
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
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


T = TypeVar("T", bound="StructuredTarget")


@_attrs_define
class StructuredTarget:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (str | Unset):
        details (StructuredTargetDetails | Unset):
        source_id (str | Unset):
        source_ids (StructuredTargetSourceIds | Unset):
        last_updated_ts (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    details: StructuredTargetDetails | Unset = UNSET
    source_id: str | Unset = UNSET
    source_ids: StructuredTargetSourceIds | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target_details import StructuredTargetDetails  # noqa: PLC0415
        from ..models.structured_target_source_ids import StructuredTargetSourceIds  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str | Unset | None):
            raise TypeError(
                f"StructuredTarget.id: expected str, got {type(id).__name__}"
            )

        name = d.pop("name", UNSET)
        if not isinstance(name, str | Unset | None):
            raise TypeError(
                f"StructuredTarget.name: expected str, got {type(name).__name__}"
            )

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str | Unset | None):
            raise TypeError(
                f"StructuredTarget.type_: expected str, got {type(type_).__name__}"
            )

        _details = d.pop("details", UNSET)
        details: StructuredTargetDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StructuredTargetDetails.from_dict(_details)

        source_id = d.pop("source_id", UNSET)
        if not isinstance(source_id, str | Unset | None):
            raise TypeError(
                f"StructuredTarget.source_id: expected str, got {type(source_id).__name__}"
            )

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: StructuredTargetSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = StructuredTargetSourceIds.from_dict(_source_ids)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        structured_target = cls(
            id=id,
            name=name,
            type_=type_,
            details=details,
            source_id=source_id,
            source_ids=source_ids,
            last_updated_ts=last_updated_ts,
        )

        structured_target.additional_properties = d
        return structured_target

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("name", self.name),
            ("type_", self.type_),
            ("details", self.details),
            ("source_id", self.source_id),
            ("source_ids", self.source_ids),
            ("last_updated_ts", self.last_updated_ts),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"StructuredTarget({shown})"

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
