"""Service outages, measured: what visitors, API clients and probes get when a service is down.

The tests start the app as it runs in production (gunicorn with its config, production
settings) in a subprocess whose database, Redis or Elasticsearch address points at
nothing, or at a TCP relay the test cuts and restores, so an outage and the recovery
happen under one running process. The app reads the session's PostgreSQL test database
(committed state only; nothing here writes to it).
"""

import os
import subprocess
import sys
import time

import pytest
import redis
from django.db import connection

from .served_app import (
    BASE_DIR,
    DEADLINE_SECONDS,
    App,
    Reply,
    SessionDatabase,
    production_env,
    relay_to,
)
from .test_rate_limits import free_port

REDIS_DB4 = "redis://127.0.0.1:6379/4"  # this module's Redis database, flushed before use
# The app reads the test database: pytest-django creates it only for tests marked so.
served = pytest.mark.django_db
IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")


def skip_or_fail(message: str):
    """Locally a missing service skips; CI must have it."""
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def database(django_db_setup, django_db_blocker):
    if connection.vendor != "postgresql":
        skip_or_fail(
            "the fault tests serve the test database from a second process: "
            "run the tests on PostgreSQL (DATABASE_URL=postgres://…)"
        )
    yield SessionDatabase(connection.settings_dict)
    # The app's connections end a moment after it exits; the test database is dropped later.
    deadline = time.monotonic() + DEADLINE_SECONDS
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if not cursor.fetchone()[0]:
                break
            time.sleep(0.1)


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """Production serves hashed static files from a manifest: collect ours once (no admin)."""
    root = tmp_path_factory.mktemp("static")
    ignore = ["wagtail*", "admin", "rest_framework", "ninja", "django_otp", "otp_totp"]
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
        + [f"--ignore={pattern}" for pattern in ignore],
        cwd=BASE_DIR,
        env={**production_env(), "DATABASE_URL": "postgres://unused/unused", "STATIC_ROOT": root},
        check=True,
    )
    return root


@pytest.fixture
def serve(static_root, tmp_path):
    """Starts gunicorn (the image's config, one worker) with the given environment."""
    started = []

    def start(**env) -> App:
        port = free_port()
        log = tmp_path / f"gunicorn-{port}.log"
        command = [sys.executable, "-m", "gunicorn", "kreativorte.wsgi:application"]
        command += ["--config", "python:kreativorte.gunicorn"]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", "1"]
        with log.open("w") as output:
            process = subprocess.Popen(
                command,
                cwd=BASE_DIR,
                env=production_env(STATIC_ROOT=static_root, **env),
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        started.append(process)
        app = App(port, log)
        deadline = time.monotonic() + DEADLINE_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if app.get("/healthz").status == 200:
                    return app
            except OSError:
                pass  # not listening yet
            time.sleep(0.1)
        pytest.fail(f"gunicorn did not start:\n{log.read_text()}")

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=DEADLINE_SECONDS)
    for log in tmp_path.glob("gunicorn-*.log"):
        print(log.read_text())  # shown when the test fails


@pytest.fixture
def redis_db4():
    client = redis.Redis.from_url(REDIS_DB4, socket_connect_timeout=0.5)
    try:
        client.flushdb()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379 to cut off and bring back")
    yield client
    client.flushdb()


def assert_german_503_page(reply: Reply):
    assert reply.status == 503, reply.text[:500]
    assert reply.headers["Content-Type"].startswith("text/html")
    assert '<html lang="de">' in reply.text and "Vorübergehend nicht erreichbar" in reply.text
    # Self-contained under a strict CSP: no inline script or style.
    assert "<script" not in reply.text and "<style" not in reply.text and "style=" not in reply.text
    assert reply.headers["Retry-After"] and "no-store" in reply.headers["Cache-Control"]


def assert_json_503(reply: Reply, about: str):
    body = reply.json()
    assert reply.status == 503 and body["status"] == 503
    assert body["errors"][0]["parameter"] is None and about in body["errors"][0]["message"]


def readiness(app: App, status: int) -> dict:
    reply = app.until("/readyz", status)
    assert reply.status == status, reply.text
    assert "no-store" in reply.headers["Cache-Control"]
    return reply.json()["checks"]


@served
def test_database_outage_is_a_503_and_the_app_recovers_without_restart(database, serve):
    with relay_to(database.port, up=False) as relay:
        app = serve(DATABASE_URL=database.url(relay.port))  # unreachable from the start

        for _ in range(2):  # first unreachable at start, then gone while connections are open
            assert app.get("/healthz").status == 200
            assert readiness(app, 503) == {
                "database": "unavailable",
                "cache": "ok",
                "search": "unavailable",  # the database backend's table is in the database
            }
            for path in ("/", "/orte/", "/suche/?q=Denkmal"):
                assert_german_503_page(app.get(path))
            assert_json_503(app.get("/api/v1/places/"), "Datenbank")
            assert_json_503(app.get("/api/v1/places/abc/"), "Datenbank")

            relay.restore()
            assert readiness(app, 200) == {"database": "ok", "cache": "ok", "search": "ok"}
            assert app.get("/suche/").status == 200
            assert app.get("/api/v1/places/").status == 200
            relay.cut()

        assert app.workers_booted() == 1  # one process throughout, no restart


@served
def test_redis_outage_costs_the_cache_and_rate_limits_but_no_request(database, serve, redis_db4):
    with relay_to(6379, up=False) as cache:
        app = serve(
            DATABASE_URL=database.url(),
            REDIS_URL=f"redis://127.0.0.1:{cache.port}/4",
            RATELIMIT_API="3/h",  # small, so that counting (or not counting) shows
        )

        for _ in range(2):  # first unreachable at start, then gone while connected
            assert app.get("/healthz").status == 200
            checks = readiness(app, 503)
            assert checks == {"database": "ok", "cache": "unavailable", "search": "ok"}
            assert app.get("/suche/").status == 200
            assert [app.get("/api/v1/places/").status for _ in range(5)] == [200] * 5

            cache.restore()
            readiness(app, 200)
            redis_db4.flushdb()  # a fresh count from here
            statuses = [app.get("/api/v1/places/").status for _ in range(4)]
            assert statuses == [200, 200, 200, 429]  # the limit counts again, in Redis
            assert redis_db4.dbsize() > 0
            cache.cut()

        assert "Redis unreachable" in app.log.read_text()  # the outage is logged
        assert app.workers_booted() == 1


@served
def test_search_backend_outage_leaves_everything_but_search(database, serve):
    app = serve(DATABASE_URL=database.url(), ELASTICSEARCH_URL=f"http://127.0.0.1:{free_port()}")
    assert app.get("/healthz").status == 200
    assert readiness(app, 503) == {"database": "ok", "cache": "ok", "search": "unavailable"}
    page = app.get("/suche/?q=Denkmal")
    assert page.status == 503 and "nicht erreichbar" in page.text
    assert_json_503(app.get("/api/v1/search/?q=Denkmal"), "Suche")
    assert app.get("/suche/").status == 200
    assert app.get("/api/v1/places/").status == 200
