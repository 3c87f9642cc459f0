# ltsupport: `make run` starts the app, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck unit bench demo translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(BIN)/ltsupport

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck unit

bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

demo: $(VENV)/.run-installed
	$(BIN)/ltsupport-cli demo

TS := src/ltsupport/i18n/ltsupport_fr.ts
translations: $(VENV)/.test-installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find src/ltsupport/ui -name '*.py') src/ltsupport/app.py -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm src/ltsupport/i18n/ltsupport_fr.qm

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache
