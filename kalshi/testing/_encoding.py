"""Compressed answers, as a real server behind a CDN sends them.

A body of at least `MIN_COMPRESSED_SIZE` bytes is sent gzip- or deflate-encoded when the
request accepts it (httpx asks for both by default), so every offline test that reads a list
goes through the client's decompression.
"""

from __future__ import annotations

import gzip
import zlib

MIN_COMPRESSED_SIZE = 128
# What the fake offers, in its order of preference.
OFFERED = ("gzip", "deflate")


def accepted(accept_encoding: str | None) -> set[str]:
    """The codings an `Accept-Encoding` value allows (q=0 excludes one)."""
    allowed: set[str] = set()
    for part in (accept_encoding or "").split(","):
        name, _, params = part.strip().partition(";")
        quality = params.strip().removeprefix("q=").strip() if params else "1"
        try:
            refused = float(quality) == 0
        except ValueError:
            refused = False
        if name and not refused:
            allowed.add(name.strip().lower())
    return allowed


def choose(accept_encoding: str | None, size: int) -> str | None:
    """The coding to send a body of `size` bytes with, or None to send it as it is."""
    if size < MIN_COMPRESSED_SIZE:
        return None
    allowed = accepted(accept_encoding)
    for coding in OFFERED:
        if coding in allowed or "*" in allowed:
            return coding
    return None


def encode(body: bytes, coding: str) -> bytes:
    if coding == "gzip":
        return gzip.compress(body, compresslevel=6, mtime=0)
    if coding == "deflate":
        return zlib.compress(body, 6)  # the zlib format, which is what HTTP calls deflate
    raise ValueError(f"the fake exchange does not offer {coding!r}")
