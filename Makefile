# One entry point per job. Everything runs from the repo-local virtualenv (.venv), created on demand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UPSTREAM ?= https://docs.kalshi.com/openapi.yaml
SPEC := openapi/kalshi.yaml
OUT := generated/kalshi_api
# Kalshi's WebSocket (AsyncAPI 3) document; no published URL is known, so the shared copy.
WS_UPSTREAM ?= ../shared/reference/openapi/kalshi-asyncapi-2026.yaml
WS_SPEC := openapi/kalshi-ws.yaml
WS_OUT := generated/kalshi_ws
# The formatter hooks in openapi/config.yaml call `ruff`: make it the pinned one from .venv.
export PATH := $(abspath $(BIN)):$(PATH)

GENERATE = $(BIN)/openapi-python-client generate --path $(SPEC) --meta none \
	--config openapi/config.yaml --custom-template-path openapi/templates --fail-on-warning
GENERATE_WS = $(BIN)/openapi-python-client generate --path $(WS_SPEC) --meta none \
	--config openapi/config-ws.yaml --custom-template-path openapi/templates --fail-on-warning
# The WebSocket models' extras: the channel/command/error index, and no empty api/ package.
WS_EXTRAS = rm -rf "$(1)/api" && touch "$(1)/py.typed" && \
	$(BIN)/python scripts/ws_index.py $(WS_SPEC) "$(1)/index.py" && \
	$(BIN)/ruff format --isolated --no-cache --quiet "$(1)/index.py"

.PHONY: venv spec generate check-generated spec-diff lint typecheck test pytest demo bench soak clean

venv: $(STAMP)

$(STAMP): requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e .
	touch $(STAMP)

spec: $(STAMP)  ## openapi/kalshi.yaml and openapi/kalshi-ws.yaml (UPSTREAM=, WS_UPSTREAM=path or URL)
	$(BIN)/python scripts/build_spec.py $(UPSTREAM) $(SPEC)
	$(BIN)/python scripts/build_ws_spec.py $(WS_UPSTREAM) $(WS_SPEC)

generate: $(STAMP)  ## generated/kalshi_api and generated/kalshi_ws from openapi/
	rm -rf $(OUT)
	$(GENERATE) --output-path $(OUT)
	$(BIN)/python scripts/operation_index.py $(SPEC) $(OUT)/operations.py
	$(BIN)/ruff format --isolated --no-cache --quiet $(OUT)/operations.py $(OUT)/resources.py
	touch $(OUT)/py.typed
	$(BIN)/python scripts/unasync.py
	rm -rf $(WS_OUT)
	$(GENERATE_WS) --output-path $(WS_OUT)
	$(call WS_EXTRAS,$(WS_OUT))

check-generated: $(STAMP)  ## fails when generated/ is not what `make generate` gives
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/kalshi_api" >/dev/null && touch "$$tmp/kalshi_api/py.typed" && \
	$(BIN)/python scripts/operation_index.py $(SPEC) "$$tmp/kalshi_api/operations.py" && \
	$(BIN)/ruff format --isolated --no-cache --quiet "$$tmp/kalshi_api/operations.py" \
		"$$tmp/kalshi_api/resources.py" && \
	diff -r -x __pycache__ "$$tmp/kalshi_api" $(OUT) && \
	$(GENERATE_WS) --output-path "$$tmp/kalshi_ws" >/dev/null && $(call WS_EXTRAS,$$tmp/kalshi_ws) && \
	diff -r -x __pycache__ "$$tmp/kalshi_ws" $(WS_OUT) && \
	$(BIN)/python scripts/unasync.py --check && echo "generated/ is fresh"

spec-diff: $(STAMP)  ## OLD=... NEW=...: operations (or channels and messages) and fields added, removed, retyped
	$(BIN)/python scripts/spec_diff.py $(OLD) $(NEW)

lint: $(STAMP)
	$(BIN)/ruff check kalshi scripts tests examples
	$(BIN)/ruff format --check kalshi scripts tests examples

typecheck: $(STAMP)
	$(BIN)/mypy kalshi tests scripts examples

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck check-generated pytest  ## the whole suite

demo: $(STAMP)  ## the quickstart, against the embedded offline exchange
	$(BIN)/python examples/demo.py

bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(ARGS)

soak: $(STAMP)  ## 10,000 orders through a fault-injecting proxy, checked against the exchange (ARGS=...)
	$(BIN)/python scripts/soak.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
