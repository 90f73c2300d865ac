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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        if not isinstance(market_ticker, str | None):
            raise TypeError(
                f"CreateRFQRequest.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        rest_remainder = d.pop("rest_remainder")
        if not isinstance(rest_remainder, bool | None):
            raise TypeError(
                f"CreateRFQRequest.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
            )

        contracts = d.pop("contracts", UNSET)
        if not isinstance(contracts, int | Unset | None) or isinstance(contracts, bool):
            raise TypeError(
                f"CreateRFQRequest.contracts: expected int, got {type(contracts).__name__}"
            )

        _contracts_fp_data = d.pop("contracts_fp", UNSET)
        contracts_fp: None | str | Unset
        if _contracts_fp_data is None or isinstance(_contracts_fp_data, Unset):
            contracts_fp = _contracts_fp_data
        elif not isinstance(_contracts_fp_data, str):
            raise TypeError(
                f"contracts_fp: expected str, got {type(_contracts_fp_data).__name__}"
            )
        else:
            contracts_fp = cast(None | str | Unset, _contracts_fp_data)

        target_cost_centi_cents = d.pop("target_cost_centi_cents", UNSET)
        if not isinstance(target_cost_centi_cents, int | Unset | None) or isinstance(
            target_cost_centi_cents, bool
        ):
            raise TypeError(
                f"CreateRFQRequest.target_cost_centi_cents: expected int, got {type(target_cost_centi_cents).__name__}"
            )

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)
        if not isinstance(target_cost_dollars, str | Unset | None):
            raise TypeError(
                f"CreateRFQRequest.target_cost_dollars: expected str, got {type(target_cost_dollars).__name__}"
            )

        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)
        if not isinstance(target_cost_excludes_fees, bool | Unset | None):
            raise TypeError(
                f"CreateRFQRequest.target_cost_excludes_fees: expected bool, got {type(target_cost_excludes_fees).__name__}"
            )

        obscure_creator_id = d.pop("obscure_creator_id", UNSET)
        if not isinstance(obscure_creator_id, bool | Unset | None):
            raise TypeError(
                f"CreateRFQRequest.obscure_creator_id: expected bool, got {type(obscure_creator_id).__name__}"
            )

        replace_existing = d.pop("replace_existing", UNSET)
        if not isinstance(replace_existing, bool | Unset | None):
            raise TypeError(
                f"CreateRFQRequest.replace_existing: expected bool, got {type(replace_existing).__name__}"
            )

        subtrader_id = d.pop("subtrader_id", UNSET)
        if not isinstance(subtrader_id, str | Unset | None):
            raise TypeError(
                f"CreateRFQRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
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

        create_rfq_request.additional_properties = d
        return create_rfq_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("market_ticker", self.market_ticker),
            ("rest_remainder", self.rest_remainder),
            ("contracts", self.contracts),
            ("contracts_fp", self.contracts_fp),
            ("target_cost_centi_cents", self.target_cost_centi_cents),
            ("target_cost_dollars", self.target_cost_dollars),
            ("target_cost_excludes_fees", self.target_cost_excludes_fees),
            ("obscure_creator_id", self.obscure_creator_id),
            ("replace_existing", self.replace_existing),
            ("subtrader_id", self.subtrader_id),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateRFQRequest({shown})"

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
        if isinstance(value, bool) or not isinstance(value, str | int):
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
