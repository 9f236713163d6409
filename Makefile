# Two commands for a fresh clone: `make run` (demo site on SQLite) and `make test`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install assets run test lint messages bench bench-search clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Front-end bundle (esbuild): site/static/dist/, rebuilt when a source changes.
ASSET_SOURCES := site/assets/build.mjs $(wildcard site/assets/*.js places/assets/*.js places/assets/*.css)
DIST_STAMP := site/static/dist/.built

$(DIST_STAMP): node_modules/.installed $(ASSET_SOURCES)
	npm run --silent build
	touch $@

assets: $(DIST_STAMP)

install: $(VENV)/.installed node_modules/.installed assets

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py create_local_admin
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# API benchmark on a fresh database: SQLite by default, or BENCH_DATABASE_URL (created empty).
BENCH_DATABASE_URL ?= sqlite:////tmp/kreativorte-bench.sqlite3
bench: install
	rm -f /tmp/kreativorte-bench.sqlite3
	DJANGO_SETTINGS_MODULE=kreativorte.settings.production SECRET_KEY=benchmark-only \
	ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false DATABASE_URL=$(BENCH_DATABASE_URL) \
	sh -c '$(BIN)/python manage.py migrate --noinput -v0 && $(BIN)/python manage.py benchmark_api'

# Search benchmark: needs an empty PostgreSQL database (SEARCH_BENCH_DATABASE_URL).
SEARCH_BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kreativorte_search_bench
bench-search: install
	DJANGO_SETTINGS_MODULE=kreativorte.settings.production SECRET_KEY=benchmark-only \
	ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false DATABASE_URL=$(SEARCH_BENCH_DATABASE_URL) \
	sh -c '$(BIN)/python manage.py migrate --noinput -v0 && $(BIN)/python manage.py benchmark_search'

# Update the English catalogue after changing interface strings (needs GNU gettext).
messages: install
	$(BIN)/python manage.py makemessages -l en --no-location \
		--ignore=.venv --ignore=node_modules --ignore=tests --ignore="home/demo/*"
	$(BIN)/python manage.py compilemessages -l en --ignore=.venv

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media static_collected site/static/dist
