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
    from ..models.multivariate_event_collection import MultivariateEventCollection


T = TypeVar("T", bound="GetMultivariateEventCollectionsResponse")


@_attrs_define
class GetMultivariateEventCollectionsResponse:
    """
    Attributes:
        multivariate_contracts (list[MultivariateEventCollection] | None | Unset):
        cursor (str | Unset):
    """

    multivariate_contracts: list[MultivariateEventCollection] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multivariate_contracts: list[dict[str, Any]] | None | Unset
        if isinstance(self.multivariate_contracts, Unset):
            multivariate_contracts = UNSET
        elif isinstance(self.multivariate_contracts, list):
            multivariate_contracts = []
            for multivariate_contracts_type_0_item_data in self.multivariate_contracts:
                multivariate_contracts_type_0_item = (
                    multivariate_contracts_type_0_item_data.to_dict()
                )
                multivariate_contracts.append(multivariate_contracts_type_0_item)

        else:
            multivariate_contracts = self.multivariate_contracts

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if multivariate_contracts is not UNSET:
            field_dict["multivariate_contracts"] = multivariate_contracts
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multivariate_event_collection import MultivariateEventCollection  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _multivariate_contracts_data = d.pop("multivariate_contracts", UNSET)
        multivariate_contracts: list[MultivariateEventCollection] | None | Unset
        if _multivariate_contracts_data is None or isinstance(
            _multivariate_contracts_data, Unset
        ):
            multivariate_contracts = _multivariate_contracts_data
        elif isinstance(_multivariate_contracts_data, list):
            multivariate_contracts_type_0 = []
            _multivariate_contracts_type_0 = _multivariate_contracts_data
            for (
                multivariate_contracts_type_0_item_data
            ) in _multivariate_contracts_type_0:
                multivariate_contracts_type_0_item = (
                    MultivariateEventCollection.from_dict(
                        multivariate_contracts_type_0_item_data
                    )
                )

                multivariate_contracts_type_0.append(multivariate_contracts_type_0_item)

            multivariate_contracts = multivariate_contracts_type_0
        else:
            raise TypeError(
                f"multivariate_contracts: unexpected JSON type {type(_multivariate_contracts_data).__name__}"
            )

        cursor = d.pop("cursor", UNSET)
        if not isinstance(cursor, str | Unset | None):
            raise TypeError(
                f"GetMultivariateEventCollectionsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_multivariate_event_collections_response = cls(
            multivariate_contracts=multivariate_contracts,
            cursor=cursor,
        )

        get_multivariate_event_collections_response.additional_properties = d
        return get_multivariate_event_collections_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("multivariate_contracts", self.multivariate_contracts),
            ("cursor", self.cursor),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetMultivariateEventCollectionsResponse({shown})"

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
