# Two commands for a fresh clone: `make run` (demo site on SQLite) and `make test`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install assets run serve test lint lock audit image-check loadtest messages bench bench-search bench-writes bench-relevance bench-pages bench-cache-share bench-admin clean
# Development commands run with the dev settings; plain `manage.py` defaults to production.
DEV := DJANGO_SETTINGS_MODULE=kreativorte.settings.dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Exact versions with hashes from the lock file; the project itself is linked (editable).
$(VENV)/.installed: requirements-dev.lock pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Re-resolve the lock files from pyproject.toml (PyPI only, hashes for every platform).
PIP_COMPILE := env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null $(BIN)/pip-compile --quiet \
	--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
lock: $(VENV)/.installed
	$(PIP_COMPILE) --build-deps-for=wheel --output-file=requirements.lock pyproject.toml
	$(PIP_COMPILE) --build-deps-for=editable --extra=dev --output-file=requirements-dev.lock pyproject.toml

# Known vulnerabilities in the locked Python packages and the npm packages the site ships.
audit: install
	$(BIN)/python .ci/audit

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
	$(DEV) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py seed_demo
	$(DEV) $(BIN)/python manage.py create_local_admin
	$(DEV) PYTHON=$(BIN)/python PORT=$(PORT) scripts/run.sh  # runserver and the webhook worker

# Production-like: Varnish on PORT in front of gunicorn (production settings), PostgreSQL
# and Redis from DATABASE_URL and REDIS_URL (scripts/serve.sh; needs Debian's varnish).
serve: install
	PORT=$(PORT) scripts/serve.sh

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
	WAGTAILADMIN_BASE_URL=http://testserver RATELIMIT_SEARCH=off RATELIMIT_API=off PAGE_CACHE_SECONDS=0 \
	sh -c '$(BIN)/python manage.py migrate --noinput -v0 && $(BIN)/python manage.py benchmark_search'

# Search relevance on the judged demo queries (search/relevance/), on a database dropped and
# created afresh: PostgreSQL by default, or sqlite:////tmp/….sqlite3. RELEVANCE_BENCH_ARGS
# passes e.g. --verbose or --json FILE.
RELEVANCE_BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kreativorte_relevance_bench
RELEVANCE_BENCH_ARGS ?=
bench-relevance: install
	case "$(RELEVANCE_BENCH_DATABASE_URL)" in \
	sqlite:*) rm -f "$(patsubst sqlite:///%,%,$(RELEVANCE_BENCH_DATABASE_URL))" ;; \
	*) psql "$(dir $(RELEVANCE_BENCH_DATABASE_URL))postgres" -qc \
		'DROP DATABASE IF EXISTS "$(notdir $(RELEVANCE_BENCH_DATABASE_URL))" WITH (FORCE)' && \
		scripts/ensure_database.sh $(RELEVANCE_BENCH_DATABASE_URL) ;; \
	esac
	DJANGO_SETTINGS_MODULE=kreativorte.settings.production SECRET_KEY=benchmark-only \
	ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false DATABASE_URL=$(RELEVANCE_BENCH_DATABASE_URL) \
	WAGTAILADMIN_BASE_URL=http://testserver MEDIA_ROOT=/tmp/kreativorte-relevance-media \
	sh -c '$(BIN)/python manage.py migrate --noinput -v0 && \
		$(BIN)/python manage.py seed_demo --force >/dev/null && \
		$(BIN)/python manage.py benchmark_relevance $(RELEVANCE_BENCH_ARGS)'

# Publish cost at 100, 1,000 and 10,000 places and import_places throughput: needs an
# empty PostgreSQL database (WRITES_BENCH_DATABASE_URL); figures in docs/benchmarks.md.
WRITES_BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kreativorte_writes_bench
bench-writes: install
	DJANGO_SETTINGS_MODULE=kreativorte.settings.production SECRET_KEY=benchmark-only \
	ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false DATABASE_URL=$(WRITES_BENCH_DATABASE_URL) \
	WAGTAILADMIN_BASE_URL=http://testserver \
	sh -c '$(BIN)/python manage.py migrate --noinput -v0 && $(BIN)/python manage.py benchmark_writes'

# Page benchmark through Varnish and straight to gunicorn, and publish-to-visible time
# (variables BENCH_* in scripts/bench_pages.sh; figures in docs/benchmarks.md).
bench-pages: install
	scripts/bench_pages.sh

# Share of page reads answered from Varnish while an editor autosaves and places are
# published (variables BENCH_* in scripts/bench_cache_share.sh; figures in docs/benchmarks.md).
bench-cache-share: install
	scripts/bench_cache_share.sh

# Server time of the admin views and saves at 10,000 places, on a PostgreSQL database
# dropped and created afresh with the demo (ADMIN_BENCH_DATABASE_URL); docs/benchmarks.md.
ADMIN_BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kreativorte_admin_bench
bench-admin: install
	psql "$(dir $(ADMIN_BENCH_DATABASE_URL))postgres" -qc \
		'DROP DATABASE IF EXISTS "$(notdir $(ADMIN_BENCH_DATABASE_URL))" WITH (FORCE)'
	scripts/ensure_database.sh $(ADMIN_BENCH_DATABASE_URL)
	DJANGO_SETTINGS_MODULE=kreativorte.settings.production SECRET_KEY=benchmark-only \
	ALLOWED_HOSTS=testserver SECURE_SSL_REDIRECT=false DATABASE_URL=$(ADMIN_BENCH_DATABASE_URL) \
	WAGTAILADMIN_BASE_URL=http://testserver MEDIA_ROOT=/tmp/kreativorte-admin-bench-media \
	STATIC_ROOT=/tmp/kreativorte-admin-bench-static \
	sh -c '$(BIN)/python manage.py migrate --noinput -v0 && \
		$(BIN)/python manage.py collectstatic --noinput -v0 && \
		$(DEV) $(BIN)/python manage.py seed_demo --force >/dev/null && \
		$(BIN)/python manage.py benchmark_admin'

# Update the English catalogue after changing interface strings (needs GNU gettext).
# locale/de holds only hand-kept overrides of Wagtail's and packages' German: compiled
# here, never extracted into (makemessages would drop them as obsolete).
messages: install
	$(DEV) $(BIN)/python manage.py makemessages -l en --no-location \
		--ignore=.venv --ignore=node_modules --ignore=tests --ignore="home/demo/*"
	$(DEV) $(BIN)/python manage.py compilemessages -l en -l de --ignore=.venv

# The Dockerfile's build steps without a Docker engine, then its command, probed (CI runs this).
IMAGE_CHECK_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kreativorte_image
image-check: install
	$(BIN)/python .ci/dockerfile-steps --run PORT=$(PORT) DATABASE_URL=$(IMAGE_CHECK_DATABASE_URL) \
		SECRET_KEY=image-check-only-7fQ2xLp9Rk4sWz8NvB3mT6yHcJ1dGe5AqU0oP7iK2nM4bV9c ALLOWED_HOSTS=127.0.0.1,localhost \
		WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) REDIS_URL=redis://127.0.0.1:6379/6

# gunicorn with production settings, PostgreSQL with the demo, Redis; wrk at 50 connections
# (variables LOADTEST_* in scripts/loadtest.sh; figures in docs/benchmarks.md).
loadtest: install
	scripts/loadtest.sh

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media static_collected site/static/dist
