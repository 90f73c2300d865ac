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


T = TypeVar("T", bound="GetMultivariateEventCollectionResponse")


@_attrs_define
class GetMultivariateEventCollectionResponse:
    """
    Attributes:
        multivariate_contract (MultivariateEventCollection | Unset):
    """

    multivariate_contract: MultivariateEventCollection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multivariate_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multivariate_contract, Unset):
            multivariate_contract = self.multivariate_contract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if multivariate_contract is not UNSET:
            field_dict["multivariate_contract"] = multivariate_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multivariate_event_collection import MultivariateEventCollection  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _multivariate_contract = d.pop("multivariate_contract", UNSET)
        multivariate_contract: MultivariateEventCollection | Unset
        if isinstance(_multivariate_contract, Unset):
            multivariate_contract = UNSET
        else:
            multivariate_contract = MultivariateEventCollection.from_dict(
                _multivariate_contract
            )

        get_multivariate_event_collection_response = cls(
            multivariate_contract=multivariate_contract,
        )

        get_multivariate_event_collection_response.additional_properties = d
        return get_multivariate_event_collection_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("multivariate_contract", self.multivariate_contract),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetMultivariateEventCollectionResponse({shown})"

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
