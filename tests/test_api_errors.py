"""Bad input gets a 400 naming the parameter, unknown ids a JSON 404, and nothing a 500."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from places.factories import PlacePageFactory

pytestmark = pytest.mark.django_db

LISTS = ["/api/v1/places/", "/api/v1/guides/", "/api/v1/cooperations/", "/api/v1/events/"]
PLACE_FILTERED = ["/api/v1/places/", "/api/v1/places/geojson/"]
DETAILS = {
    "places": "/api/v1/places/{}/",
    "guides": "/api/v1/guides/{}/",
    "cooperations": "/api/v1/cooperations/{}/",
    "events": "/api/v1/events/{}/",
}


@pytest.fixture
def api(db):
    """A client that returns a 500 as a response (so the test can say so) instead of raising."""
    return Client(raise_request_exception=False)


@pytest.fixture
def seeded(tree, api):
    """The same client, with one page of each type to find."""
    PlacePageFactory(parent=tree.places, title="Kühlhaus Görlitz")
    GuidePageFactory(parent=tree.guides, title="Baurecht für Kreativorte")
    CooperationPageFactory(parent=tree.cooperations)
    EventPageFactory(parent=tree.events)
    return api


def get(api, url, params):
    return api.get(f"{url}?{urlencode(params, doseq=True)}" if params else url)


def assert_bad_parameter(response, parameter):
    assert response.status_code == 400, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == 400
    assert isinstance(body["errors"], list) and body["errors"]
    for error in body["errors"]:
        assert set(error) == {"parameter", "message"}
        assert isinstance(error["message"], str) and error["message"]
    named = [error["parameter"] for error in body["errors"]]
    assert parameter in named, f"the error should name {parameter!r}, names {named!r}"


def assert_all_bad(api, subtests, url, cases):
    """Each case's parameters on `url` get a 400 naming the case's parameter."""
    for params, parameter in cases:
        with subtests.test(params=params):
            assert_bad_parameter(get(api, url, params), parameter)


PLACE_FILTER_CASES = [
    ({"bbox": "12.1,50.5,13.9"}, "bbox"),
    ({"bbox": "12.1,50.5,13.9,51.5,1"}, "bbox"),
    ({"bbox": "14,50.5,13,51.5"}, "bbox"),  # minLon > maxLon
    ({"bbox": "12,51.5,13,50.5"}, "bbox"),  # minLat > maxLat
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "12,50,13,91"}, "bbox"),
    ({"bbox": "nan,50,13,51"}, "bbox"),
    ({"bbox": ""}, "bbox"),
    ({"near": "abc"}, "near"),
    ({"near": "51.05"}, "near"),
    ({"near": "100,13.7"}, "near"),
    ({"near": "51.05,200"}, "near"),
    ({"near": "51.05,13.7", "radius": "-5"}, "radius"),
    ({"near": "51.05,13.7", "radius": "0"}, "radius"),
    ({"near": "51.05,13.7", "radius": "abc"}, "radius"),
    ({"near": "51.05,13.7", "radius": "100000"}, "radius"),
    ({"radius": "10"}, "radius"),
    ({"district": "atlantis"}, "district"),
    ({"district": ["dresden", "atlantis"]}, "district"),
    ({"type": "schloss"}, "type"),
    ({"submarket": "bergbau"}, "submarket"),
    ({"status": "unknown"}, "status"),
    ({"status": ["vacant", "unknown"]}, "status"),
    ({"locale": "fr"}, "locale"),
    ({"q": "x" * 1001}, "q"),
]


@pytest.mark.parametrize("url", PLACE_FILTERED)
def test_bad_place_filters_are_400_naming_the_parameter(api, subtests, url):
    assert_all_bad(api, subtests, url, PLACE_FILTER_CASES)


PAGING_CASES = [
    ({"limit": "-1"}, "limit"),
    ({"limit": "0"}, "limit"),
    ({"limit": "101"}, "limit"),
    ({"limit": "abc"}, "limit"),
    ({"limit": "1.5"}, "limit"),
    ({"offset": "-5"}, "offset"),
    ({"offset": "abc"}, "offset"),
    ({"locale": "fr"}, "locale"),
]


@pytest.mark.parametrize("url", LISTS)
def test_bad_paging_and_locale_are_400_on_every_list(api, subtests, url):
    assert_all_bad(api, subtests, url, PAGING_CASES)


OTHER_CASES = [
    ("/api/v1/guides/", {"topic": "astrologie"}, "topic"),
    ("/api/v1/guides/", {"q": "x" * 1001}, "q"),
    ("/api/v1/cooperations/", {"district": "atlantis"}, "district"),
    ("/api/v1/cooperations/", {"submarket": "bergbau"}, "submarket"),
    ("/api/v1/events/", {"from": "notadate"}, "from"),
    ("/api/v1/events/", {"to": "notadate"}, "to"),
    ("/api/v1/events/", {"from": "2030-02-30"}, "from"),
    ("/api/v1/events/", {"from": "2030-03-10", "to": "2030-03-09"}, "to"),
    ("/api/v1/events/", {"upcoming": "maybe"}, "upcoming"),
    ("/api/v1/events/", {"topic": "astrologie"}, "topic"),
]


def test_bad_filters_of_guides_cooperations_and_events(api, subtests):
    for url, params, parameter in OTHER_CASES:
        with subtests.test(url=url, params=params):
            assert_bad_parameter(get(api, url, params), parameter)


def test_an_unknown_slug_is_named_in_the_message(api):
    response = get(api, "/api/v1/places/", {"district": ["dresden", "atlantis"]})
    assert_bad_parameter(response, "district")
    assert "atlantis" in response.json()["errors"][0]["message"]
    assert "dresden" not in response.json()["errors"][0]["message"]


# 404


def assert_json_404(response):
    assert response.status_code == 404, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["status"] == 404
    assert body["errors"] and all(error["message"] for error in body["errors"])


@pytest.mark.parametrize("route", DETAILS)
def test_unknown_ids_are_json_404_on_every_detail_route(seeded, route):
    from wagtail.models import Page

    unused = Page.objects.order_by("-id").first().id + 1000
    for page_id in (unused, 0, 2**31, 2**63, 10**30):
        assert_json_404(seeded.get(DETAILS[route].format(page_id)))
    # Ids of pages that exist but are not of this type: the home and index pages, others.
    other_pages = Page.objects.exclude(depth=1).exclude(
        content_type__model={
            "places": "placepage",
            "guides": "guidepage",
            "cooperations": "cooperationpage",
            "events": "eventpage",
        }[route]
    )
    assert other_pages.count() >= 5
    for page in other_pages:
        assert_json_404(seeded.get(DETAILS[route].format(page.id)))


# Never a 500

ODD = [
    "🏭",
    "Kühlhaus 🏭 Görlitz",
    '"',
    "'",
    '"unbalanced',
    "a' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "1) UNION SELECT password FROM auth_user --",
    "%",
    "_",
    "\\",
    "*",
    "NEAR(a b)",
    "a AND",
    "OR",
    "(",
    "-",
    "<script>alert(1)</script>",
    "\x00",
    "a\x00b",
    "\u202e",
    "\ufeff",
    " ",
    "x" * 1000,
]


def assert_no_server_error(response, context):
    assert response.status_code in (200, 400), (context, response.status_code)
    assert response["Content-Type"].startswith(("application/json", "application/geo+json"))
    response.json()


def test_odd_search_text_never_fails(seeded, subtests):
    for value in ODD:
        for url in ["/api/v1/places/", "/api/v1/places/geojson/", "/api/v1/guides/"]:
            with subtests.test(url=url, q=value):
                assert_no_server_error(get(seeded, url, {"q": value}), (url, value))


def test_odd_values_in_other_parameters_are_400_never_500(seeded, subtests):
    cases = [
        ("/api/v1/places/", "bbox"),
        ("/api/v1/places/", "near"),
        ("/api/v1/places/", "district"),
        ("/api/v1/places/", "type"),
        ("/api/v1/places/geojson/", "submarket"),
        ("/api/v1/places/", "status"),
        ("/api/v1/guides/", "topic"),
        ("/api/v1/cooperations/", "district"),
        ("/api/v1/events/", "from"),
        ("/api/v1/events/", "topic"),
        ("/api/v1/events/", "locale"),
        ("/api/v1/events/", "limit"),
    ]
    for value in ODD:
        for url, parameter in cases:
            with subtests.test(url=url, parameter=parameter, value=value):
                response = get(seeded, url, {parameter: value})
                assert_no_server_error(response, (url, parameter, value))
                assert response.status_code == 400, (url, parameter, value)


def test_extreme_dates_never_fail(seeded, subtests):
    for params in [
        {"from": "0001-01-01"},
        {"to": "9999-12-31"},
        {"from": "9999-12-31"},
        {"to": "0001-01-01"},
        {"from": "0001-01-01", "to": "9999-12-31"},
        {"from": "1900-01-01", "to": "2100-12-31"},
    ]:
        with subtests.test(params=params):
            assert_no_server_error(get(seeded, "/api/v1/events/", params), params)


def test_extreme_numbers_never_fail(seeded, subtests):
    for params in [
        {"near": "1e308,1e308"},
        {"near": "-0,-0", "radius": "500"},
        {"near": "90,180", "radius": "500"},
        {"near": "-90,-180", "radius": "0.000001"},
        {"bbox": "-180,-90,180,90"},
        {"bbox": "1e-320,1e-320,1e-310,1e-310"},
        {"offset": "1000000"},
        {"offset": str(10**30)},
        {"limit": str(10**30)},
    ]:
        for url in PLACE_FILTERED:
            with subtests.test(url=url, params=params):
                assert_no_server_error(get(seeded, url, params), (url, params))


def test_arbitrary_search_text_never_fails(seeded):
    @settings(max_examples=25, deadline=None, derandomize=True, database=None)
    @given(text=st.text(max_size=40))
    def check(text):
        for url in ("/api/v1/places/", "/api/v1/guides/"):
            response = get(seeded, url, {"q": text})
            assert response.status_code in (200, 400), (url, text, response.status_code)

    check()
