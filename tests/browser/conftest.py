"""Real-browser tests: Playwright drives Debian's Chromium against a live server.

The demo content (`seed_demo`) is built once for the whole package, committed to
the test database, served by a live server in a background thread and removed
again afterwards (the database is restored to what the migrations left). The
tests take no database fixture (they only read through the browser).

Every request the browser makes passes through one route handler: tiles (the
tile URL points at this server, `/test-tiles/…`) get a 1×1 PNG and are recorded;
a request to any other host is recorded and aborted. Tests assert on the records.
"""

import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.servers.basehttp import WSGIServer
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from django.test.utils import override_settings, setup_databases, teardown_databases
from playwright.sync_api import Browser, BrowserContext, Request, Response, Route, sync_playwright

from .support import (
    AXE,
    BASE_DIR,
    CHROMIUM,
    CHROMIUM_ARGS,
    DIST,
    DIST_FILES,
    TILE_PATH,
    TILE_PNG,
    TIMEOUT_MS,
    VIEWPORTS,
    LiveSite,
    Traffic,
    Visit,
    demo_pages,
    more_pages,
)


@pytest.fixture(scope="session")
def chromium_executable() -> Path:
    """Debian's Chromium; without it the browser tests skip locally and fail in CI."""
    if not CHROMIUM.exists():
        message = (
            f"{CHROMIUM} is missing: install Debian's Chromium (`apt-get install chromium`; "
            "`.ci/run` does) to run the browser tests"
        )
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def built_assets() -> None:
    """The front-end bundle must exist: the pages are useless without it."""
    missing = [name for name in DIST_FILES if not (DIST / name).is_file()]
    if missing:
        pytest.fail(
            f"front-end bundle missing in {DIST.relative_to(BASE_DIR)}: {', '.join(missing)}; "
            "build it with `make assets` (or `npm run build`)",
            pytrace=False,
        )
    if not AXE.is_file():
        pytest.fail(
            f"{AXE.relative_to(BASE_DIR)} missing: install the npm packages (`make install`)",
            pytrace=False,
        )


class OneRequestAtATime(LiveServerThread):
    """A live server that answers one request after the other.

    With SQLite the test database lives in memory and the server thread shares the
    test's connection; Django's threaded live server would use it from several
    threads at once. Connections are closed after each response (Django does so
    for unthreaded servers), so the browser's parallel requests simply queue.
    """

    def _create_server(self, connections_override=None):
        return WSGIServer(
            (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
        )


@contextmanager
def live_server() -> Iterator[str]:
    """Serve the site (static files from the finders, uploads from MEDIA_ROOT); yields its URL."""
    shared = [
        conn for conn in connections.all() if conn.vendor == "sqlite" and conn.is_in_memory_db()
    ]
    for conn in shared:
        conn.inc_thread_sharing()
    thread = OneRequestAtATime(
        "127.0.0.1",
        static_handler=StaticFilesHandler,
        connections_override={conn.alias: conn for conn in shared},
    )
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield f"http://{thread.host}:{thread.port}"
    finally:
        thread.terminate()
        for conn in shared:
            conn.dec_thread_sharing()


# The name the test database gets, worked out (at collection) before the connection is renamed.
TEST_DATABASE_NAME = connection.creation._get_test_db_name()


def is_test_database() -> bool:
    # Under pytest-xdist each worker's database has a suffix, set as TEST NAME after collection.
    name = connection.settings_dict.get("TEST", {}).get("NAME") or TEST_DATABASE_NAME
    return connection.settings_dict["NAME"] == name


@pytest.fixture(scope="package")
def test_database(django_db_setup, django_db_blocker) -> Iterator[None]:
    """The test database, created here when no other selected test needs one.

    pytest-django creates it only for tests that take `db` (or a `django_db`
    mark); these tests must not: the per-test transaction would run inside
    Playwright's event loop, where Django refuses database work.
    """
    with django_db_blocker.unblock():
        created = None
        if not is_test_database():
            created = setup_databases(verbosity=0, interactive=False, aliases={DEFAULT_DB_ALIAS})
    yield
    if created is not None:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


def reset_sequences() -> None:
    """Restored rows keep their ids but PostgreSQL's sequences start again at 1 after the
    flush: set them past the rows, or the tests after these (in this worker) collide."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="package")
def live_site(
    test_database, django_db_blocker, chromium_executable, built_assets
) -> Iterator[LiveSite]:
    """The demo content on a live server, for every test in tests/browser/.

    Seeded once and committed (the server may use another database connection),
    then removed: the database is restored to what the migrations left.
    """
    with django_db_blocker.unblock():
        assert is_test_database(), "refusing to seed a database that is not the test database"
        snapshot = connection.creation.serialize_db_to_string()
        try:
            call_command("seed_demo", force=True, stdout=io.StringIO())
            cache.clear()  # Wagtail caches site root paths; earlier tests' are stale
            pages, districts = demo_pages()
            more = more_pages()
            with live_server() as url:
                site = LiveSite(url=url, pages=pages, districts=districts, more=more)
                with override_settings(MAP_TILE_URL=site.tile_url):
                    yield site
        finally:
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(snapshot)
            reset_sequences()
            cache.clear()


@pytest.fixture(scope="package")
def browser(chromium_executable: Path, live_site: LiveSite) -> Iterator[Browser]:
    """Chromium, started after the live site and closed before it is torn down.

    Playwright's synchronous API runs an asyncio loop in this thread, and Django
    refuses database queries while one runs: all database work (seeding,
    restoring) happens outside the browser's lifetime.
    """
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_executable), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser: Browser, live_site: LiveSite) -> Iterator[Callable[..., Visit]]:
    """`open_page(viewport="desktop", javascript=True, axe=False)`: a fresh context and page."""
    contexts: list[BrowserContext] = []

    def open_(viewport: str = "desktop", javascript: bool = True, axe: bool = False) -> Visit:
        context = browser.new_context(
            **VIEWPORTS[viewport],
            java_script_enabled=javascript,
            locale="de-DE",
            service_workers="block",
            # axe is injected as an inline script; a Content-Security-Policy must not stop it.
            bypass_csp=axe,
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        traffic = Traffic(netloc=live_site.netloc)

        def route(route: Route, request: Request) -> None:
            parts = urlsplit(request.url)
            if not traffic.is_own(request.url):
                route.abort("blockedbyclient")  # recorded by on("request"); never leaves
            elif parts.path.startswith(TILE_PATH):
                traffic.tile_requests.append((request.url, request.headers.get("referer", "")))
                route.fulfill(status=200, body=TILE_PNG, content_type="image/png")
            else:
                route.continue_()

        def response(response: Response) -> None:
            request = response.request
            if response.status >= 400 and request.resource_type != "document":
                traffic.failures.append(f"{response.status} {request.url}")

        context.route("**/*", route)
        context.on("request", lambda request: traffic.requests.append(request.url))
        context.on("response", response)
        page = context.new_page()
        page.on("pageerror", lambda error: traffic.errors.append(str(error)))
        return Visit(page=page, traffic=traffic)

    yield open_
    for context in contexts:
        context.close()
