"""Request signing: what is signed, with which algorithm, from which key sources."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from hypothesis import given, settings
from hypothesis import strategies as st

import kalshi
from kalshi import KalshiAuth, KeyLoadError, load_private_key

from .conftest import pem_body_lines, pem_of

# "." and ".." segments are removed by URL normalisation before sending; real paths have none
segment = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.~", min_size=1, max_size=12
).filter(lambda s: s.strip(".") != "")
query = st.dictionaries(segment, segment, max_size=4)
method = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"])


def verify(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey, request: httpx.Request) -> bytes:
    """Check the request's signature with the public key; return the message it signs."""
    timestamp = request.headers["KALSHI-ACCESS-TIMESTAMP"]
    message = (timestamp + request.method + request.url.path).encode()
    signature = base64.b64decode(request.headers["KALSHI-ACCESS-SIGNATURE"])
    public = key.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        public.verify(
            signature,
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=hashes.SHA256.digest_size),
            hashes.SHA256(),
        )
    else:
        public.verify(signature, message)
    return message


def signed(auth: KalshiAuth, request: httpx.Request) -> httpx.Request:
    flow = auth.auth_flow(request)
    return next(flow)


@settings(max_examples=40, deadline=None)
@given(method=method, segments=st.lists(segment, min_size=1, max_size=5), params=query)
def test_rsa_signature_covers_timestamp_method_and_full_path(
    rsa_key: rsa.RSAPrivateKey, method: str, segments: list[str], params: dict[str, str]
) -> None:
    auth = KalshiAuth("key-1", rsa_key)
    url = httpx.URL("https://example.test/trade-api/v2/" + "/".join(segments), params=params)
    request = signed(auth, httpx.Request(method, url, content=b'{"body": "not signed"}'))
    message = verify(rsa_key, request)
    assert message.endswith(("/trade-api/v2/" + "/".join(segments)).encode())
    assert message.endswith(request.url.raw_path.split(b"?")[0])
    assert b"?" not in message and b"not signed" not in message
    assert request.headers["KALSHI-ACCESS-KEY"] == "key-1"


@settings(max_examples=40, deadline=None)
@given(method=method, segments=st.lists(segment, min_size=1, max_size=5), params=query)
def test_ed25519_signature(
    ed25519_key: ed25519.Ed25519PrivateKey, method: str, segments: list[str], params: dict[str, str]
) -> None:
    auth = KalshiAuth("key-2", ed25519_key)
    url = httpx.URL("https://example.test/trade-api/v2/" + "/".join(segments), params=params)
    verify(ed25519_key, signed(auth, httpx.Request(method, url)))
    assert auth.key_type == "ed25519"


def test_timestamp_is_milliseconds_from_the_clock(rsa_key: rsa.RSAPrivateKey) -> None:
    auth = KalshiAuth("k", rsa_key, clock=lambda: 1_700_000_000.1234)
    request = signed(auth, httpx.Request("GET", "https://x.test/trade-api/v2/portfolio/balance"))
    assert request.headers["KALSHI-ACCESS-TIMESTAMP"] == "1700000000123"
    assert kalshi.signing_message("1", "get", b"/a/b?c=d") == b"1GET/a/b"


def test_a_tampered_message_does_not_verify(rsa_key: rsa.RSAPrivateKey) -> None:
    auth = KalshiAuth("k", rsa_key)
    request = signed(auth, httpx.Request("GET", "https://x.test/trade-api/v2/portfolio/balance"))
    request.headers["KALSHI-ACCESS-TIMESTAMP"] = "1"
    with pytest.raises(InvalidSignature):
        verify(rsa_key, request)


# --------------------------------------------------------------------------- key sources


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_every_key_source_loads(
    kind: str,
    rsa_key: rsa.RSAPrivateKey,
    ed25519_key: ed25519.Ed25519PrivateKey,
    tmp_path: Path,
) -> None:
    key = rsa_key if kind == "rsa" else ed25519_key
    pem = pem_of(key)
    file = tmp_path / "key.pem"
    file.write_text(pem)
    encrypted = pem_of(key, password=b"hunter2")
    sources: list[object] = [
        key,
        pem,
        pem.encode(),
        pem.replace("\n", "\\n"),  # as environment variables often carry it
        str(file),
        file,
    ]
    public = key.public_key()
    expected = public.public_bytes_raw() if isinstance(public, ed25519.Ed25519PublicKey) else None
    for source in sources:
        loaded = load_private_key(source)  # type: ignore[arg-type]
        if expected is not None:
            assert isinstance(loaded, ed25519.Ed25519PrivateKey)
            assert loaded.public_key().public_bytes_raw() == expected
        else:
            assert isinstance(loaded, rsa.RSAPrivateKey)
            assert loaded.private_numbers() == rsa_key.private_numbers()
    assert isinstance(load_private_key(encrypted, "hunter2"), type(loaded))


def test_key_errors_are_clear_and_never_echo_the_key(rsa_key: rsa.RSAPrivateKey) -> None:
    pem = pem_of(rsa_key)
    encrypted = pem_of(rsa_key, password=b"hunter2")
    cases = [
        (encrypted, None, "needs a password"),
        (encrypted, "wrong", "wrong password"),
        (pem, "unneeded", "not encrypted"),
        (pem.replace("A", "B", 40), None, "not a valid PEM"),
        ("/no/such/file.pem", None, "no file"),
        (b"just bytes", None, "not PEM"),
    ]
    secrets = pem_body_lines(pem) + pem_body_lines(encrypted) + ["hunter2"]
    for source, password, expected in cases:
        with pytest.raises(KeyLoadError, match=expected) as info:
            load_private_key(source, password)  # type: ignore[arg-type]
        shown = str(info.value) + repr(info.value) + str(info.value.__cause__)
        assert not any(secret in shown for secret in secrets)
        assert info.value.__context__ is None or info.value.__suppress_context__


def test_auth_repr_hides_the_key(rsa_key: rsa.RSAPrivateKey) -> None:
    pem = pem_of(rsa_key)
    auth = KalshiAuth("my-key-id", pem)
    for text in (repr(auth), str(auth), repr(vars(auth))):
        assert not any(line in text for line in pem_body_lines(pem))
    assert "my-key-id" in repr(auth)
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(auth)
