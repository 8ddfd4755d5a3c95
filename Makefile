# The two commands a new machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

demo: $(STAMP)
	rm -f detente.duckdb
	$(BIN)/detente demo --db detente.duckdb

test: $(TEST_STAMP)
	$(BIN)/ruff check src tests tools bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# The API and dashboard on the demo database (made first if missing): http://127.0.0.1:8000/
serve: $(STAMP)
	test -f detente.duckdb || $(BIN)/detente demo --db detente.duckdb
	$(BIN)/detente serve --db detente.duckdb

clean:
	rm -rf $(VENV) detente.duckdb report.html
