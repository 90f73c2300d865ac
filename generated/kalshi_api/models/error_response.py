from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        code (str | Unset):
        message (str | Unset):
        details (str | Unset):
        service (str | Unset):
        error (ErrorDetail | str | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    service: str | Unset = UNSET
    error: ErrorDetail | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        code = self.code

        message = self.message

        details = self.details

        service = self.service

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if service is not UNSET:
            field_dict["service"] = service
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not isinstance(code, str | Unset | None):
            raise TypeError(
                f"ErrorResponse.code: expected str, got {type(code).__name__}"
            )

        message = d.pop("message", UNSET)
        if not isinstance(message, str | Unset | None):
            raise TypeError(
                f"ErrorResponse.message: expected str, got {type(message).__name__}"
            )

        details = d.pop("details", UNSET)
        if not isinstance(details, str | Unset | None):
            raise TypeError(
                f"ErrorResponse.details: expected str, got {type(details).__name__}"
            )

        service = d.pop("service", UNSET)
        if not isinstance(service, str | Unset | None):
            raise TypeError(
                f"ErrorResponse.service: expected str, got {type(service).__name__}"
            )

        _error_data = d.pop("error", UNSET)
        error: ErrorDetail | str | Unset
        if isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_0 = ErrorDetail.from_dict(_error_data)

            error = error_type_0
        elif not isinstance(_error_data, str):
            raise TypeError(f"error: expected str, got {type(_error_data).__name__}")
        else:
            error = cast(ErrorDetail | str | Unset, _error_data)

        error_response = cls(
            code=code,
            message=message,
            details=details,
            service=service,
            error=error,
        )

        error_response.additional_properties = d
        return error_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("code", self.code),
            ("message", self.message),
            ("details", self.details),
            ("service", self.service),
            ("error", self.error),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ErrorResponse({shown})"

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
