"""Shared test helpers: where ../shared is, and skipping cleanly when it is absent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

import pytest

from kalshi_api.types import Unset
from kalshi_ws.types import Unset as WsUnset

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
UPSTREAM_SPECS = SHARED / "reference" / "openapi"
RECORDINGS = SHARED / "reference" / "fixtures" / "recorded-2026-01"


T = TypeVar("T")


def present(value: T | Unset | WsUnset | None) -> T:
    """A response field the test expects to be there: the value, or the test fails."""
    assert value is not None and not isinstance(value, Unset | WsUnset), "the field is absent"
    return value


def need_shared(path: Path) -> Path:
    """Skip the calling test with a clear message when ../shared material is not beside the repo."""
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared folder beside the repository); not present here")
    return path


# --------------------------------------------------------------------------- keys

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa  # noqa: E402


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def pem_of(
    key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey, password: bytes | None = None
) -> str:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    ).decode()


def assert_signed_by(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey, request: Any) -> None:
    """The request carries a valid Kalshi signature by `key` over its own timestamp, method and
    path (raises InvalidSignature otherwise)."""
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    headers = request.headers
    message = (headers["KALSHI-ACCESS-TIMESTAMP"] + request.method + request.url.path).encode()
    signature = base64.b64decode(headers["KALSHI-ACCESS-SIGNATURE"])
    public = key.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
        public.verify(signature, message, pss, hashes.SHA256())
    else:
        public.verify(signature, message)


def pem_body_lines(pem: str) -> list[str]:
    """The base64 lines of a PEM: none of them may ever show up in output."""
    return [line for line in pem.splitlines() if line and not line.startswith("-----")]


def as_instants(value: Any) -> Any:
    """Datetime strings become aware datetimes, so '...Z' and '...+00:00' compare equal."""
    if isinstance(value, dict):
        return {k: as_instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and value[10] == "T":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def success_schema_names() -> dict[str, str]:
    """operationId -> name of the schema of its 2xx JSON body, read from openapi/kalshi.yaml."""
    import yaml

    spec = yaml.safe_load((ROOT / "openapi" / "kalshi.yaml").read_text())
    found = {}
    for item in spec["paths"].values():
        for operation in item.values():
            for status, response in operation["responses"].items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if str(status).startswith("2") and schema and "$ref" in schema:
                    found[operation["operationId"]] = schema["$ref"].rsplit("/", 1)[-1]
    return found
