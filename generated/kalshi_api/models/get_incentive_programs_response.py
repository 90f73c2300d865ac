from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            get_incentive_programs_response = cls.__new__(cls)
            get_incentive_programs_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_incentive_programs_response
        d = dict(src_dict)
        from ..models.incentive_program import IncentiveProgram  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _incentive_programs_data = d.get("incentive_programs", UNSET)
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
                    lazy=lazily, src_dict=incentive_programs_type_0_item_data
                )

                incentive_programs_type_0.append(incentive_programs_type_0_item)

            incentive_programs = incentive_programs_type_0
        else:
            raise TypeError(
                f"incentive_programs: unexpected JSON type {type(_incentive_programs_data).__name__}"
            )

        next_cursor = d.get("next_cursor", UNSET)
        if not isinstance(next_cursor, (str, Unset, NoneType)):
            raise TypeError(
                f"GetIncentiveProgramsResponse.next_cursor: expected str, got {type(next_cursor).__name__}"
            )

        get_incentive_programs_response = cls(
            incentive_programs=incentive_programs,
            next_cursor=next_cursor,
        )
        get_incentive_programs_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_incentive_programs_response

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(
                    f"GetIncentiveProgramsResponse.{name}: {error!r}"
                ) from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"GetIncentiveProgramsResponse({', '.join(shown)})"

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


def _load_incentive_programs(
    d: dict[str, Any], lazily: bool
) -> list[IncentiveProgram] | None | Unset:
    from ..models.incentive_program import IncentiveProgram  # noqa: PLC0415

    _incentive_programs_data = d.get("incentive_programs", UNSET)
    incentive_programs: list[IncentiveProgram] | None | Unset
    if _incentive_programs_data is None or isinstance(_incentive_programs_data, Unset):
        incentive_programs = _incentive_programs_data
    elif isinstance(_incentive_programs_data, list):
        incentive_programs_type_0 = []
        _incentive_programs_type_0 = _incentive_programs_data
        for incentive_programs_type_0_item_data in _incentive_programs_type_0:
            incentive_programs_type_0_item = IncentiveProgram.from_dict(
                lazy=lazily, src_dict=incentive_programs_type_0_item_data
            )

            incentive_programs_type_0.append(incentive_programs_type_0_item)

        incentive_programs = incentive_programs_type_0
    else:
        raise TypeError(
            f"incentive_programs: unexpected JSON type {type(_incentive_programs_data).__name__}"
        )

    return incentive_programs


def _load_next_cursor(d: dict[str, Any], lazily: bool) -> str | Unset:
    next_cursor = d.get("next_cursor", UNSET)
    if not isinstance(next_cursor, (str, Unset, NoneType)):
        raise TypeError(
            f"GetIncentiveProgramsResponse.next_cursor: expected str, got {type(next_cursor).__name__}"
        )

    return next_cursor


_FIELDS = frozenset(
    {
        "incentive_programs",
        "next_cursor",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "incentive_programs": _load_incentive_programs,
    "next_cursor": _load_next_cursor,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "incentive_programs",
    "next_cursor",
    "additional_properties",
)
