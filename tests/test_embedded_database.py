"""The embedded default under load: `make run`'s runserver and webhook worker on an SQLite
file, an import of 500 places beside them, four visitors reading pages and the API.

Everything runs as `make run` runs it (dev settings, DEBUG on) in subprocesses on a fresh
SQLite file of its own, whichever database the test session uses. No answer may fail and
no log may say "database is locked"; while the file cannot be opened, visitors get the 503
page (JSON under /api/), never a debug page.
"""

import http.client
import json
import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from .served_app import BASE_DIR, DEADLINE_SECONDS, inherited_env
from .test_rate_limits import free_port

PLACES = 500
READERS = 4
# Each read a new address (the page cache would answer repeats without the database).
READ_PATHS = [
    "/?r={n}",
    "/orte/?r={n}",
    "/wissen/?r={n}",
    "/api/v1/places/?page_size=50&r={n}",
    "/api/v2/pages/?offset={n}",
]
LOCKED = "database is locked"


def embedded_env(database: Path) -> dict[str, str]:
    env = inherited_env()
    env.update(
        DJANGO_SETTINGS_MODULE="kreativorte.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",  # the embedded default, on a file of the test's
        MEDIA_ROOT=str(database.parent / "media"),
        PRIVATE_MEDIA_ROOT=str(database.parent / "private"),
        RATELIMIT_API="off",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def saxon_places(count: int) -> dict:
    """Points on a grid around Dresden and Meißen, well inside Saxony."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [13.3 + (i % 25) * 0.04, 50.9 + (i // 25) * 0.015],
                },
                "properties": {
                    "title": f"Lastprobe {i + 1}",
                    "external_id": f"last-{i + 1}",
                    "town": "Dresden",
                    "district": "dresden",
                    "types": ["galerie-ausstellung"],
                    "status": "established",
                },
            }
            for i in range(count)
        ],
    }


@contextmanager
def started(command, env, log: Path):
    """A process group of its own (the worker script starts children), ended at the end."""
    with log.open("w") as out:
        process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=DEADLINE_SECONDS)


def get(port: int, path: str, timeout: float = 60) -> tuple[int, str, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read().decode()
    finally:
        conn.close()


def wait_until_up(port: int, server):
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        assert server.poll() is None, "runserver ended"
        try:
            if get(port, "/healthz", timeout=2)[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail("runserver did not answer in time")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    """A migrated SQLite file with the site's tree, runserver and the webhook worker on it."""
    folder = tmp_path_factory.mktemp("embedded")
    env = embedded_env(folder / "db.sqlite3")
    migrated = manage(env, "migrate", "--noinput", "-v0")
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    tree = "from tests.site_tree import build_site_tree; build_site_tree()"
    built = manage(env, "shell", "-c", tree)
    assert built.returncode == 0, built.stderr[-3000:]
    port = free_port()
    run_log, worker_log = folder / "runserver.log", folder / "worker.log"
    runserver = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
    worker = ["scripts/webhook_worker.sh"]
    with (
        started(runserver, env, run_log) as server,
        started(worker, {**env, "PYTHON": sys.executable}, worker_log),
    ):
        wait_until_up(port, server)
        yield env, folder, port, [run_log, worker_log]


def test_an_import_beside_runserver_the_worker_and_four_readers(embedded):
    env, folder, port, logs = embedded
    geojson = folder / "orte.geojson"
    geojson.write_text(json.dumps(saxon_places(PLACES)), encoding="utf-8")
    failures, answers = [], []
    importing = threading.Event()
    importing.set()

    def read(reader: int):
        turn = reader
        while importing.is_set():
            turn += 1
            path = READ_PATHS[turn % len(READ_PATHS)].format(n=turn)
            try:
                status, _, body = get(port, path)
            except OSError as error:
                failures.append(f"{path}: {error!r}")
                continue
            answers.append(status)
            if status != 200 or LOCKED in body:
                failures.append(f"{path}: {status} {body[:300]}")

    readers = [threading.Thread(target=read, args=(n,)) for n in range(READERS)]
    for thread in readers:
        thread.start()
    try:
        imported = manage(env, "import_places", str(geojson))
    finally:
        importing.clear()
        for thread in readers:
            thread.join()

    assert imported.returncode == 0, imported.stderr[-3000:]
    assert f"neu: {PLACES}," in imported.stdout
    assert len(answers) >= 4 * READERS  # the readers really read meanwhile
    assert failures == []
    listed = json.loads(get(port, "/api/v1/places/?page_size=1")[2])
    assert listed["count"] == PLACES
    for log in logs:
        text = log.read_text()
        assert LOCKED not in text and "Traceback" not in text, text[-3000:]
        assert "webhook worker stopped" not in text


def test_an_unreachable_file_is_a_503_page_and_json_not_a_debug_page(embedded):
    """Every request reads the content version first (the page cache): that read too."""
    env, folder, port, logs = embedded
    database = folder / "db.sqlite3"
    database.rename(folder / "away.sqlite3")
    database.mkdir()  # what runserver opens next is no database file at all
    try:
        page_status, page_type, page = get(port, "/orte/?weg")
        api_status, api_type, api = get(port, "/api/v1/places/?weg")
    finally:
        database.rmdir()
        (folder / "away.sqlite3").rename(database)
    assert (page_status, page_type.split(";")[0]) == (503, "text/html")
    assert "Vorübergehend nicht erreichbar" in page and "Traceback" not in page
    assert (api_status, api_type.split(";")[0]) == (503, "application/json")
    assert json.loads(api)["status"] == 503
    assert get(port, "/orte/?wieder")[0] == 200
