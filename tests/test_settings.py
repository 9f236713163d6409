"""Settings: safe defaults, configuration from the environment, production refuses to guess."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

REPO = Path(__file__).resolve().parent.parent


def load(module, monkeypatch, **env):
    """Evaluate a settings module with the given environment (unset variables removed)."""
    for name in ("SECRET_KEY", "DEBUG", "DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for name in [m for m in sys.modules if m.startswith("kreativorte.settings.")]:
        monkeypatch.delitem(sys.modules, name)  # re-read; restored after the test
    return vars(importlib.import_module(f"kreativorte.settings.{module}"))


def test_german_first_in_berlin_time():
    assert settings.LANGUAGE_CODE == "de"
    assert settings.TIME_ZONE == "Europe/Berlin" and settings.USE_TZ
    assert settings.WAGTAIL_I18N_ENABLED
    assert [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES] == ["de", "en"]


def test_base_is_safe_by_default(monkeypatch):
    base = load("base", monkeypatch)
    assert base["DEBUG"] is False
    assert base["SECRET_KEY"] == ""
    assert base["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert base["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert base["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "search.backend"


def test_the_embedded_sqlite_copes_with_a_worker_beside_the_server(monkeypatch):
    """WAL, a busy timeout and IMMEDIATE transactions for SQLite; PostgreSQL as it was."""
    options = load("base", monkeypatch)["DATABASES"]["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE" and options["timeout"] >= 10
    assert "PRAGMA journal_mode=WAL" in options["init_command"]
    postgres = load("base", monkeypatch, DATABASE_URL="postgres://db.internal:5432/kreativorte")
    assert set(postgres["DATABASES"]["default"]["OPTIONS"]) == {"options", "connect_timeout"}


def test_services_come_from_the_environment(monkeypatch):
    base = load(
        "base",
        monkeypatch,
        DATABASE_URL="postgres://kreativ:geheim@db.internal:5432/kreativorte",
        REDIS_URL="redis://cache.internal:6379/1",
        ELASTICSEARCH_URL="https://search.internal:9200",
        ALLOWED_HOSTS="kreativorte.example, www.kreativorte.example",
        MAP_TILE_URL="https://tiles.kreativorte.example/{z}/{x}/{y}.png",
    )
    database = base["DATABASES"]["default"]
    assert (database["ENGINE"], database["HOST"], database["NAME"]) == (
        "django.db.backends.postgresql",
        "db.internal",
        "kreativorte",
    )
    assert base["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/1"
    search = base["WAGTAILSEARCH_BACKENDS"]["default"]
    assert search["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert search["URLS"] == ["https://search.internal:9200"]
    analyzer = search["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert {"german_normalization", "asciifolding", "german_stemmer"} <= set(analyzer["filter"])
    assert base["ALLOWED_HOSTS"] == ["kreativorte.example", "www.kreativorte.example"]
    assert (
        base["GEO_WIDGET_LEAFLET_TILE_LAYER"] == "https://tiles.kreativorte.example/{z}/{x}/{y}.png"
    )


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        load("production", monkeypatch, DATABASE_URL="postgres://db.internal/kreativorte")


def test_production_refuses_to_fall_back_to_sqlite(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        load("production", monkeypatch, SECRET_KEY="s" * 50)


def test_production_refuses_to_guess_its_own_address(monkeypatch):
    monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)
    with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL"):
        load(
            "production",
            monkeypatch,
            SECRET_KEY="s" * 50,
            DATABASE_URL="postgres://db.internal/kreativorte",
        )


def test_production_never_debugs_and_loads_no_third_party_tiles(monkeypatch):
    production = load(
        "production",
        monkeypatch,
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://db.internal/kreativorte",
        WAGTAILADMIN_BASE_URL="https://kreativorte.example",
        DEBUG="true",
    )
    assert production["DEBUG"] is False
    assert production["SESSION_COOKIE_SECURE"] and production["CSRF_COOKIE_SECURE"]
    assert production["MAP_TILE_URL"] == ""


def test_production_with_a_secret_passes_the_deploy_checks():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kreativorte.settings.production",
        "SECRET_KEY": "x" * 20 + "-production-grade-secret-key-for-the-check-0123456789",
        "ALLOWED_HOSTS": "kreativorte.example",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/kreativorte",
        "WAGTAILADMIN_BASE_URL": "https://kreativorte.example",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
