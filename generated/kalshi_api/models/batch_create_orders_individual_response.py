from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


T = TypeVar("T", bound="BatchCreateOrdersIndividualResponse")


@_attrs_define
class BatchCreateOrdersIndividualResponse:
    """
    Attributes:
        client_order_id (None | str | Unset):
        order (None | Order | Unset):
        error (ErrorResponse | None | Unset):
    """

    client_order_id: None | str | Unset = UNSET
    order: None | Order | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order is not UNSET:
            field_dict["order"] = order
        if error is not UNSET:
            field_dict["error"] = error

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
            batch_create_orders_individual_response = cls.__new__(cls)
            batch_create_orders_individual_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return batch_create_orders_individual_response
        d = dict(src_dict)
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _client_order_id_data = d.get("client_order_id", UNSET)
        client_order_id: None | str | Unset
        if _client_order_id_data is None or isinstance(_client_order_id_data, Unset):
            client_order_id = _client_order_id_data
        elif not isinstance(_client_order_id_data, (str,)):
            raise TypeError(
                f"client_order_id: expected str, got {type(_client_order_id_data).__name__}"
            )
        else:
            client_order_id = cast(None | str | Unset, _client_order_id_data)

        _order_data = d.get("order", UNSET)
        order: None | Order | Unset
        if _order_data is None or isinstance(_order_data, Unset):
            order = _order_data
        elif isinstance(_order_data, dict):
            order_type_1 = Order.from_dict(lazy=lazily, src_dict=_order_data)

            order = order_type_1
        else:
            raise TypeError(f"order: unexpected JSON type {type(_order_data).__name__}")

        _error_data = d.get("error", UNSET)
        error: ErrorResponse | None | Unset
        if _error_data is None or isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_1 = ErrorResponse.from_dict(lazy=lazily, src_dict=_error_data)

            error = error_type_1
        else:
            raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

        batch_create_orders_individual_response = cls(
            client_order_id=client_order_id,
            order=order,
            error=error,
        )
        batch_create_orders_individual_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return batch_create_orders_individual_response

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
                    f"BatchCreateOrdersIndividualResponse.{name}: {error!r}"
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
        return f"BatchCreateOrdersIndividualResponse({', '.join(shown)})"

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


def _load_client_order_id(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _client_order_id_data = d.get("client_order_id", UNSET)
    client_order_id: None | str | Unset
    if _client_order_id_data is None or isinstance(_client_order_id_data, Unset):
        client_order_id = _client_order_id_data
    elif not isinstance(_client_order_id_data, (str,)):
        raise TypeError(
            f"client_order_id: expected str, got {type(_client_order_id_data).__name__}"
        )
    else:
        client_order_id = cast(None | str | Unset, _client_order_id_data)

    return client_order_id


def _load_order(d: dict[str, Any], lazily: bool) -> None | Order | Unset:
    from ..models.order import Order  # noqa: PLC0415

    _order_data = d.get("order", UNSET)
    order: None | Order | Unset
    if _order_data is None or isinstance(_order_data, Unset):
        order = _order_data
    elif isinstance(_order_data, dict):
        order_type_1 = Order.from_dict(lazy=lazily, src_dict=_order_data)

        order = order_type_1
    else:
        raise TypeError(f"order: unexpected JSON type {type(_order_data).__name__}")

    return order


def _load_error(d: dict[str, Any], lazily: bool) -> ErrorResponse | None | Unset:
    from ..models.error_response import ErrorResponse  # noqa: PLC0415

    _error_data = d.get("error", UNSET)
    error: ErrorResponse | None | Unset
    if _error_data is None or isinstance(_error_data, Unset):
        error = _error_data
    elif isinstance(_error_data, dict):
        error_type_1 = ErrorResponse.from_dict(lazy=lazily, src_dict=_error_data)

        error = error_type_1
    else:
        raise TypeError(f"error: unexpected JSON type {type(_error_data).__name__}")

    return error


_FIELDS = frozenset(
    {
        "client_order_id",
        "order",
        "error",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "client_order_id": _load_client_order_id,
    "order": _load_order,
    "error": _load_error,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "client_order_id",
    "order",
    "error",
    "additional_properties",
)
