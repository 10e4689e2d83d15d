# Masterplan Smart City: each command does all the set-up on a fresh Debian machine.
#   make build   site (and PDF) into site/
#   make serve   live preview at http://127.0.0.1:8000 (no PDF)
#   make test    the whole test suite
#   make contoh  the fictional example city (contoh/kota-contoh/), site and PDF
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1)
BUILD_TMP := .site-tmp

export NO_MKDOCS_2_WARNING := 1
export PYTHONUTF8 := 1

CONTOH := contoh/kota-contoh

.PHONY: build serve test lint check contoh serve-contoh system-deps-build system-deps-test clean help
.DEFAULT_GOAL := help

help:
	@echo "make build  - bangun situs dan PDF ke folder site/"
	@echo "make serve  - pratinjau langsung di http://127.0.0.1:8000 (tanpa PDF)"
	@echo "make test   - jalankan seluruh pengujian"
	@echo "make check  - periksa data/*.yml saja (juga data kota contoh)"
	@echo "make contoh - bangun situs dan PDF kota contoh fiktif ke $(CONTOH)/site/"
	@echo "make serve-contoh - pratinjau kota contoh di http://127.0.0.1:8001"
	@echo "make lint   - pemeriksaan kode (ruff, mypy), bagian dari make test"

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	$(BIN)/python -m pip install --disable-pip-version-check -q --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

system-deps-build:
	@scripts/system-deps.sh build

system-deps-test:
	@scripts/system-deps.sh test

check: $(STAMP)
	$(BIN)/python -m macros.records
	$(BIN)/python -m macros.records $(CONTOH)/data

# Build into a temporary folder and move it into place only when everything
# succeeded, so a failed build never leaves a half-written site/ behind.
# macros.adapters runs MkDocs (always strict) with every message in Indonesian; `make
# serve` shows a failed build as an error page in the browser and recovers by itself.
build: $(STAMP) system-deps-build
	@rm -rf $(BUILD_TMP)
	ENABLE_PDF_EXPORT=1 $(BIN)/python -m macros.adapters build --site-dir $(BUILD_TMP)
	@rm -rf site && mv $(BUILD_TMP) site
	@echo "Situs siap di site/"

serve: $(STAMP)
	$(BIN)/python -m macros.adapters serve

# The fictional second city: same kit, its own mkdocs.yml, docs/ and data/.
contoh: $(STAMP) system-deps-build
	@rm -rf $(CONTOH)/$(BUILD_TMP)
	cd $(CONTOH) && ENABLE_PDF_EXPORT=1 ../../$(BIN)/python -m macros.adapters build --site-dir $(BUILD_TMP)
	@rm -rf $(CONTOH)/site && mv $(CONTOH)/$(BUILD_TMP) $(CONTOH)/site
	@echo "Situs kota contoh siap di $(CONTOH)/site/"

serve-contoh: $(STAMP)
	cd $(CONTOH) && ../../$(BIN)/python -m macros.adapters serve --dev-addr 127.0.0.1:8001

# one pytest-xdist worker per core; the session builds are shared by all (tests/conftest.py)
TEST_WORKERS ?= auto
test: $(STAMP) system-deps-test lint
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

# static checks, configured in pyproject.toml (also part of make test)
lint: $(STAMP)
	$(BIN)/ruff check macros tests benchmarks scripts
	$(BIN)/ruff format --check macros tests benchmarks scripts
	$(BIN)/mypy

clean:
	rm -rf site $(BUILD_TMP) .pytest_cache .hypothesis .cache
	rm -rf $(CONTOH)/site $(CONTOH)/$(BUILD_TMP) $(CONTOH)/.cache
