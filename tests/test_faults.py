"""Faults, measured: what visitors, API clients and probes get when a service is down.

The first tests call the error handlers in process. The others start the app as
it runs in production (gunicorn with its config, production settings) in a
subprocess whose database, Redis or Elasticsearch address points at nothing, or
at a TCP relay the test cuts and restores, so an outage and the recovery happen
under one running process. The app reads the session's PostgreSQL test database
(committed state only; nothing here writes to it).
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.core.cache import caches
from django.db import connection
from django.db.utils import OperationalError
from django.test import RequestFactory

from kreativorte.health import page_not_found, server_error

from .test_rate_limits import free_port, resilient_redis

BASE_DIR = Path(__file__).resolve().parent.parent
REDIS_DB4 = "redis://127.0.0.1:6379/4"  # this module's Redis database, flushed before use
DEADLINE_SECONDS = 30  # for the app to start, or to notice a service is back
# The app reads the test database: pytest-django creates it only for tests marked so.
served = pytest.mark.django_db
IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")


def skip_or_fail(message: str):
    """Locally a missing service skips; CI must have it."""
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


# The error handlers: JSON in the API's error shape under /api/, pages elsewhere.


def test_malformed_api_path_id_is_a_json_404(client, db):
    response = client.get("/api/v1/places/abc/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == 404 and body["errors"][0]["parameter"] is None
    assert "API" in body["errors"][0]["message"]
    website = client.get("/gibt-es-nicht/")
    assert website.status_code == 404 and website["Content-Type"].startswith("text/html")


def handled(path, exception):
    """What handler500 answers while `exception` is being handled, as Django calls it."""
    try:
        raise exception
    except Exception:
        return server_error(RequestFactory().get(path))


def test_server_errors_under_the_api_are_json():
    response = handled("/api/v1/places/", RuntimeError("a bug"))
    assert response.status_code == 500
    assert json.loads(response.content) == {
        "status": 500,
        "errors": [
            {"parameter": None, "message": "Interner Fehler. Bitte später erneut versuchen."}
        ],
    }
    assert handled("/orte/", RuntimeError("a bug"))["Content-Type"].startswith("text/html")


def test_database_errors_outside_a_view_are_503_too():
    api = handled("/api/v1/places/", OperationalError("connection refused"))
    assert api.status_code == 503 and json.loads(api.content)["status"] == 503
    page = handled("/orte/", OperationalError("connection refused"))
    assert page.status_code == 503 and "Vorübergehend nicht erreichbar" in page.content.decode()
    assert page["Retry-After"] and "no-store" in page["Cache-Control"]


def test_not_found_outside_the_api_stays_a_page(rf, db):
    response = page_not_found(rf.get("/api-docs/"), None)  # /api only as a path prefix
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")


def test_unreachable_redis_answers_like_an_empty_cache(settings, caplog):
    settings.CACHES = {"default": resilient_redis(f"redis://127.0.0.1:{free_port()}/4")}
    cache = caches["default"]
    cache.set("key", 1)
    assert cache.get("key", "default") == "default" and cache.get_many(["key"]) == {}
    assert cache.add("key", 1) is False and cache.has_key("key") is False
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]  # the keys not stored
    with pytest.raises(ValueError):  # incr's "no such key", which callers handle
        cache.incr("key")
    assert caplog.text.count("Redis unreachable") == 1  # once per outage, not per call


# The app in a subprocess.


class Relay:
    """A TCP relay to a local service, which the test can cut and restore on the same port.

    Cut: open connections break and new ones are refused, as when the service goes away.
    """

    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.port = free_port()
        self.listener = None
        self.connections: set[socket.socket] = set()
        self.lock = threading.Lock()

    def restore(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))  # SO_REUSEADDR
        self.acceptor = threading.Thread(target=self._accept, args=(self.listener,), daemon=True)
        self.acceptor.start()

    def cut(self):
        if self.listener is None:
            return
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.acceptor.join()
        self.listener.close()
        self.listener = None
        with self.lock:
            for sock in self.connections:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # both ends see the connection end
                sock.close()
            self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        with suppress(OSError):  # either side closed: end both directions
            while data := source.recv(65536):
                sink.sendall(data)
        for sock in (source, sink):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@contextmanager
def relay_to(port: int, *, up: bool):
    relay = Relay(port)
    if up:
        relay.restore()
    try:
        yield relay
    finally:
        relay.cut()


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode()

    def json(self):
        assert self.headers["Content-Type"].startswith("application/json"), self.headers
        return json.loads(self.body)


class App:
    def __init__(self, port: int, log: Path):
        self.port, self.log = port, log

    def get(self, path: str) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=DEADLINE_SECONDS)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            conn.close()

    def until(self, path: str, status: int) -> Reply:
        """Asks again until the answer has `status`: a recovering service may need a moment."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while (reply := self.get(path)).status != status and time.monotonic() < deadline:
            time.sleep(0.1)
        return reply

    def workers_booted(self) -> int:
        return self.log.read_text().count("Booting worker")


@dataclass
class SessionDatabase:
    """The session's PostgreSQL test database, reached directly or through a relay."""

    settings: dict

    @property
    def port(self) -> int:
        return int(self.settings["PORT"] or 5432)

    def url(self, via_port: int | None = None) -> str:
        user = quote(self.settings["USER"] or "")
        password = f":{quote(self.settings['PASSWORD'])}" if self.settings["PASSWORD"] else ""
        host, name = self.settings["HOST"], self.settings["NAME"]
        return f"postgres://{user}{password}@{host}:{via_port or self.port}/{name}"


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


def production_env(**overrides) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL")
        and not name.startswith(("DJANGO_", "RATELIMIT_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="kreativorte.settings.production",
        SECRET_KEY="fault-tests-only-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        LOG_LEVEL="WARNING",
    )
    env.update({name: str(value) for name, value in overrides.items()})
    return env


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
