# The two commands a new user runs: `make demo` and `make test`. Both build .venv from nothing
# but Python 3.11 and the package registries; re-running them skips what is already installed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_41e7d63e2c909d32.txt
PIP    := $(BIN)/python -m pip install --quiet -c constraints.txt

BENCH  := .venv-bench

.PHONY: demo test setup notebooks report score agreement bench clean

demo: $(VENV)/.stamp-kit
	$(BIN)/kit show $(SEED)
	$(BIN)/kit extract $(SEED) --published 2022-02-17
	$(BIN)/kit report $(SEED) --published 2022-02-17 --out reports

test: $(VENV)/.stamp-test
	$(BIN)/python -m pytest

setup: $(VENV)/.stamp-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.stamp-kit: pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP) -e '.[notebooks]'
	touch $@

$(VENV)/.stamp-test: pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP) -e '.[notebooks,test]'
	touch $@ $(VENV)/.stamp-kit

# Re-run the stored notebooks on the seed, after a change that alters their tables.
notebooks: $(VENV)/.stamp-kit
	$(BIN)/python -c "from kit.report import refresh_stored_notebooks as r; [print('executed', p.name) for p in r()]"

# Score the kit against every gold-annotated article the project holds.
score: $(VENV)/.stamp-kit
	$(BIN)/python tests/score.py $(BIN)/kit data/dev data/articles data/fresh data/sentences data/blind2 data/blind3 data/blind4 data/blind5 data/blind6 data/blind7 data/blind8 data/blind9 data/blind10 data/blind11 data/blind12 data/blind13 data/blind14 data/blind15 data/blind16 data/blind18 data/blind19 data/blind20 data/blind21 data/blind22 data/blind23 data/blind24 data/blind25 data/blind26 data/blind27 data/blind28 data/blind29 data/blind30 data/blind31 data/blind32 data/blind33 data/blind34 data/blind35 data/blind36 data/blind37 data/blind38 data/blind39 data/blind40 data/blind41 data/blind42 data/blind43 data/blind44 data/chrome27 --verbose
	$(BIN)/python tests/score.py $(BIN)/kit data/heldout

# How far a second, independent annotation agrees with the first (docs/quality.md, "Two annotators")
agreement: $(VENV)/.stamp-kit
	for d in data/agreement/*/; do $(BIN)/python benchmarks/agreement.py data/$$(basename $$d) $$d; done

# Time the kit against its peers (benchmarks/README.md). quantulum3 and dateparser install only
# into .venv-bench, never into .venv; the kit goes in too (editable) so all run in one process.
bench: $(BENCH)/.stamp-bench
	$(BENCH)/bin/python benchmarks/bench_extract.py

$(BENCH)/.stamp-bench: pyproject.toml benchmarks/requirements.txt
	$(PYTHON) -m venv $(BENCH)
	$(BENCH)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH)/bin/python -m pip install --quiet -e . -r benchmarks/requirements.txt
	touch $@

clean:
	rm -rf $(VENV) $(BENCH) reports
