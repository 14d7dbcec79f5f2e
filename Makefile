# Two commands for a newcomer: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck unit translations bench screenshot quote-picture clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

translations: $(STAMP)
	$(BIN)/python tools/build_translations.py --release-only

run: $(STAMP) translations
	$(BIN)/desktop-crm --first-run demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python bench/build_large.py

screenshot: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/screenshot.png --page contacts

quote-picture: $(STAMP)
	$(BIN)/python tools/render_quote_png.py docs/quote-page.png

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache resources/translations/*.qm
