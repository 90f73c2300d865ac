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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRFQRequest")


@_attrs_define
class CreateRFQRequest:
    """
    Attributes:
        market_ticker (str):
        rest_remainder (bool):
        contracts (int | Unset):
        contracts_fp (None | str | Unset):
        target_cost_centi_cents (int | Unset): Unit: centi-cents.
        target_cost_dollars (str | Unset):
        target_cost_excludes_fees (bool | Unset):
        obscure_creator_id (bool | Unset):  Default: False.
        replace_existing (bool | Unset):  Default: False.
        subtrader_id (str | Unset):
        subaccount (int | Unset):
    """

    market_ticker: str
    rest_remainder: bool
    contracts: int | Unset = UNSET
    contracts_fp: None | str | Unset = UNSET
    target_cost_centi_cents: int | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    obscure_creator_id: bool | Unset = False
    replace_existing: bool | Unset = False
    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        rest_remainder = self.rest_remainder

        contracts = self.contracts

        contracts_fp: None | str | Unset
        if isinstance(self.contracts_fp, Unset):
            contracts_fp = UNSET
        else:
            contracts_fp = self.contracts_fp

        target_cost_centi_cents = self.target_cost_centi_cents

        target_cost_dollars = self.target_cost_dollars

        target_cost_excludes_fees = self.target_cost_excludes_fees

        obscure_creator_id = self.obscure_creator_id

        replace_existing = self.replace_existing

        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_ticker": market_ticker,
                "rest_remainder": rest_remainder,
            }
        )
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_centi_cents is not UNSET:
            field_dict["target_cost_centi_cents"] = target_cost_centi_cents
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        if obscure_creator_id is not UNSET:
            field_dict["obscure_creator_id"] = obscure_creator_id
        if replace_existing is not UNSET:
            field_dict["replace_existing"] = replace_existing
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

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
            create_rfq_request = cls.__new__(cls)
            create_rfq_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_rfq_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d["market_ticker"]
        if not isinstance(market_ticker, (str, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        rest_remainder = d["rest_remainder"]
        if not isinstance(rest_remainder, (bool, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
            )

        contracts = d.get("contracts", UNSET)
        if not isinstance(contracts, (int, Unset, NoneType)) or isinstance(
            contracts, bool
        ):
            raise TypeError(
                f"CreateRFQRequest.contracts: expected int, got {type(contracts).__name__}"
            )

        _contracts_fp_data = d.get("contracts_fp", UNSET)
        contracts_fp: None | str | Unset
        if _contracts_fp_data is None or isinstance(_contracts_fp_data, Unset):
            contracts_fp = _contracts_fp_data
        elif not isinstance(_contracts_fp_data, (str,)):
            raise TypeError(
                f"contracts_fp: expected str, got {type(_contracts_fp_data).__name__}"
            )
        else:
            contracts_fp = cast(None | str | Unset, _contracts_fp_data)

        target_cost_centi_cents = d.get("target_cost_centi_cents", UNSET)
        if not isinstance(
            target_cost_centi_cents, (int, Unset, NoneType)
        ) or isinstance(target_cost_centi_cents, bool):
            raise TypeError(
                f"CreateRFQRequest.target_cost_centi_cents: expected int, got {type(target_cost_centi_cents).__name__}"
            )

        target_cost_dollars = d.get("target_cost_dollars", UNSET)
        if not isinstance(target_cost_dollars, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.target_cost_dollars: expected str, got {type(target_cost_dollars).__name__}"
            )

        target_cost_excludes_fees = d.get("target_cost_excludes_fees", UNSET)
        if not isinstance(target_cost_excludes_fees, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.target_cost_excludes_fees: expected bool, got {type(target_cost_excludes_fees).__name__}"
            )

        obscure_creator_id = d.get("obscure_creator_id", UNSET)
        if not isinstance(obscure_creator_id, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.obscure_creator_id: expected bool, got {type(obscure_creator_id).__name__}"
            )

        replace_existing = d.get("replace_existing", UNSET)
        if not isinstance(replace_existing, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.replace_existing: expected bool, got {type(replace_existing).__name__}"
            )

        subtrader_id = d.get("subtrader_id", UNSET)
        if not isinstance(subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"CreateRFQRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateRFQRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        create_rfq_request = cls(
            market_ticker=market_ticker,
            rest_remainder=rest_remainder,
            contracts=contracts,
            contracts_fp=contracts_fp,
            target_cost_centi_cents=target_cost_centi_cents,
            target_cost_dollars=target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            obscure_creator_id=obscure_creator_id,
            replace_existing=replace_existing,
            subtrader_id=subtrader_id,
            subaccount=subaccount,
        )
        create_rfq_request.additional_properties = _load_additional_properties(d, False)
        return create_rfq_request

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
                raise MalformedField(f"CreateRFQRequest.{name}: {error!r}") from error
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
        return f"CreateRFQRequest({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_fp": 1,
        "target_cost_centi_cents": 10000,
        "target_cost_dollars": 1,
    }

    def decimal(
        self,
        name: Literal["contracts_fp", "target_cost_centi_cents", "target_cost_dollars"],
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"CreateRFQRequest.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"CreateRFQRequest.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"CreateRFQRequest.{name} is {value!r}, not a finite number"
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


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str:
    market_ticker = d["market_ticker"]
    if not isinstance(market_ticker, (str, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_rest_remainder(d: dict[str, Any], lazily: bool) -> bool:
    rest_remainder = d["rest_remainder"]
    if not isinstance(rest_remainder, (bool, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
        )

    return rest_remainder


def _load_contracts(d: dict[str, Any], lazily: bool) -> int | Unset:
    contracts = d.get("contracts", UNSET)
    if not isinstance(contracts, (int, Unset, NoneType)) or isinstance(contracts, bool):
        raise TypeError(
            f"CreateRFQRequest.contracts: expected int, got {type(contracts).__name__}"
        )

    return contracts


def _load_contracts_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _contracts_fp_data = d.get("contracts_fp", UNSET)
    contracts_fp: None | str | Unset
    if _contracts_fp_data is None or isinstance(_contracts_fp_data, Unset):
        contracts_fp = _contracts_fp_data
    elif not isinstance(_contracts_fp_data, (str,)):
        raise TypeError(
            f"contracts_fp: expected str, got {type(_contracts_fp_data).__name__}"
        )
    else:
        contracts_fp = cast(None | str | Unset, _contracts_fp_data)

    return contracts_fp


def _load_target_cost_centi_cents(d: dict[str, Any], lazily: bool) -> int | Unset:
    target_cost_centi_cents = d.get("target_cost_centi_cents", UNSET)
    if not isinstance(target_cost_centi_cents, (int, Unset, NoneType)) or isinstance(
        target_cost_centi_cents, bool
    ):
        raise TypeError(
            f"CreateRFQRequest.target_cost_centi_cents: expected int, got {type(target_cost_centi_cents).__name__}"
        )

    return target_cost_centi_cents


def _load_target_cost_dollars(d: dict[str, Any], lazily: bool) -> str | Unset:
    target_cost_dollars = d.get("target_cost_dollars", UNSET)
    if not isinstance(target_cost_dollars, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.target_cost_dollars: expected str, got {type(target_cost_dollars).__name__}"
        )

    return target_cost_dollars


def _load_target_cost_excludes_fees(d: dict[str, Any], lazily: bool) -> bool | Unset:
    target_cost_excludes_fees = d.get("target_cost_excludes_fees", UNSET)
    if not isinstance(target_cost_excludes_fees, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.target_cost_excludes_fees: expected bool, got {type(target_cost_excludes_fees).__name__}"
        )

    return target_cost_excludes_fees


def _load_obscure_creator_id(d: dict[str, Any], lazily: bool) -> bool | Unset:
    obscure_creator_id = d.get("obscure_creator_id", UNSET)
    if not isinstance(obscure_creator_id, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.obscure_creator_id: expected bool, got {type(obscure_creator_id).__name__}"
        )

    return obscure_creator_id


def _load_replace_existing(d: dict[str, Any], lazily: bool) -> bool | Unset:
    replace_existing = d.get("replace_existing", UNSET)
    if not isinstance(replace_existing, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.replace_existing: expected bool, got {type(replace_existing).__name__}"
        )

    return replace_existing


def _load_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    subtrader_id = d.get("subtrader_id", UNSET)
    if not isinstance(subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"CreateRFQRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
        )

    return subtrader_id


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"CreateRFQRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "market_ticker",
        "rest_remainder",
        "contracts",
        "contracts_fp",
        "target_cost_centi_cents",
        "target_cost_dollars",
        "target_cost_excludes_fees",
        "obscure_creator_id",
        "replace_existing",
        "subtrader_id",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "rest_remainder": _load_rest_remainder,
    "contracts": _load_contracts,
    "contracts_fp": _load_contracts_fp,
    "target_cost_centi_cents": _load_target_cost_centi_cents,
    "target_cost_dollars": _load_target_cost_dollars,
    "target_cost_excludes_fees": _load_target_cost_excludes_fees,
    "obscure_creator_id": _load_obscure_creator_id,
    "replace_existing": _load_replace_existing,
    "subtrader_id": _load_subtrader_id,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "rest_remainder",
    "contracts",
    "contracts_fp",
    "target_cost_centi_cents",
    "target_cost_dollars",
    "target_cost_excludes_fees",
    "obscure_creator_id",
    "replace_existing",
    "subtrader_id",
    "subaccount",
    "additional_properties",
)
