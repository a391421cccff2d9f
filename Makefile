# careassure task runner. CI (.ci/run) calls these same recipes.
# `make run`  — install, migrate SQLite, load the demo council if empty, serve on http://127.0.0.1:8000
# `make test` — install, then the whole test suite (set DATABASE_URL to run it on PostgreSQL)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS := src/careassure/static/vendor/careassure.css
export CAREASSURE_VAR_DIR ?= $(CURDIR)/var

.PHONY: install assets run demo test test-fast lint typecheck migrations-check check bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(ASSETS): package.json package-lock.json scripts/build-assets.mjs src/careassure/static_src/careassure.scss
	npm ci --no-audit --no-fund --silent
	node scripts/build-assets.mjs

install: $(STAMP) $(ASSETS)

assets: $(ASSETS)

# The demo council borrows Norfolk's postcodes (democouncil.geography.ONS_CODE), so validation
# and the distance indicators run with Norfolk's ONS code as the council's own.
DEMO_ENV = CAREASSURE_DEBUG=true CAREASSURE_LA_CODE=E10000020

run: install
	mkdir -p var
	$(DEMO_ENV) $(BIN)/careassure migrate --no-input -v0
	$(DEMO_ENV) $(BIN)/careassure demo-data --if-empty --children 2000 --years 5 --seed 1
	$(DEMO_ENV) $(BIN)/careassure runserver 127.0.0.1:8000

test: install
	$(BIN)/pytest -n 2 --dist loadgroup

test-fast: install
	$(BIN)/pytest -n 2 -m "not browser and not slow"

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	CAREASSURE_TESTING=true $(BIN)/mypy --no-incremental

migrations-check: install
	mkdir -p var
	CAREASSURE_TESTING=true $(BIN)/careassure makemigrations --check --dry-run

check: lint typecheck migrations-check test

bench: install
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) node_modules var staticfiles src/careassure/static/vendor
