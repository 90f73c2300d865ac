"""`make spec` + `make generate` on Kalshi's documents, and `make spec-diff`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT, UPSTREAM_SPECS, need_shared

SCRIPTS = ROOT / "scripts"
BIN = Path(sys.executable).parent
LEGACY_OPERATIONS = {
    ("post", "/portfolio/orders"): "CreateOrder",
    ("delete", "/portfolio/orders/{order_id}"): "CancelOrder",
    ("post", "/portfolio/orders/{order_id}/amend"): "AmendOrder",
    ("post", "/portfolio/orders/{order_id}/decrease"): "DecreaseOrder",
    ("post", "/portfolio/orders/batched"): "BatchCreateOrders",
    ("delete", "/portfolio/orders/batched"): "BatchCancelOrders",
}


def upstream(version: str) -> Path:
    return need_shared(UPSTREAM_SPECS / f"kalshi-openapi-{version}.yaml")


def build_spec(source: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / "build_spec.py"), str(source), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m, p): op for p, item in doc["paths"].items() for m, op in item.items()}


def keys_anywhere(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {str(k) for k in node}
        for value in node.values():
            found |= keys_anywhere(value)
        return found
    if isinstance(node, list):
        return set().union(*(keys_anywhere(v) for v in node)) if node else set()
    return set()


def test_committed_spec_is_what_make_spec_gives(tmp_path: Path) -> None:
    out = tmp_path / "kalshi.yaml"
    build_spec(upstream("3.31.0"), out)
    assert out.read_bytes() == (ROOT / "openapi" / "kalshi.yaml").read_bytes()


def test_spec_content() -> None:
    doc = yaml.safe_load((ROOT / "openapi" / "kalshi.yaml").read_text())
    ops = operations(doc)
    assert len(ops) == 117 + 6
    assert doc["info"]["x-upstream-version"] == "3.31.0"
    for key, operation_id in LEGACY_OPERATIONS.items():
        assert ops[key]["operationId"] == operation_id
        assert ops[key]["deprecated"] is True
        assert ops[key]["x-replaced-by"] == operation_id + "V2"
    assert not ops[("post", "/portfolio/events/orders")].get("deprecated")
    text = (ROOT / "openapi" / "kalshi.yaml").read_text()
    assert "â€" not in text and "Ã" not in text
    # upstream prose and vendor notes are gone; only the overlay's descriptions remain, with
    # "Deprecated." put first on every deprecated operation (and only there)
    overlay = yaml.safe_load((ROOT / "openapi" / "overlay.yaml").read_text())["descriptions"]
    described = {op["operationId"]: op["description"] for op in ops.values() if "description" in op}
    deprecated = {op["operationId"] for op in ops.values() if op.get("deprecated")}
    assert {k for k, v in described.items() if v.startswith("Deprecated.")} == deprecated
    plain = {k: v.removeprefix("Deprecated.").strip() for k, v in described.items()}
    assert {k: v for k, v in plain.items() if v} == overlay
    keys = keys_anywhere({k: v for k, v in doc.items() if k != "info"})
    assert {k for k in keys if k.startswith("x-")} == {
        "x-error-statuses",
        "x-replaced-by",
        "x-token-cost",
        "x-token-cost-per-item",
    }
    assert ops[("get", "/portfolio/orders/{order_id}")]["x-token-cost"] == 2
    assert ops[("post", "/portfolio/events/orders/batched")]["x-token-cost-per-item"] == 10
    assert ops[("delete", "/portfolio/events/orders/batched")]["x-token-cost-per-item"] == 2
    assert ops[("post", "/portfolio/events/orders")]["x-error-statuses"] == [
        400,
        401,
        403,
        409,
        429,
        500,
        503,
    ]
    assert "example" not in keys and "examples" not in keys


def test_spec_normalisations() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "kalshi.yaml").read_text())
    schemas = spec["components"]["schemas"]
    order = schemas["Order"]
    assert "required" not in order  # response model: the server decides what it omits
    assert order["properties"]["self_trade_prevention_type"] == {
        "allOf": [{"$ref": "#/components/schemas/SelfTradePreventionType"}],
        "nullable": True,
    }
    assert schemas["GetOrdersResponse"]["properties"]["orders"]["nullable"] is True
    # request models keep their required fields
    assert "time_in_force" in schemas["CreateOrderV2Request"]["required"]
    assert set(schemas["ErrorResponse"]["properties"]) >= {"code", "message", "details", "error"}


def test_spec_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    build_spec(upstream("3.13.0"), first)
    build_spec(upstream("3.13.0"), second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("version", ["3.7.0", "3.13.0", "3.31.0"])
def test_pipeline_succeeds_without_warnings(version: str, tmp_path: Path) -> None:
    spec = tmp_path / "kalshi.yaml"
    build_spec(upstream(version), spec)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "kalshi_api"),
            "--config",
            str(ROOT / "openapi" / "config.yaml"),
            "--custom-template-path",
            str(ROOT / "openapi" / "templates"),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    # the orderbook models that a bare run of 3.7.0 drops are there
    models = {p.name for p in (tmp_path / "kalshi_api" / "models").iterdir()}
    assert "order.py" in models and len(models) > 100


def test_spec_diff_reports_the_retired_order_operations() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "spec_diff.py"),
            str(upstream("3.13.0")),
            str(upstream("3.31.0")),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    removed = {
        line.split("(")[-1].rstrip(")")
        for line in result.stdout.splitlines()
        if line.startswith("- operation ")
    }
    assert set(LEGACY_OPERATIONS.values()) <= removed
    assert "- field Order" not in result.stdout or "(response)" in result.stdout


def test_spec_diff_of_identical_specs_passes() -> None:
    spec = str(ROOT / "openapi" / "kalshi.yaml")
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "spec_diff.py"), spec, spec], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "0 operations removed, 0 response fields removed" in result.stdout
