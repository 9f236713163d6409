"""HTTP behaviour of the API: ETag and Cache-Control, 304, CORS, and bounded query counts."""

import datetime
import importlib
import json
import re
import sys

import pytest
from django.test import override_settings
from django.utils import timezone

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from knowledge.models import Topic
from kreativorte.factories import ImageFactory
from kreativorte.geo import LatLon
from kreativorte.models import SubMarket
from places.factories import PlacePageFactory
from places.models import PlaceType

from .helpers import count_queries_and_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PARTNER = "https://partner.example"


@pytest.fixture
def pages(tree):
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus")
    guide = GuidePageFactory(parent=tree.guides)
    cooperation = CooperationPageFactory(parent=tree.cooperations)
    event = EventPageFactory(parent=tree.events, venue_place=place, venue_name="")
    return {"place": place, "guide": guide, "cooperation": cooperation, "event": event}


def read_urls(pages):
    return [
        "/api/v1/places/",
        "/api/v1/places/?near=51.05,13.74&radius=10",
        f"/api/v1/places/{pages['place'].id}/",
        "/api/v1/places/geojson/",
        "/api/v1/guides/",
        f"/api/v1/guides/{pages['guide'].id}/",
        "/api/v1/cooperations/",
        f"/api/v1/cooperations/{pages['cooperation'].id}/",
        "/api/v1/events/",
        f"/api/v1/events/{pages['event'].id}/",
        "/api/v1/taxonomies/",
        "/api/v1/openapi.json",
        "/api/v1/docs/",
        "/api/v2/pages/",
        f"/api/v2/pages/{pages['guide'].id}/",
    ]


def max_age(cache_control: str) -> int | None:
    match = re.search(r"max-age=(\d+)", cache_control)
    return int(match.group(1)) if match else None


def test_every_read_has_an_etag_and_cache_control(client, pages):
    for url in read_urls(pages):
        response = client.get(url)
        assert response.status_code == 200, url
        assert re.fullmatch(r'(W/)?"[^"]+"', response.get("ETag", "")), (url, response.get("ETag"))
        cache_control = response.get("Cache-Control", "")
        assert cache_control, url
        directives = {part.strip().split("=")[0] for part in cache_control.split(",")}
        assert not directives & {"no-store", "private"}, (url, cache_control)
        # Fresh at once after a publish: clients must revalidate within seconds.
        assert "no-cache" in directives or (max_age(cache_control) or 0) <= 60, (url, cache_control)


def test_matching_if_none_match_gives_304(client, pages):
    for url in read_urls(pages):
        first = client.get(url)
        etag = first["ETag"]
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == etag
        other = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
        assert other.status_code == 200 and other.content == first.content, url


def test_head_is_answered_like_get_without_a_body(client, pages):
    """RFC 9110 §9.3.2: HEAD is GET without the content; CORS_ALLOW_METHODS offers it too."""
    for url in read_urls(pages)[:11]:
        head = client.head(url)
        assert head.status_code == 200, (url, head.status_code)
        assert head.content == b""
        get = client.get(url)
        assert head["Content-Type"] == get["Content-Type"], url
        assert head.get("Cache-Control") == get["Cache-Control"], url


def test_a_changed_resource_gets_a_new_etag(client, pages):
    place = pages["place"]
    urls = [f"/api/v1/places/{place.id}/", "/api/v1/places/", "/api/v1/places/geojson/"]
    before = {url: client.get(url)["ETag"] for url in urls}
    assert {url: client.get(url)["ETag"] for url in urls} == before, "stable while unchanged"

    place.title = "Kühlhaus am Bahnhof"
    place.save_revision().publish()
    for url in urls:
        response = client.get(url, HTTP_IF_NONE_MATCH=before[url])
        assert response.status_code == 200, url
        assert response["ETag"] != before[url], url
        assert "Kühlhaus am Bahnhof" in json.dumps(response.json(), ensure_ascii=False), url


def test_different_queries_have_different_etags(client, tree):
    PlacePageFactory(parent=tree.places)
    PlacePageFactory(parent=tree.places)
    one = client.get("/api/v1/places/?limit=1")
    two = client.get("/api/v1/places/?limit=2")
    assert one["ETag"] != two["ETag"]
    assert client.get("/api/v1/places/?limit=2", HTTP_IF_NONE_MATCH=one["ETag"]).status_code == 200


# CORS


@override_settings(CORS_ALLOWED_ORIGINS=[PARTNER], CORS_ALLOW_ALL_ORIGINS=False)
def test_cors_allows_only_the_configured_origins(client, pages):
    for url in read_urls(pages)[:11]:
        allowed = client.get(url, HTTP_ORIGIN=PARTNER)
        assert allowed.status_code == 200
        assert allowed["Access-Control-Allow-Origin"] == PARTNER, url
        assert "origin" in allowed["Vary"].lower(), "caches must keep origins apart"
        refused = client.get(url, HTTP_ORIGIN="https://elsewhere.example")
        assert "Access-Control-Allow-Origin" not in refused, url

    cached = client.get(
        "/api/v1/places/",
        HTTP_ORIGIN=PARTNER,
        HTTP_IF_NONE_MATCH=client.get("/api/v1/places/")["ETag"],
    )
    assert cached.status_code == 304
    assert cached["Access-Control-Allow-Origin"] == PARTNER, "a 304 is usable across origins too"

    preflight = client.options(
        "/api/v1/places/", HTTP_ORIGIN=PARTNER, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == PARTNER
    assert "GET" in preflight["Access-Control-Allow-Methods"]

    site = client.get("/", HTTP_ORIGIN=PARTNER)
    assert site.status_code == 200
    assert "Access-Control-Allow-Origin" not in site, "only the API is shared"


@override_settings(CORS_ALLOWED_ORIGINS=[], CORS_ALLOW_ALL_ORIGINS=False)
def test_no_cors_without_configuration(client, pages):
    response = client.get("/api/v1/places/", HTTP_ORIGIN=PARTNER)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_cors_origins_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("CORS_ALLOWED_ORIGINS", f"{PARTNER}, https://app.partner.example")
    monkeypatch.delenv("CORS_ALLOW_ALL_ORIGINS", raising=False)
    for name in [m for m in sys.modules if m.startswith("kreativorte.settings.")]:
        monkeypatch.delitem(sys.modules, name)  # re-read; restored after the test
    base = vars(importlib.import_module("kreativorte.settings.base"))
    assert base["CORS_ALLOWED_ORIGINS"] == [PARTNER, "https://app.partner.example"]
    assert base["CORS_ALLOW_ALL_ORIGINS"] is False


# Bounded queries


def make_places(tree, images, count=30):
    """Places 1 km apart going north from Dresden, so title order and distance order agree."""
    types = list(PlaceType.objects.all()[:3])
    markets = list(SubMarket.objects.all()[:2])
    places = []
    for number in range(count):
        places.append(
            PlacePageFactory(
                parent=tree.places,
                title=f"Ort {number:02d}",
                location=LatLon(lat=51.05 + number * 0.009, lon=13.74).as_point(),
                listing_image=images[number % len(images)] if number % 3 == 0 else None,
                place_types=types[: 1 + number % 3],
                submarkets=markets[: number % 3],
            )
        )
    return places


def make_guides(tree, images, count=30):
    topics = list(Topic.objects.all()[:3])
    for number in range(count):
        GuidePageFactory(
            parent=tree.guides,
            title=f"Leitfaden {number:02d}",
            listing_image=images[number % len(images)] if number % 3 == 0 else None,
            topics=topics[: 1 + number % 3],
        )


def make_cooperations(tree, images, count=30):
    for number in range(count):
        CooperationPageFactory(
            parent=tree.cooperations,
            title=f"Kooperation {number:02d}",
            listing_image=images[number % len(images)] if number % 3 == 0 else None,
        )


def make_events(tree, images, count=30):
    """Events a day apart; the earlier ones take place at creative places, as in real life."""
    venues = make_places(tree, images, count=3)
    start = (timezone.localtime() + datetime.timedelta(days=1)).replace(hour=10, minute=0)
    for number in range(count):
        EventPageFactory(
            parent=tree.events,
            title=f"Termin {number:02d}",
            start=start + datetime.timedelta(days=number),
            end=start + datetime.timedelta(days=number, hours=2),
            listing_image=images[number % len(images)] if number % 3 == 0 else None,
            venue_place=venues[number % 3] if number % 2 == 0 else None,
            venue_name="" if number % 2 == 0 else "Rathaus",
        )


# (name, data builder, URL without limit, most queries any page size may take: one above
# what limit=1 takes today, so that any query added per item fails the test)
BOUNDED = [
    ("places", make_places, "/api/v1/places/?", 8),
    ("places near", make_places, "/api/v1/places/?near=51.05,13.74&radius=100&", 8),
    ("guides", make_guides, "/api/v1/guides/?", 7),
    ("cooperations", make_cooperations, "/api/v1/cooperations/?", 6),
    ("events", make_events, "/api/v1/events/?", 6),
]


@pytest.mark.parametrize(
    ("make", "url", "most"), [case[1:] for case in BOUNDED], ids=[case[0] for case in BOUNDED]
)
def test_list_queries_do_not_grow_with_the_page_size(
    client, tree, django_assert_max_num_queries, make, url, most
):
    images = [ImageFactory() for _ in range(3)]
    make(tree, images)
    client.get(f"{url}limit=100")  # creates the thumbnails once

    one, first_page = count_queries_and_json(client, f"{url}limit=1")
    hundred, full_page = count_queries_and_json(client, f"{url}limit=100")
    assert len(first_page["results"]) == 1
    assert first_page["results"][0]["thumbnail"] is not None, "the first item has an image"
    assert len(full_page["results"]) == full_page["count"] >= 30
    assert one == hundred, f"limit=1 takes {one} queries, limit=100 takes {hundred}"
    with django_assert_max_num_queries(most):
        client.get(f"{url}limit=1")
    with django_assert_max_num_queries(most):
        client.get(f"{url}limit=100")


def test_geojson_queries_do_not_grow_with_the_number_of_places(
    client, tree, django_assert_max_num_queries
):
    places = make_places(tree, [ImageFactory()])
    first = places[0]
    box = ",".join(
        str(n)
        for n in (
            first.longitude - 0.001,
            first.latitude - 0.001,
            first.longitude + 0.001,
            first.latitude + 0.001,
        )
    )
    client.get("/api/v1/places/geojson/")  # site root paths are cached from the first request on
    few, one_place = count_queries_and_json(client, f"/api/v1/places/geojson/?bbox={box}")
    many, every_place = count_queries_and_json(client, "/api/v1/places/geojson/")
    assert len(one_place["features"]) == 1 and len(every_place["features"]) == 30
    assert few == many
    with django_assert_max_num_queries(5):
        client.get("/api/v1/places/geojson/")
