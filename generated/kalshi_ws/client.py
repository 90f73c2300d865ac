"""Base classes the generated operations send their requests through.

The generated code only needs an httpx client with the API's base URL. Authentication (request
signing), retries and typed errors belong to the hand-written layer: `kalshi.KalshiClient` and
`kalshi.AsyncKalshiClient` subclass `AuthenticatedClient`.
"""

from types import TracebackType
from typing import Self

import httpx

from . import errors


class Client:
    """Holds the httpx clients (sync and async) that requests are sent with."""

    raise_on_unexpected_status: bool

    def __init__(
        self,
        base_url: str,
        *,
        httpx_client: httpx.Client | None = None,
        async_httpx_client: httpx.AsyncClient | None = None,
        raise_on_unexpected_status: bool = True,
    ) -> None:
        self.base_url = base_url
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._client = httpx_client
        self._async_client = async_httpx_client

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(base_url=self.base_url)
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(base_url=self.base_url)
        return self._async_client

    def parse_error(self, response: httpx.Response, error: Exception) -> Exception:
        """The exception to raise when a success body does not parse (subclasses refine it)."""
        return errors.UnparsableResponse(response.status_code, response.content, error)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class AuthenticatedClient(Client):
    """A Client whose requests carry credentials; operations that need them ask for this type."""
