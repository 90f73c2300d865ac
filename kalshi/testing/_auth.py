"""Signature checks, as Kalshi does them: timestamp + METHOD + path, signed by the member's key."""

from __future__ import annotations

import base64
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .engine import Exchange, ExchangeError

TIMESTAMP_TOLERANCE_S = 30.0
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def _refuse(message: str, details: str | None = None) -> ExchangeError:
    return ExchangeError(401, "authentication_error", message, details)


def authenticate(exchange: Exchange, method: str, path: str, headers: Mapping[str, str]) -> str:
    """The member a signed request comes from; `headers` has lower-case names."""
    key_id = headers.get("kalshi-access-key")
    stamp = headers.get("kalshi-access-timestamp", "")
    signature = headers.get("kalshi-access-signature", "")
    if not key_id or not stamp or not signature:
        raise _refuse("missing authentication headers")
    user_id = exchange.keys.get(key_id)
    if user_id is None:
        raise _refuse("unknown api key", "NOT_FOUND")
    try:
        sent = int(stamp) / 1000
    except ValueError:
        raise _refuse("bad timestamp") from None
    if abs(exchange.clock() - sent) > TIMESTAMP_TOLERANCE_S:
        raise _refuse("stale timestamp")
    public = exchange.users[user_id].public_key
    message = (stamp + method.upper() + path).encode()
    try:
        raw = base64.b64decode(signature, validate=True)
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(raw, message, _PSS, hashes.SHA256())
        elif public is not None:
            public.verify(raw, message)
    except (InvalidSignature, ValueError):
        raise _refuse("invalid signature") from None
    return user_id
