# The README's two promises: `make run` and `make test`, both idempotent on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(patsubst resources/translations/%.ts,src/tokocrm/ui/i18n/%.qm,$(TS))

.PHONY: run test setup check translations migration clean

run: setup
	bash tools/system-packages.sh gui
	$(BIN)/tokocrm

test: setup check
	$(BIN)/pytest

check: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

src/tokocrm/ui/i18n/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After adding or changing UI strings: refresh the .ts sources, then translate them.
translations: $(STAMP)
	for lang in id en; do \
	  $(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none src/tokocrm/ui \
	    -source-language en -target-language $$lang -ts resources/translations/tokocrm_$$lang.ts; \
	done

clean:
	rm -rf $(VENV) src/tokocrm/ui/i18n build *.egg-info src/*.egg-info

# After changing src/tokocrm/db/models.py: generate the migration, then read and edit it.
migration: $(STAMP)
	$(BIN)/python tools/new_migration.py "$(MSG)"

# Benchmarks on the sample shop, beside raw baselines (see benchmarks/README.md).
# QUICK=1: a small shop and fewer runs; JSON=PATH: also write the table as JSON;
# DB=URL: run on that database (e.g. PostgreSQL) instead of the cached SQLite shop.
.PHONY: bench
bench: setup
	$(BIN)/python -m benchmarks $(if $(filter-out 0,$(QUICK)),--quick) \
	  $(if $(JSON),--json '$(JSON)') $(if $(DB),--db '$(DB)')

# The load test: 4 tills and 2 point redeemers writing at once, then a check that no write was
# lost or made up and every balance adds up (see benchmarks/README.md). Without DB: on a fresh
# SQLite file and on a throw-away local PostgreSQL server; DB=URL: on that empty database only;
# JSON=PATH: also write the report as JSON.
.PHONY: load
load: setup
	$(BIN)/python -m benchmarks.load_test $(if $(JSON),--json '$(JSON)') $(if $(DB),--db '$(DB)')
