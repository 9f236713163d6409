"""The cache stack of `make serve`, end to end: Varnish in front of two gunicorn workers with
production settings, Redis for Django's page cache, the session's PostgreSQL test database.

The stack is scripts/serve.sh itself, on free ports. Changes are made here, in the test
process, and committed, so Django's signals bump the content version and ban in this Varnish
as an editor's publish would; every change must show on the very next request wherever it
appears. Without varnishd (Debian package `varnish`) or PostgreSQL the tests skip; in CI
they fail.
"""

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from home.models import HomeFeaturedPlace
from knowledge.factories import FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline, Topic
from places.factories import PlacePageFactory

from .helpers import days, published
from .served_app import BASE_DIR, App, Reply, production_env
from .site_tree import SiteTree, build_site_tree
from .test_rate_limits import free_port
from .test_service_outages import database, skip_or_fail  # noqa: F401 (database: a fixture)

REDIS_DB7 = "redis://127.0.0.1:6379/7"  # this module's Redis database, flushed before use
STARTUP_SECONDS = 120  # migrate (nothing to do), collectstatic, two servers
VCL_TEST = BASE_DIR / "deploy" / "varnish" / "default.vtc"


def installed(program: str, debian_path: str) -> str:
    path = shutil.which(program) or debian_path
    if not Path(path).is_file():
        skip_or_fail(f"{program} is not installed (Debian: sudo apt-get install varnish)")
    return path


def test_the_vcl_stores_serves_stale_and_bans_as_documented():
    """Grace, restarts, errors and bans with a scripted backend: deploy/varnish/default.vtc."""
    varnishtest = installed("varnishtest", "/usr/bin/varnishtest")
    result = subprocess.run(
        [varnishtest, "-q", str(VCL_TEST)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]


@pytest.mark.parametrize(
    ("missing", "message"), [("DATABASE_URL", "PostgreSQL"), ("REDIS_URL", "REDIS_URL")]
)
def test_make_serve_says_what_it_needs(missing, message):
    env = production_env(DATABASE_URL="postgres://localhost/kreativorte", REDIS_URL=REDIS_DB7)
    del env[missing]
    result = subprocess.run(
        [BASE_DIR / "scripts" / "serve.sh"], env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 1 and message in result.stderr


# The stack ------------------------------------------------------------------------------

# The workers' page cache, and this process's while a test runs: Wagtail's cached site root
# paths, cleared here when a test builds its tree, must not stay stale in the workers.
STACK_CACHES = {
    "default": {"BACKEND": "kreativorte.cache.ResilientRedisCache", "LOCATION": REDIS_DB7}
}
# Committed changes the workers can read; the migrations' data restored before each test.
served = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@dataclass
class Stack:
    varnish: App

    def get(self, path: str, *, cookie: str | None = None) -> Reply:
        return self.varnish.get(path, {"Cookie": cookie} if cookie else None)

    def cache_all(self, urls: list[str]) -> None:
        """Each URL in Varnish: the first anonymous request fetches it, the second is a hit."""
        for url in urls:
            first, second = self.get(url), self.get(url)
            assert second.headers["X-Cache"] == "HIT", (url, first.status, dict(first.headers))
            assert second.body == first.body, url
            assert "Cache-Tag" not in second.headers and second.headers["Age"], url

    def after_change(self, urls: list[str]) -> dict[str, Reply]:
        """The next request for each URL, which the change's ban must have sent to the app."""
        replies = {url: self.get(url) for url in urls}
        for url, reply in replies.items():
            assert reply.headers["X-Cache"] != "HIT", url  # MISS, or PASS if not storable
        return replies


@pytest.fixture(scope="module")
def stack(request, tmp_path_factory) -> Iterator[Stack]:
    """`make serve` on free ports, with this session's test database."""
    installed("varnishd", "/usr/sbin/varnishd")
    if connection.vendor != "postgresql":
        skip_or_fail("the stack's workers share the test database: run the tests on PostgreSQL")
    test_database = request.getfixturevalue("database")
    try:
        redis.Redis.from_url(REDIS_DB7, socket_connect_timeout=0.5).flushdb()
    except redis.ConnectionError:
        print("No Redis at 127.0.0.1:6379: Django's page cache is off, Varnish is tested alone.")
    work = tmp_path_factory.mktemp("serve")
    port, log = free_port(), work / "serve.log"
    env = production_env(
        PYTHON=sys.executable,
        PORT=port,
        BACKEND_PORT=free_port(),
        WEB_CONCURRENCY=2,
        DATABASE_URL=test_database.url(),
        REDIS_URL=REDIS_DB7,
        SEED_DEMO="false",  # each test builds its own tree
        SECRET_KEY=django_settings.SECRET_KEY,  # sessions made here are signed with it
        STATIC_ROOT=work / "static",
        MEDIA_ROOT=django_settings.MEDIA_ROOT,
        RATELIMIT_SEARCH="off",  # many requests from one address: not what is tested here
        RATELIMIT_API="off",
    )
    with log.open("w") as output:
        serve = subprocess.Popen(
            [BASE_DIR / "scripts" / "serve.sh"], env=env, stdout=output, stderr=subprocess.STDOUT
        )
    varnish = App(port, log)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while serve.poll() is None and time.monotonic() < deadline:
            try:
                if varnish.get("/healthz").status == 200:
                    break
            except OSError:
                pass  # not listening yet
            time.sleep(0.2)
        else:
            pytest.fail(f"make serve did not start:\n{log.read_text()}")
        yield Stack(varnish)
    finally:
        serve.terminate()  # serve.sh stops Varnish and gunicorn, and waits for them
        serve.wait(timeout=60)
        print(log.read_text())  # shown when a test fails


@pytest.fixture(scope="module")
def restored_afterwards(django_db_blocker) -> Iterator[None]:
    """The migrations' data back after the last test here, which ends with a flush."""
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture
def tree(stack, restored_afterwards, settings, transactional_db) -> SiteTree:
    """The site's sections, committed; changes from here reach the stack's cache and Varnish."""
    settings.CACHES = STACK_CACHES
    settings.VARNISH_BAN_URLS = [f"http://127.0.0.1:{stack.varnish.port}/"]
    cache.clear()
    return build_site_tree()


@pytest.fixture
def editor_cookie(tree) -> str:
    """The session cookie of a signed-in administrator."""
    editor = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org")
    client = Client()
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    return f"sessionid={client.cookies['sessionid'].value}"


def site_wide(tree: SiteTree) -> list[str]:
    return [tree.home.url, "/sitemap.xml"]


def featured_place(tree: SiteTree, title: str, *, live: bool = True):
    """A place the home page features (once it is live)."""
    place = PlacePageFactory(parent=tree.places, title=title, live=live)
    if live:
        place = published(place)
    HomeFeaturedPlace.objects.create(page=tree.home, place=place)
    return place


def place_urls(tree: SiteTree, place) -> list[str]:
    """Wherever a place shows: its page, the listing, home, sitemap, API, map, feed."""
    return [
        place.url,
        tree.places.url,
        *site_wide(tree),
        "/api/v1/places/",
        f"/api/v1/places/{place.id}/",
        "/api/v1/places/geojson/",
        "/feeds/orte.rss",
    ]


# Every change shows on the very next request --------------------------------------------


@served
def test_a_published_place_shows_at_once_everywhere(stack, tree):
    place = featured_place(tree, "Neue Tuchfabrik", live=False)
    urls = place_urls(tree, place)
    stack.cache_all(urls)
    assert stack.get(place.url).status == 404

    published(place)
    for url, reply in stack.after_change(urls).items():
        assert reply.status == 200, url
        assert "Neue Tuchfabrik" in reply.text or place.url in reply.text, url


@served
def test_an_unpublished_place_is_gone_at_once_everywhere(stack, tree):
    place = featured_place(tree, "Alte Weberei")
    urls = place_urls(tree, place)
    stack.cache_all(urls)
    assert "Alte Weberei" in stack.get(tree.home.url).text

    place.unpublish()
    replies = stack.after_change(urls)
    assert replies.pop(place.url).status == 404
    assert replies.pop(f"/api/v1/places/{place.id}/").status == 404
    for url, reply in replies.items():
        assert "Alte Weberei" not in reply.text and place.url not in reply.text, url


@served
def test_a_view_restriction_hides_the_place_at_once_everywhere(stack, tree):
    place = featured_place(tree, "Geheimer Hof")
    urls = place_urls(tree, place)
    stack.cache_all(urls)

    PageViewRestriction.objects.create(
        page=place, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    replies = stack.after_change(urls)
    assert replies.pop(f"/api/v1/places/{place.id}/").status == 404
    password_form = replies.pop(place.url)
    assert "authenticate_with_password" in password_form.text
    assert stack.get(place.url).headers["X-Cache"] != "HIT"  # the form sets a CSRF cookie
    for url, reply in replies.items():
        assert "Geheimer Hof" not in reply.text and place.url not in reply.text, url


@served
def test_a_renamed_topic_shows_at_once_on_guides_and_in_the_api(stack, tree):
    topic = Topic.objects.get(slug="denkmalschutz")
    guide = published(GuidePageFactory(parent=tree.guides, title="Umbau", topics=[topic]))
    urls = [
        guide.url,
        tree.guides.url,
        *site_wide(tree),
        "/api/v1/guides/",
        f"/api/v1/guides/{guide.id}/",
        "/feeds/leitfaeden.rss",
    ]
    stack.cache_all(urls)

    topic.name_de = "Denkmalpflege und Baukultur"
    topic.save()
    replies = stack.after_change(urls)
    for url in (guide.url, tree.guides.url, "/api/v1/guides/", f"/api/v1/guides/{guide.id}/"):
        assert "Denkmalpflege und Baukultur" in replies[url].text, url


@served
def test_a_changed_funding_deadline_shows_at_once(stack, tree):
    programme = FundingProgrammeFactory(name="Kulturraum-Förderung")
    deadline = FundingDeadline.objects.create(programme=programme, date=days(20))
    detail = f"/api/v1/funding/{programme.id}/"
    urls = [tree.guides.url, *site_wide(tree), "/api/v1/funding/", detail]
    stack.cache_all(urls)
    assert f'datetime="{days(20).isoformat()}"' in stack.get(tree.guides.url).text

    deadline.date = days(40)
    deadline.save()
    replies = stack.after_change(urls)
    assert f'datetime="{days(40).isoformat()}"' in replies[tree.guides.url].text
    assert replies[detail].json()["deadlines"][0]["date"] == days(40).isoformat()
    assert days(40).isoformat() in replies["/api/v1/funding/"].text


@served
def test_a_published_event_shows_at_once_everywhere(stack, tree):
    event = EventPageFactory(parent=tree.events, title="Werkstattgespräch Zittau", live=False)
    urls = [
        event.url,
        tree.events.url,
        *site_wide(tree),
        "/api/v1/events/",
        f"/api/v1/events/{event.id}/",
        "/feeds/veranstaltungen.ics",
    ]
    stack.cache_all(urls)

    published(event)
    for url, reply in stack.after_change(urls).items():
        assert reply.status == 200, url
        assert "Werkstattgespräch Zittau" in reply.text or event.url in reply.text, url


# Nothing private reaches a visitor ------------------------------------------------------


@served
def test_an_editors_view_never_reaches_a_visitor(stack, tree, editor_cookie):
    place = published(PlacePageFactory(parent=tree.places, title="Ort im Wandel"))
    place.title = "Entwurfstitel"
    place.save_revision()  # a draft on the live page
    draft = stack.get(
        reverse("wagtailadmin_pages:view_draft", args=[place.id]), cookie=editor_cookie
    )
    assert draft.status == 200 and "Entwurfstitel" in draft.text
    for url in (place.url, tree.places.url, f"/api/v1/places/{place.id}/"):
        assert stack.get(url, cookie=editor_cookie).headers["X-Cache"] == "PASS", url
        visitor = stack.get(url)
        assert visitor.headers["X-Cache"] == "MISS", url  # nothing the editor got was stored
        assert "Ort im Wandel" in visitor.text and "Entwurfstitel" not in visitor.text, url
        assert stack.get(url).headers["X-Cache"] == "HIT", url
