# The two commands a new user runs: `make demo` and `make test`. Both build .venv from nothing
# but Python 3.11 and the package registries; re-running them skips what is already installed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_41e7d63e2c909d32.txt

.PHONY: demo test setup setup-test score clean

demo: $(VENV)/.stamp-kit
	$(BIN)/kit show $(SEED)
	$(BIN)/kit extract $(SEED) --published 2022-02-17

test: $(VENV)/.stamp-test
	$(BIN)/python -m pytest

setup: $(VENV)/.stamp-kit
setup-test: $(VENV)/.stamp-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.stamp-kit: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.stamp-kit

# Score the kit against every gold-annotated article the project holds.
score: $(VENV)/.stamp-kit
	$(BIN)/python tests/score.py $(BIN)/kit data/dev data/articles --verbose
	$(BIN)/python tests/score.py $(BIN)/kit data/heldout

clean:
	rm -rf $(VENV) reports .pytest_cache
