"""Operations tagged `api_keys`: modules of functions, and the `ApiKeysApi` / `AsyncApiKeysApi` methods."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal

from ...client import deprecated
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AuthenticatedClient, Client
    from ...models.create_api_key_request import CreateApiKeyRequest
    from ...models.create_api_key_response import CreateApiKeyResponse
    from ...models.generate_api_key_request import GenerateApiKeyRequest
    from ...models.generate_api_key_response import GenerateApiKeyResponse
    from ...models.get_api_keys_response import GetApiKeysResponse
    from ...types import Response
    from . import create_api_key as create_api_key
    from . import delete_api_key as delete_api_key
    from . import generate_api_key as generate_api_key
    from . import get_api_keys as get_api_keys

MODULES = (
    "get_api_keys",
    "create_api_key",
    "generate_api_key",
    "delete_api_key",
)


def __getattr__(name: str) -> Any:
    """`api_keys.<operation>` imports that operation's module on first use."""
    if name in MODULES:
        return import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module(name: str) -> Any:
    return import_module(f"{__name__}.{name}")


class ApiKeysApi:
    """`client.api_keys`: every operation tagged `api_keys`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_api_keys(
        self,
        *,
        fcm_subtrader_id: str | Unset = UNSET,
    ) -> GetApiKeysResponse:
        """Get API Keys"""
        return _module("get_api_keys").sync(  # type: ignore[no-any-return]
            client=self._client,
            fcm_subtrader_id=fcm_subtrader_id,
        )

    def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest,
    ) -> CreateApiKeyResponse:
        """Create API Key"""
        return _module("create_api_key").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def generate_api_key(
        self,
        *,
        body: GenerateApiKeyRequest,
    ) -> GenerateApiKeyResponse:
        """Generate API Key"""
        return _module("generate_api_key").sync(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    def delete_api_key(
        self,
        api_key: str,
    ) -> Any:
        """Delete API Key"""
        return _module("delete_api_key").sync(  # type: ignore[no-any-return]
            client=self._client,
            api_key=api_key,
        )


class AsyncApiKeysApi:
    """`client.api_keys`: every operation tagged `api_keys`, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_api_keys(
        self,
        *,
        fcm_subtrader_id: str | Unset = UNSET,
    ) -> GetApiKeysResponse:
        """Get API Keys"""
        return await _module("get_api_keys").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            fcm_subtrader_id=fcm_subtrader_id,
        )

    async def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest,
    ) -> CreateApiKeyResponse:
        """Create API Key"""
        return await _module("create_api_key").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def generate_api_key(
        self,
        *,
        body: GenerateApiKeyRequest,
    ) -> GenerateApiKeyResponse:
        """Generate API Key"""
        return await _module("generate_api_key").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            body=body,
        )

    async def delete_api_key(
        self,
        api_key: str,
    ) -> Any:
        """Delete API Key"""
        return await _module("delete_api_key").asyncio(  # type: ignore[no-any-return]
            client=self._client,
            api_key=api_key,
        )
