# The README's two commands, and a few helpers. Everything runs inside .venv.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv run test lint bench clean axe

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when pyproject.toml changes; the stamp keeps `make run` quick otherwise.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

run: venv
	$(BIN)/midway serve --host $(HOST) --port $(PORT)

test: venv axe
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# axe-core audits the pages of the browser story test; it is for the tests only, never
# served. Without npm the audit is skipped (the test says so).
AXE := $(VENV)/npm/node_modules/axe-core/axe.min.js
axe: | $(BIN)/python
	@if [ -f $(AXE) ]; then :; \
	elif command -v npm >/dev/null 2>&1; then npm install --silent --no-audit --no-fund --prefix $(VENV)/npm axe-core@4; \
	else echo "npm is not installed: the story test's accessibility audit (axe-core) will be skipped."; fi

lint: venv
	$(BIN)/ruff check src
	$(BIN)/ruff format --check src

bench: venv
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
