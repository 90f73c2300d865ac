"""Base classes the generated operations send their requests through.

Every operation hands its request (`kwargs` for httpx's `build_request`) and its parser to
`execute` / `aexecute`. Here they simply send with plain httpx; authentication (request
signing), rate limiting, retries and typed errors belong to the hand-written layer:
`kalshi.KalshiClient` and `kalshi.AsyncKalshiClient` subclass `AuthenticatedClient` and
override these two methods.
"""

import functools
import inspect
import json
import os
import warnings
from collections.abc import Callable
from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import errors
from .types import Response

T = TypeVar("T")
Parser = Callable[..., T | None]

try:  # the `fast` extra; KALSHI_JSON=stdlib turns it off
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on what is installed
    _orjson = None  # type: ignore[assignment]
if os.environ.get("KALSHI_JSON") == "stdlib":
    _orjson = None  # type: ignore[assignment]


def json_loads(content: bytes | str) -> Any:
    """A JSON document: decoded by orjson when it is installed, else by the standard library.

    Whatever orjson refuses (integers beyond 64 bits, NaN, a byte-order mark, UTF-16, nesting
    past its limit) goes to the standard library, so both paths give the same value or error.
    """
    if _orjson is not None:
        try:
            return _orjson.loads(content)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(content)


def response_json(response: httpx.Response) -> Any:
    """The JSON of an answer, decoded once: the hand-written layer may have decoded it already
    (to check the shape of a success) and keeps it in the response's extensions."""
    decoded = response.extensions.get("kalshi_json", _NOT_DECODED)
    if decoded is _NOT_DECODED:
        decoded = json_loads(response.content)
        response.extensions["kalshi_json"] = decoded
    return decoded


_NOT_DECODED: Any = object()


def json_decoder() -> str:
    """Which decoder `json_loads` tries first: "orjson" or "json"."""
    return "json" if _orjson is None else "orjson"


if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    try:
        from warnings import deprecated  # Python 3.13 and later
    except ImportError:

        def deprecated(message: str, /) -> Callable[[Any], Any]:
            """Python 3.11/3.12: warn on every call, as `warnings.deprecated` does."""

            def mark(function: Any) -> Any:
                if inspect.iscoroutinefunction(function):

                    @functools.wraps(function)
                    async def awarn(*args: Any, **kwargs: Any) -> Any:
                        warnings.warn(message, DeprecationWarning, stacklevel=2)
                        return await function(*args, **kwargs)

                    wrapper: Any = awarn
                else:

                    @functools.wraps(function)
                    def warn(*args: Any, **kwargs: Any) -> Any:
                        warnings.warn(message, DeprecationWarning, stacklevel=2)
                        return function(*args, **kwargs)

                    wrapper = warn
                wrapper.__deprecated__ = message
                return wrapper

            return mark


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

    def execute(self, kwargs: dict[str, Any], parse: Parser[T]) -> Response[T]:
        """Send one operation's request and parse its answer."""
        return self.build_response(self.get_httpx_client().request(**kwargs), parse)

    async def aexecute(self, kwargs: dict[str, Any], parse: Parser[T]) -> Response[T]:
        response = await self.get_async_httpx_client().request(**kwargs)
        return self.build_response(response, parse)

    def build_response(self, response: httpx.Response, parse: Parser[T]) -> Response[T]:
        """The parsed response; a body that does not parse raises `parse_error`'s exception."""
        try:
            parsed = parse(client=self, response=response)
        except (
            TypeError,
            ValueError,
            KeyError,
            AttributeError,
            RecursionError,  # JSON nested too deep to parse
            errors.UnexpectedStatus,
        ) as error:
            raise self.parse_error(response, error) from error
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=parsed,
        )

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
