"""The shared page cache: anonymous reads come from the cache, every change is seen at once,
nothing private is stored, time boundaries end an entry, Varnish is told, Redis may fail."""

import datetime
import http.server
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from knowledge.factories import FundingProgrammeFactory, GuidePageFactory
from knowledge.models import FundingDeadline, Topic
from kreativorte import content_version, page_cache
from places.factories import PlacePageFactory

from .helpers import days, published

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def queries_of(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_second_anonymous_read_comes_from_the_cache(client, tree):
    PlacePageFactory(parent=tree.places, title="Kühlhaus Görlitz")
    first, rendering = queries_of(client, tree.places.url)
    second, cached = queries_of(client, tree.places.url)
    assert cached == 1 < rendering  # only the content version is read
    assert second.content == first.content
    control = second["Cache-Control"]
    assert "public" in control and "s-maxage=" in control and "max-age=0" in control
    assert second["Cache-Tag"] == content_version.CACHE_TAG


def test_a_cached_page_answers_if_none_match_with_304(client, tree):
    etag = client.get(tree.home.url)["ETag"]
    response, queries = queries_of(client, tree.home.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and queries == 1


def test_languages_and_query_strings_have_their_own_entries(client, tree, english):
    PlacePageFactory(parent=tree.places, title="Spinnerei")
    client.get("/api/v1/places/?limit=1")
    assert client.get("/api/v1/places/?limit=2").json()["limit"] == 2
    assert '<html lang="de"' in text(client, "/")
    assert '<html lang="en"' in text(client, "/en/")


# Every change is seen by the very next request -----------------------------------------


def test_publish_edit_and_unpublish_show_at_once_everywhere(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Alte Weberei")
    urls = [
        tree.home.url,
        tree.places.url,
        place.url,
        "/api/v1/places/",
        f"/api/v1/places/{place.id}/",
        "/api/v1/places/geojson/",
        "/feeds/orte.rss",
        "/sitemap.xml",
    ]
    for url in urls:  # everything cached
        client.get(url)
    new = PlacePageFactory(parent=tree.places, title="Neue Tuchfabrik")
    for url in urls[1:2] + urls[3:4] + urls[5:]:
        assert "Neue Tuchfabrik" in text(client, url) or new.url in text(client, url), url

    place.title = "Weberei am Fluss"
    published(place)
    for url in urls[1:]:
        assert "Weberei am Fluss" in text(client, url) or url == "/sitemap.xml", url

    place.unpublish()
    assert client.get(urls[2]).status_code == 404
    assert client.get(urls[4]).status_code == 404
    for url in (urls[1], urls[3], urls[5], urls[6]):
        assert "Weberei am Fluss" not in text(client, url), url
    assert place.url not in text(client, "/sitemap.xml")


def test_a_view_restriction_on_an_ancestor_hides_the_pages_at_once(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Geheimer Hof")
    assert client.get(place.url).status_code == 200
    assert "Geheimer Hof" in text(client, "/api/v1/places/")
    PageViewRestriction.objects.create(
        page=tree.places, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(place.url)
    assert "Geheimer Hof" not in response.content.decode()
    assert "Geheimer Hof" not in text(client, "/api/v1/places/")
    assert client.get(f"/api/v1/places/{place.id}/").status_code == 404


def test_a_renamed_topic_shows_on_the_guide_and_in_the_api(client, tree):
    topic = Topic.objects.get(slug="denkmalschutz")
    guide = GuidePageFactory(parent=tree.guides, topics=[topic])
    assert topic.name in text(client, guide.url)
    client.get(f"/api/v1/guides/{guide.id}/")
    topic.name_de = "Denkmalpflege und Baukultur"
    topic.save()
    assert "Denkmalpflege und Baukultur" in text(client, guide.url)
    topics = client.get(f"/api/v1/guides/{guide.id}/").json()["topics"]
    assert "Denkmalpflege und Baukultur" in [t["name"] for t in topics]


def test_a_changed_funding_deadline_shows_at_once(client, tree):
    programme = FundingProgrammeFactory(name="Kulturraum-Förderung")
    deadline = FundingDeadline.objects.create(programme=programme, date=days(20))
    url = f"/api/v1/funding/{programme.id}/"
    assert client.get(url).json()["deadlines"][0]["date"] == days(20).isoformat()
    deadline.date = days(40)
    deadline.save()
    assert client.get(url).json()["deadlines"][0]["date"] == days(40).isoformat()


def test_a_new_event_shows_on_the_home_page_and_in_the_calendar(client, tree):
    home = text(client, tree.home.url)
    assert "Werkstattgespräch" not in home
    EventPageFactory(parent=tree.events, title="Werkstattgespräch Zittau")
    assert "Werkstattgespräch Zittau" in text(client, tree.home.url)
    assert "Werkstattgespräch Zittau" in text(client, "/feeds/veranstaltungen.ics")


# Nothing private is stored --------------------------------------------------------------


def test_an_editors_view_never_reaches_a_visitor(client, tree, admin_user):
    place = PlacePageFactory(parent=tree.places, title="Ort im Wandel")
    place.title = "Entwurfstitel"
    place.save_revision()  # a draft on the live page
    client.force_login(admin_user)
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[place.id]))
    assert "Entwurfstitel" in draft.content.decode()
    for url in (place.url, tree.places.url, "/api/v1/places/"):
        assert "Cache-Tag" not in client.get(url), url
    client.logout()
    visitor_page, queries = queries_of(client, place.url)
    assert queries > 1  # rendered for the visitor, not taken from the editor's request
    assert "Entwurfstitel" not in visitor_page.content.decode()
    assert "Entwurfstitel" not in text(client, "/api/v1/places/")


def test_password_protected_pages_and_forms_with_csrf_are_not_stored(client, tree):
    place = PlacePageFactory(parent=tree.places, title="Verschlossener Ort")
    PageViewRestriction.objects.create(
        page=place, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    suggest = tree.places.specific.subpage_url("suggest")
    for url in (place.url, suggest):
        response = client.get(url)
        assert "public" not in response.get("Cache-Control", ""), url
        assert "Cache-Tag" not in response, url
        _again, queries = queries_of(client, url)
        assert queries > 1, url  # rendered again


def test_a_visitor_with_a_session_is_served_fresh(client, tree):
    client.get(tree.home.url)
    client.cookies["sessionid"] = "irgendeine"
    response, queries = queries_of(client, tree.home.url)
    assert queries > 1 and "Cache-Tag" not in response


# Time boundaries ----------------------------------------------------------------------


def test_entries_end_when_an_event_starts(tree, settings):
    settings.PAGE_CACHE_SECONDS = 600
    now = timezone.now()
    EventPageFactory(parent=tree.events, start=now + datetime.timedelta(seconds=90))
    seconds, exact = page_cache.lifetime(now)
    assert 89 <= seconds <= 90 and exact


def test_entries_end_at_local_midnight(tree, settings):
    settings.PAGE_CACHE_SECONDS = 24 * 3600
    now = timezone.now()
    seconds, exact = page_cache.lifetime(now)
    midnight = page_cache.next_midnight(now)
    assert exact and abs(seconds - (midnight - now).total_seconds()) <= 1
    assert timezone.localtime(midnight).hour == 0


def test_an_exact_expiry_allows_no_stale_copy(client, tree):
    EventPageFactory(parent=tree.events, start=timezone.now() + datetime.timedelta(seconds=90))
    control = client.get(tree.home.url)["Cache-Control"]
    assert "stale-while-revalidate=0" in control
    assert int(control.split("s-maxage=")[1].split(",")[0]) <= 90


# Varnish and Redis ----------------------------------------------------------------------


class BanRecorder(http.server.BaseHTTPRequestHandler):
    bans: list[str] = []

    def do_BAN(self):  # noqa: N802 (the HTTP method's name)
        self.bans.append(self.headers["X-Ban-Tag"])
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish(settings):
    server = http.server.HTTPServer(("127.0.0.1", 0), BanRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.VARNISH_BAN_URLS = [f"http://127.0.0.1:{server.server_port}/"]
    BanRecorder.bans = []
    yield BanRecorder.bans
    server.shutdown()


def test_every_change_bans_the_tagged_objects_once_per_transaction(
    varnish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        topic = Topic.objects.create(slug="leerstand-neu", name_de="Leerstand", name_en="Vacancy")
        topic.name_de = "Leerstand und Brache"
        topic.save()  # two changes, one transaction
    assert varnish == [content_version.CACHE_TAG]


def test_a_ban_that_fails_is_logged_and_the_change_stands(tree, settings, caplog):
    settings.VARNISH_BAN_URLS = ["http://127.0.0.1:9/"]
    content_version.ban_in_varnish()
    assert "could not be told" in caplog.text


def test_with_redis_down_the_site_answers_uncached(client, tree, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "kreativorte.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        }
    }
    PlacePageFactory(parent=tree.places, title="Ohne Redis")
    for _ in range(2):
        assert "Ohne Redis" in text(client, tree.places.url)
