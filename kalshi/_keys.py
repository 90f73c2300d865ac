"""Loading a private key from wherever users keep it, without ever echoing it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeAlias

from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from ._errors import KeyLoadError

SigningKey: TypeAlias = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
KeySource: TypeAlias = str | bytes | os.PathLike[str] | SigningKey

_PEM_MARKER = "-----BEGIN"


def load_private_key(source: KeySource, password: str | bytes | None = None) -> SigningKey:
    """A signing key from a PEM file path, PEM text or bytes, or a `cryptography` key object.

    PEM text may carry literal ``\\n`` sequences instead of newlines, as environment variables
    often do. Errors name the kind of source, never its content.
    """
    if isinstance(source, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        return source
    from cryptography.hazmat.primitives import serialization  # loads SSH support too: lazily

    pem = _pem_bytes(source)
    secret = password.encode() if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(pem, password=secret)
    except TypeError:
        raise KeyLoadError(
            "the private key is encrypted and needs a password"
            if secret is None
            else "a password was given but the private key is not encrypted"
        ) from None
    except ValueError:
        raise KeyLoadError(
            "could not read the private key: not a valid PEM private key, or a wrong password"
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        raise KeyLoadError(f"unsupported key type {type(key).__name__}: use an RSA or Ed25519 key")
    return key


MAX_SHOWN_PATH = 200


def _shown(source: str | os.PathLike[str]) -> str:
    """A path as it may appear in an error: quoted when it looks like a path, else only its
    length (key material pasted where a path was expected must never be echoed)."""
    text = os.fspath(source)
    looks_like_path = len(text) <= MAX_SHOWN_PATH and "\n" not in text and "\\n" not in text
    if looks_like_path and (os.sep in text or "." in text or len(text) < 40):
        return repr(text)
    return f"the given path ({len(text)} characters, not shown)"


def _pem_bytes(source: str | bytes | os.PathLike[str]) -> bytes:
    if isinstance(source, bytes):
        text = source.decode("utf-8", errors="replace")
    elif isinstance(source, str) and _PEM_MARKER in source:
        text = source
    else:
        path = Path(source)
        try:
            is_file = path.is_file()
        except (OSError, ValueError):  # too long for a path, or a NUL: not echoed either
            is_file = False
        if not is_file:
            raise KeyLoadError(
                "private key: expected PEM text or the path of a PEM file; "
                f"no file at {_shown(source)}"
            )
        text = path.read_text(encoding="utf-8", errors="replace")
        if _PEM_MARKER not in text:
            raise KeyLoadError(
                f"the private key file {_shown(source)} is not PEM (no '-----BEGIN')"
            )
    if _PEM_MARKER not in text:
        raise KeyLoadError("the private key is not PEM (no '-----BEGIN' line)")
    return text.replace("\\n", "\n").strip().encode() + b"\n"
