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
    from ..models.incentive_program import IncentiveProgram


T = TypeVar("T", bound="GetIncentiveProgramsResponse")


@_attrs_define
class GetIncentiveProgramsResponse:
    """
    Attributes:
        incentive_programs (list[IncentiveProgram] | None | Unset):
        next_cursor (str | Unset):
    """

    incentive_programs: list[IncentiveProgram] | None | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incentive_programs: list[dict[str, Any]] | None | Unset
        if isinstance(self.incentive_programs, Unset):
            incentive_programs = UNSET
        elif isinstance(self.incentive_programs, list):
            incentive_programs = []
            for incentive_programs_type_0_item_data in self.incentive_programs:
                incentive_programs_type_0_item = (
                    incentive_programs_type_0_item_data.to_dict()
                )
                incentive_programs.append(incentive_programs_type_0_item)

        else:
            incentive_programs = self.incentive_programs

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incentive_programs is not UNSET:
            field_dict["incentive_programs"] = incentive_programs
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incentive_program import IncentiveProgram  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _incentive_programs_data = d.pop("incentive_programs", UNSET)
        incentive_programs: list[IncentiveProgram] | None | Unset
        if _incentive_programs_data is None or isinstance(
            _incentive_programs_data, Unset
        ):
            incentive_programs = _incentive_programs_data
        elif isinstance(_incentive_programs_data, list):
            incentive_programs_type_0 = []
            _incentive_programs_type_0 = _incentive_programs_data
            for incentive_programs_type_0_item_data in _incentive_programs_type_0:
                incentive_programs_type_0_item = IncentiveProgram.from_dict(
                    incentive_programs_type_0_item_data
                )

                incentive_programs_type_0.append(incentive_programs_type_0_item)

            incentive_programs = incentive_programs_type_0
        else:
            raise TypeError(
                f"incentive_programs: unexpected JSON type {type(_incentive_programs_data).__name__}"
            )

        next_cursor = d.pop("next_cursor", UNSET)
        if not isinstance(next_cursor, str | Unset | None):
            raise TypeError(
                f"GetIncentiveProgramsResponse.next_cursor: expected str, got {type(next_cursor).__name__}"
            )

        get_incentive_programs_response = cls(
            incentive_programs=incentive_programs,
            next_cursor=next_cursor,
        )

        get_incentive_programs_response.additional_properties = d
        return get_incentive_programs_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("incentive_programs", self.incentive_programs),
            ("next_cursor", self.next_cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetIncentiveProgramsResponse({shown})"

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
