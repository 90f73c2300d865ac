"""Kalshi request signing as an `httpx.Auth`, so every request that is sent is signed."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Generator

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from ._keys import KeySource, SigningKey, load_private_key

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def signing_message(timestamp_ms: str, method: str, raw_path: bytes) -> bytes:
    """What Kalshi signs: timestamp + METHOD + path (with the /trade-api/v2 prefix, no query)."""
    path = raw_path.split(b"?", 1)[0]
    return timestamp_ms.encode() + method.upper().encode() + path


class KalshiAuth(httpx.Auth):
    """Adds KALSHI-ACCESS-KEY, -TIMESTAMP and -SIGNATURE headers, freshly for every attempt.

    RSA keys sign with RSA-PSS (SHA-256, MGF1-SHA-256, salt = digest length); Ed25519 keys
    with Ed25519. The key object is held privately and never shown by repr or str.
    """

    def __init__(
        self,
        key_id: str,
        private_key: KeySource,
        *,
        password: str | bytes | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.key_id = key_id
        self._key: SigningKey = load_private_key(private_key, password)
        self._clock = clock

    @property
    def key_type(self) -> str:
        return "rsa" if isinstance(self._key, rsa.RSAPrivateKey) else "ed25519"

    def sign(self, message: bytes) -> str:
        if isinstance(self._key, ed25519.Ed25519PrivateKey):
            signature = self._key.sign(message)
        else:
            signature = self._key.sign(message, _PSS, hashes.SHA256())
        return base64.b64encode(signature).decode()

    def sign_request(self, request: httpx.Request) -> None:
        timestamp = str(int(self._clock() * 1000))
        message = signing_message(timestamp, request.method, request.url.raw_path)
        request.headers["KALSHI-ACCESS-KEY"] = self.key_id
        request.headers["KALSHI-ACCESS-TIMESTAMP"] = timestamp
        request.headers["KALSHI-ACCESS-SIGNATURE"] = self.sign(message)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign_request(request)
        yield request

    def __repr__(self) -> str:
        return f"KalshiAuth(key_id={self.key_id!r}, key_type={self.key_type!r})"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("KalshiAuth holds a private key and cannot be pickled")
