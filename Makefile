# One task runner: `make run`, `make test`, `make bench`. Each sets itself up on a fresh
# machine that has only Python 3.11+ and make: a virtual environment in .venv, pinned deps.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all bench demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: load the demo Panel into the embedded SQLite database and screen its docket
run: $(STAMP)
	$(BIN)/coi demo

## test: the default suite (fast; slow and browser tests excluded)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## test-all: every test, slow ones included
test-all: $(STAMP)
	$(BIN)/python -m pytest -q -m ''

## bench: the benchmarks; results are printed and written under bench/results/
bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache data/*.sqlite3 data/*.sqlite3-* bench/results
