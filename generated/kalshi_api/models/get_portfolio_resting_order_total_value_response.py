from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")


@_attrs_define
class GetPortfolioRestingOrderTotalValueResponse:
    """
    Attributes:
        total_resting_order_value (int | Unset): Unit: cents.
        resting_order_value_breakdown (list[IndexedBalance] | None | Unset):
    """

    total_resting_order_value: int | Unset = UNSET
    resting_order_value_breakdown: list[IndexedBalance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        total_resting_order_value = self.total_resting_order_value

        resting_order_value_breakdown: list[dict[str, Any]] | None | Unset
        if isinstance(self.resting_order_value_breakdown, Unset):
            resting_order_value_breakdown = UNSET
        elif isinstance(self.resting_order_value_breakdown, list):
            resting_order_value_breakdown = []
            for (
                resting_order_value_breakdown_type_0_item_data
            ) in self.resting_order_value_breakdown:
                resting_order_value_breakdown_type_0_item = (
                    resting_order_value_breakdown_type_0_item_data.to_dict()
                )
                resting_order_value_breakdown.append(
                    resting_order_value_breakdown_type_0_item
                )

        else:
            resting_order_value_breakdown = self.resting_order_value_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_resting_order_value is not UNSET:
            field_dict["total_resting_order_value"] = total_resting_order_value
        if resting_order_value_breakdown is not UNSET:
            field_dict["resting_order_value_breakdown"] = resting_order_value_breakdown

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
            get_portfolio_resting_order_total_value_response = cls.__new__(cls)
            get_portfolio_resting_order_total_value_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_portfolio_resting_order_total_value_response
        d = dict(src_dict)
        from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        total_resting_order_value = d.get("total_resting_order_value", UNSET)
        if not isinstance(
            total_resting_order_value, (int, Unset, NoneType)
        ) or isinstance(total_resting_order_value, bool):
            raise TypeError(
                f"GetPortfolioRestingOrderTotalValueResponse.total_resting_order_value: expected int, got {type(total_resting_order_value).__name__}"
            )

        _resting_order_value_breakdown_data = d.get(
            "resting_order_value_breakdown", UNSET
        )
        resting_order_value_breakdown: list[IndexedBalance] | None | Unset
        if _resting_order_value_breakdown_data is None or isinstance(
            _resting_order_value_breakdown_data, Unset
        ):
            resting_order_value_breakdown = _resting_order_value_breakdown_data
        elif isinstance(_resting_order_value_breakdown_data, list):
            resting_order_value_breakdown_type_0 = []
            _resting_order_value_breakdown_type_0 = _resting_order_value_breakdown_data
            for (
                resting_order_value_breakdown_type_0_item_data
            ) in _resting_order_value_breakdown_type_0:
                resting_order_value_breakdown_type_0_item = IndexedBalance.from_dict(
                    lazy=lazily, src_dict=resting_order_value_breakdown_type_0_item_data
                )

                resting_order_value_breakdown_type_0.append(
                    resting_order_value_breakdown_type_0_item
                )

            resting_order_value_breakdown = resting_order_value_breakdown_type_0
        else:
            raise TypeError(
                f"resting_order_value_breakdown: unexpected JSON type {type(_resting_order_value_breakdown_data).__name__}"
            )

        get_portfolio_resting_order_total_value_response = cls(
            total_resting_order_value=total_resting_order_value,
            resting_order_value_breakdown=resting_order_value_breakdown,
        )
        get_portfolio_resting_order_total_value_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_portfolio_resting_order_total_value_response

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
                    f"GetPortfolioRestingOrderTotalValueResponse.{name}: {error!r}"
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
        return f"GetPortfolioRestingOrderTotalValueResponse({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "total_resting_order_value": 100,
    }

    def decimal(self, name: Literal["total_resting_order_value"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"GetPortfolioRestingOrderTotalValueResponse.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"GetPortfolioRestingOrderTotalValueResponse.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"GetPortfolioRestingOrderTotalValueResponse.{name} is {value!r}, not a finite number"
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


def _load_total_resting_order_value(d: dict[str, Any], lazily: bool) -> int | Unset:
    total_resting_order_value = d.get("total_resting_order_value", UNSET)
    if not isinstance(total_resting_order_value, (int, Unset, NoneType)) or isinstance(
        total_resting_order_value, bool
    ):
        raise TypeError(
            f"GetPortfolioRestingOrderTotalValueResponse.total_resting_order_value: expected int, got {type(total_resting_order_value).__name__}"
        )

    return total_resting_order_value


def _load_resting_order_value_breakdown(
    d: dict[str, Any], lazily: bool
) -> list[IndexedBalance] | None | Unset:
    from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

    _resting_order_value_breakdown_data = d.get("resting_order_value_breakdown", UNSET)
    resting_order_value_breakdown: list[IndexedBalance] | None | Unset
    if _resting_order_value_breakdown_data is None or isinstance(
        _resting_order_value_breakdown_data, Unset
    ):
        resting_order_value_breakdown = _resting_order_value_breakdown_data
    elif isinstance(_resting_order_value_breakdown_data, list):
        resting_order_value_breakdown_type_0 = []
        _resting_order_value_breakdown_type_0 = _resting_order_value_breakdown_data
        for (
            resting_order_value_breakdown_type_0_item_data
        ) in _resting_order_value_breakdown_type_0:
            resting_order_value_breakdown_type_0_item = IndexedBalance.from_dict(
                lazy=lazily, src_dict=resting_order_value_breakdown_type_0_item_data
            )

            resting_order_value_breakdown_type_0.append(
                resting_order_value_breakdown_type_0_item
            )

        resting_order_value_breakdown = resting_order_value_breakdown_type_0
    else:
        raise TypeError(
            f"resting_order_value_breakdown: unexpected JSON type {type(_resting_order_value_breakdown_data).__name__}"
        )

    return resting_order_value_breakdown


_FIELDS = frozenset(
    {
        "total_resting_order_value",
        "resting_order_value_breakdown",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "total_resting_order_value": _load_total_resting_order_value,
    "resting_order_value_breakdown": _load_resting_order_value_breakdown,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "total_resting_order_value",
    "resting_order_value_breakdown",
    "additional_properties",
)
