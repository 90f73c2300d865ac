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
    from ..models.endpoint_token_cost import EndpointTokenCost


T = TypeVar("T", bound="GetAccountEndpointCostsResponse")


@_attrs_define
class GetAccountEndpointCostsResponse:
    """
    Attributes:
        default_cost (int | Unset):
        endpoint_costs (list[EndpointTokenCost] | None | Unset):
    """

    default_cost: int | Unset = UNSET
    endpoint_costs: list[EndpointTokenCost] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_cost = self.default_cost

        endpoint_costs: list[dict[str, Any]] | None | Unset
        if isinstance(self.endpoint_costs, Unset):
            endpoint_costs = UNSET
        elif isinstance(self.endpoint_costs, list):
            endpoint_costs = []
            for endpoint_costs_type_0_item_data in self.endpoint_costs:
                endpoint_costs_type_0_item = endpoint_costs_type_0_item_data.to_dict()
                endpoint_costs.append(endpoint_costs_type_0_item)

        else:
            endpoint_costs = self.endpoint_costs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_cost is not UNSET:
            field_dict["default_cost"] = default_cost
        if endpoint_costs is not UNSET:
            field_dict["endpoint_costs"] = endpoint_costs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_token_cost import EndpointTokenCost  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        default_cost = d.pop("default_cost", UNSET)
        if not isinstance(default_cost, int | Unset | None) or isinstance(
            default_cost, bool
        ):
            raise TypeError(
                f"GetAccountEndpointCostsResponse.default_cost: expected int, got {type(default_cost).__name__}"
            )

        _endpoint_costs_data = d.pop("endpoint_costs", UNSET)
        endpoint_costs: list[EndpointTokenCost] | None | Unset
        if _endpoint_costs_data is None or isinstance(_endpoint_costs_data, Unset):
            endpoint_costs = _endpoint_costs_data
        elif isinstance(_endpoint_costs_data, list):
            endpoint_costs_type_0 = []
            _endpoint_costs_type_0 = _endpoint_costs_data
            for endpoint_costs_type_0_item_data in _endpoint_costs_type_0:
                endpoint_costs_type_0_item = EndpointTokenCost.from_dict(
                    endpoint_costs_type_0_item_data
                )

                endpoint_costs_type_0.append(endpoint_costs_type_0_item)

            endpoint_costs = endpoint_costs_type_0
        else:
            raise TypeError(
                f"endpoint_costs: unexpected JSON type {type(_endpoint_costs_data).__name__}"
            )

        get_account_endpoint_costs_response = cls(
            default_cost=default_cost,
            endpoint_costs=endpoint_costs,
        )

        get_account_endpoint_costs_response.additional_properties = d
        return get_account_endpoint_costs_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("default_cost", self.default_cost),
            ("endpoint_costs", self.endpoint_costs),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetAccountEndpointCostsResponse({shown})"

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
