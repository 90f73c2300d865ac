"""Shared test helpers: where ../shared is, and skipping cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
UPSTREAM_SPECS = SHARED / "reference" / "openapi"
RECORDINGS = SHARED / "reference" / "fixtures" / "recorded-2026-01"


def need_shared(path: Path) -> Path:
    """Skip the calling test with a clear message when ../shared material is not beside the repo."""
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared folder beside the repository); not present here")
    return path
