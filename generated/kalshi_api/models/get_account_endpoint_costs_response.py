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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            get_account_endpoint_costs_response = cls.__new__(cls)
            get_account_endpoint_costs_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_account_endpoint_costs_response
        d = dict(src_dict)
        from ..models.endpoint_token_cost import EndpointTokenCost  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        default_cost = d.get("default_cost", UNSET)
        if not isinstance(default_cost, (int, Unset, NoneType)) or isinstance(
            default_cost, bool
        ):
            raise TypeError(
                f"GetAccountEndpointCostsResponse.default_cost: expected int, got {type(default_cost).__name__}"
            )

        _endpoint_costs_data = d.get("endpoint_costs", UNSET)
        endpoint_costs: list[EndpointTokenCost] | None | Unset
        if _endpoint_costs_data is None or isinstance(_endpoint_costs_data, Unset):
            endpoint_costs = _endpoint_costs_data
        elif isinstance(_endpoint_costs_data, list):
            endpoint_costs_type_0 = []
            _endpoint_costs_type_0 = _endpoint_costs_data
            for endpoint_costs_type_0_item_data in _endpoint_costs_type_0:
                endpoint_costs_type_0_item = EndpointTokenCost.from_dict(
                    lazy=lazily, src_dict=endpoint_costs_type_0_item_data
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
        get_account_endpoint_costs_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_account_endpoint_costs_response

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
                    f"GetAccountEndpointCostsResponse.{name}: {error!r}"
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
        return f"GetAccountEndpointCostsResponse({', '.join(shown)})"

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


def _load_default_cost(d: dict[str, Any], lazily: bool) -> int | Unset:
    default_cost = d.get("default_cost", UNSET)
    if not isinstance(default_cost, (int, Unset, NoneType)) or isinstance(
        default_cost, bool
    ):
        raise TypeError(
            f"GetAccountEndpointCostsResponse.default_cost: expected int, got {type(default_cost).__name__}"
        )

    return default_cost


def _load_endpoint_costs(
    d: dict[str, Any], lazily: bool
) -> list[EndpointTokenCost] | None | Unset:
    from ..models.endpoint_token_cost import EndpointTokenCost  # noqa: PLC0415

    _endpoint_costs_data = d.get("endpoint_costs", UNSET)
    endpoint_costs: list[EndpointTokenCost] | None | Unset
    if _endpoint_costs_data is None or isinstance(_endpoint_costs_data, Unset):
        endpoint_costs = _endpoint_costs_data
    elif isinstance(_endpoint_costs_data, list):
        endpoint_costs_type_0 = []
        _endpoint_costs_type_0 = _endpoint_costs_data
        for endpoint_costs_type_0_item_data in _endpoint_costs_type_0:
            endpoint_costs_type_0_item = EndpointTokenCost.from_dict(
                lazy=lazily, src_dict=endpoint_costs_type_0_item_data
            )

            endpoint_costs_type_0.append(endpoint_costs_type_0_item)

        endpoint_costs = endpoint_costs_type_0
    else:
        raise TypeError(
            f"endpoint_costs: unexpected JSON type {type(_endpoint_costs_data).__name__}"
        )

    return endpoint_costs


_FIELDS = frozenset(
    {
        "default_cost",
        "endpoint_costs",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "default_cost": _load_default_cost,
    "endpoint_costs": _load_endpoint_costs,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "default_cost",
    "endpoint_costs",
    "additional_properties",
)
