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

T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define
class CreateOrderGroupRequest:
    """
    Attributes:
        subaccount (int | Unset):
        contracts_limit (int | Unset):
        contracts_limit_fp (None | str | Unset):
        exchange_index (int | Unset):  Default: 0.
    """

    subaccount: int | Unset = UNSET
    contracts_limit: int | Unset = UNSET
    contracts_limit_fp: None | str | Unset = UNSET
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount = self.subaccount

        contracts_limit = self.contracts_limit

        contracts_limit_fp: None | str | Unset
        if isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = UNSET
        else:
            contracts_limit_fp = self.contracts_limit_fp

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

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
                f"CreateOrderGroupRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        contracts_limit = d.pop("contracts_limit", UNSET)
        if not isinstance(contracts_limit, int | Unset | None) or isinstance(
            contracts_limit, bool
        ):
            raise TypeError(
                f"CreateOrderGroupRequest.contracts_limit: expected int, got {type(contracts_limit).__name__}"
            )

        _contracts_limit_fp_data = d.pop("contracts_limit_fp", UNSET)
        contracts_limit_fp: None | str | Unset
        if _contracts_limit_fp_data is None or isinstance(
            _contracts_limit_fp_data, Unset
        ):
            contracts_limit_fp = _contracts_limit_fp_data
        elif not isinstance(_contracts_limit_fp_data, str):
            raise TypeError(
                f"contracts_limit_fp: expected str, got {type(_contracts_limit_fp_data).__name__}"
            )
        else:
            contracts_limit_fp = cast(None | str | Unset, _contracts_limit_fp_data)

        exchange_index = d.pop("exchange_index", UNSET)
        if not isinstance(exchange_index, int | Unset | None) or isinstance(
            exchange_index, bool
        ):
            raise TypeError(
                f"CreateOrderGroupRequest.exchange_index: expected int, got {type(exchange_index).__name__}"
            )

        create_order_group_request = cls(
            subaccount=subaccount,
            contracts_limit=contracts_limit,
            contracts_limit_fp=contracts_limit_fp,
            exchange_index=exchange_index,
        )

        create_order_group_request.additional_properties = d
        return create_order_group_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("subaccount", self.subaccount),
            ("contracts_limit", self.contracts_limit),
            ("contracts_limit_fp", self.contracts_limit_fp),
            ("exchange_index", self.exchange_index),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateOrderGroupRequest({shown})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_limit_fp": 1,
    }

    def decimal(self, name: Literal["contracts_limit_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidValue(
                f"CreateOrderGroupRequest.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"CreateOrderGroupRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"CreateOrderGroupRequest.{name} is {value!r}, not a finite number"
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
