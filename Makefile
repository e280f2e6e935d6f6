# The few commands a newcomer needs. Each target creates .venv itself when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The event coder compiled in place (setup.py), again whenever its source changes.
COMPILED := $(VENV)/.coder-compiled

.PHONY: setup demo test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	TIMELINE_PURE_PYTHON=1 $(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(COMPILED): $(STAMP) setup.py $(wildcard timeline/coding/*.py)
	@echo "compiling the event coder (about a minute)"
	$(BIN)/python setup.py --quiet build_ext --inplace
	touch $(COMPILED)

setup: $(COMPILED)

demo: $(COMPILED)
	$(BIN)/timeline render examples/biden-russia-sanctions.txt

test: $(COMPILED) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy timeline

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Benchmarks read ../shared (the TempEval-3 corpus) when it is there.
bench: $(COMPILED)
	$(BIN)/python benchmarks/temporal.py
	$(BIN)/python benchmarks/coding.py
	$(BIN)/python benchmarks/pipeline.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
	rm -f timeline/coding/*.so
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
