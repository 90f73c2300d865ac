from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecreaseOrderRequest")


@_attrs_define
class DecreaseOrderRequest:
    """
    Attributes:
        subaccount (int | Unset):  Default: 0.
        reduce_by (int | Unset):
        reduce_by_fp (None | str | Unset):
        reduce_to (int | Unset):
        reduce_to_fp (None | str | Unset):
    """

    subaccount: int | Unset = 0
    reduce_by: int | Unset = UNSET
    reduce_by_fp: None | str | Unset = UNSET
    reduce_to: int | Unset = UNSET
    reduce_to_fp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        reduce_by = self.reduce_by

        reduce_by_fp: None | str | Unset
        if isinstance(self.reduce_by_fp, Unset):
            reduce_by_fp = UNSET
        else:
            reduce_by_fp = self.reduce_by_fp

        reduce_to = self.reduce_to

        reduce_to_fp: None | str | Unset
        if isinstance(self.reduce_to_fp, Unset):
            reduce_to_fp = UNSET
        else:
            reduce_to_fp = self.reduce_to_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if reduce_by is not UNSET:
            field_dict["reduce_by"] = reduce_by
        if reduce_by_fp is not UNSET:
            field_dict["reduce_by_fp"] = reduce_by_fp
        if reduce_to is not UNSET:
            field_dict["reduce_to"] = reduce_to
        if reduce_to_fp is not UNSET:
            field_dict["reduce_to_fp"] = reduce_to_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"DecreaseOrderRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        reduce_by = d.pop("reduce_by", UNSET)
        if not isinstance(reduce_by, int | Unset | None) or isinstance(reduce_by, bool):
            raise TypeError(
                f"DecreaseOrderRequest.reduce_by: expected int, got {type(reduce_by).__name__}"
            )

        _reduce_by_fp_data = d.pop("reduce_by_fp", UNSET)
        reduce_by_fp: None | str | Unset
        if _reduce_by_fp_data is None or isinstance(_reduce_by_fp_data, Unset):
            reduce_by_fp = _reduce_by_fp_data
        elif not isinstance(_reduce_by_fp_data, str):
            raise TypeError(
                f"reduce_by_fp: expected str, got {type(_reduce_by_fp_data).__name__}"
            )
        else:
            reduce_by_fp = cast(None | str | Unset, _reduce_by_fp_data)

        reduce_to = d.pop("reduce_to", UNSET)
        if not isinstance(reduce_to, int | Unset | None) or isinstance(reduce_to, bool):
            raise TypeError(
                f"DecreaseOrderRequest.reduce_to: expected int, got {type(reduce_to).__name__}"
            )

        _reduce_to_fp_data = d.pop("reduce_to_fp", UNSET)
        reduce_to_fp: None | str | Unset
        if _reduce_to_fp_data is None or isinstance(_reduce_to_fp_data, Unset):
            reduce_to_fp = _reduce_to_fp_data
        elif not isinstance(_reduce_to_fp_data, str):
            raise TypeError(
                f"reduce_to_fp: expected str, got {type(_reduce_to_fp_data).__name__}"
            )
        else:
            reduce_to_fp = cast(None | str | Unset, _reduce_to_fp_data)

        decrease_order_request = cls(
            subaccount=subaccount,
            reduce_by=reduce_by,
            reduce_by_fp=reduce_by_fp,
            reduce_to=reduce_to,
            reduce_to_fp=reduce_to_fp,
        )

        decrease_order_request.additional_properties = d
        return decrease_order_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subaccount", self.subaccount),
            ("reduce_by", self.reduce_by),
            ("reduce_by_fp", self.reduce_by_fp),
            ("reduce_to", self.reduce_to),
            ("reduce_to_fp", self.reduce_to_fp),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"DecreaseOrderRequest({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "reduce_by_fp": 1,
        "reduce_to_fp": 1,
    }

    def decimal(self, name: Literal["reduce_by_fp", "reduce_to_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(
                f"DecreaseOrderRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"DecreaseOrderRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"DecreaseOrderRequest.{name} is {value!r}, not a finite number"
            )
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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
