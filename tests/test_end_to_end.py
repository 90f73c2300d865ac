"""A real HTTP round trip on 127.0.0.1: the server checks the signature with the public key."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

import kalshi
from kalshi_api.api.portfolio import get_balance

from .conftest import present

PUBLIC_KEYS: dict[str, rsa.RSAPublicKey | ed25519.Ed25519PublicKey] = {}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        key = PUBLIC_KEYS.get(self.headers.get("KALSHI-ACCESS-KEY", ""))
        message = (
            self.headers.get("KALSHI-ACCESS-TIMESTAMP", "") + "GET" + urlsplit(self.path).path
        ).encode()
        try:
            signature = base64.b64decode(self.headers.get("KALSHI-ACCESS-SIGNATURE", ""))
            if isinstance(key, rsa.RSAPublicKey):
                pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
                key.verify(signature, message, pss, hashes.SHA256())
            elif isinstance(key, ed25519.Ed25519PublicKey):
                key.verify(signature, message)
            else:
                raise InvalidSignature
        except (InvalidSignature, ValueError):
            self.answer(401, {"error": {"code": "authentication_error", "message": "bad sig"}})
            return
        self.answer(200, {"balance": 4200, "portfolio_value": 0, "updated_ts": 1})

    def answer(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/trade-api/v2"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_signed_round_trip_sync_and_async(
    server: str, kind: str, rsa_key: rsa.RSAPrivateKey, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    key = rsa_key if kind == "rsa" else ed25519_key
    PUBLIC_KEYS[kind] = key.public_key()
    with kalshi.KalshiClient(kind, key, base_url=server) as client:
        assert get_balance.sync(client=client).balance == 4200

    async def main() -> int:
        async with kalshi.AsyncKalshiClient(kind, key, base_url=server) as client:
            return present((await get_balance.asyncio(client=client)).balance)

    assert asyncio.run(main()) == 4200


def test_wrong_key_is_refused_end_to_end(server: str, rsa_key: rsa.RSAPrivateKey) -> None:
    PUBLIC_KEYS["other"] = rsa.generate_private_key(65537, 2048).public_key()
    with (
        kalshi.KalshiClient("other", rsa_key, base_url=server) as client,
        pytest.raises(kalshi.AuthenticationError, match="bad sig"),
    ):
        get_balance.sync(client=client)


def test_refused_connection_is_an_api_connection_error(rsa_key: rsa.RSAPrivateKey) -> None:
    client = kalshi.KalshiClient(
        "k",
        rsa_key,
        base_url="http://127.0.0.1:9/trade-api/v2",
        retry=kalshi.RetryPolicy(max_retries=1, backoff_base=0),
    )
    with pytest.raises(kalshi.APIConnectionError):
        get_balance.sync(client=client)
