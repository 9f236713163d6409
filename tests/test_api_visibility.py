"""Only live, public pages of the requested language, in every endpoint, at once."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from kreativorte.models import District
from places.factories import PlacePageFactory

from .helpers import translate

pytestmark = pytest.mark.django_db


@dataclass
class Kind:
    name: str
    factory: type
    section: str  # attribute of the site tree
    api: str
    v2_type: str


KINDS = [
    Kind("place", PlacePageFactory, "places", "/api/v1/places/", "places.PlacePage"),
    Kind("guide", GuidePageFactory, "guides", "/api/v1/guides/", "knowledge.GuidePage"),
    Kind(
        "cooperation",
        CooperationPageFactory,
        "cooperations",
        "/api/v1/cooperations/",
        "knowledge.CooperationPage",
    ),
    Kind("event", EventPageFactory, "events", "/api/v1/events/", "events.EventPage"),
]
PUBLISHED_TITLE = "Veröffentlichter Titel"
DRAFT_TITLE = "Entwurfstitel nur im Admin"


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="geheim" if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Redaktion")[0])
    return restriction


class Api:
    """What every endpoint says about one kind of page."""

    def __init__(self, client, kind: Kind, locale: str = "de"):
        self.client, self.kind, self.locale = client, kind, locale

    def json(self, url):
        response = self.client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        return response.json()

    def listed(self) -> dict[int, str]:
        data = self.json(f"{self.kind.api}?limit=100&locale={self.locale}")
        assert data["count"] == len(data["results"])
        return {item["id"]: item["title"] for item in data["results"]}

    def mapped(self) -> dict[int, str]:
        data = self.json(f"/api/v1/places/geojson/?locale={self.locale}")
        return {f["properties"]["id"]: f["properties"]["title"] for f in data["features"]}

    def v2_listed(self) -> dict[int, str]:
        data = self.json(f"/api/v2/pages/?type={self.kind.v2_type}&fields=title&limit=20")
        assert data["meta"]["total_count"] <= 20
        return {item["id"]: item["title"] for item in data["items"]}

    def everywhere(self) -> list[dict[int, str]]:
        """The ids and titles each listing shows (v1 list, GeoJSON for places, v2)."""
        views = [self.listed(), self.v2_listed()]
        if self.kind.name == "place":
            views.append(self.mapped())
        return views

    def detail_status(self, page_id) -> int:
        return self.client.get(f"{self.kind.api}{page_id}/").status_code

    def v2_detail_status(self, page_id) -> int:
        return self.client.get(f"/api/v2/pages/{page_id}/").status_code


@pytest.fixture(params=KINDS, ids=lambda kind: kind.name)
def kind(request):
    return request.param


def test_only_live_public_pages_appear_and_in_their_published_version(client, tree, kind):
    section = getattr(tree, kind.section)
    make = lambda title, **kwargs: kind.factory(parent=section, title=title, **kwargs)  # noqa: E731

    visible = make("Sichtbar")
    draft = make("Nie veröffentlicht", live=False)
    unpublished = make("Zurückgezogen")
    unpublished.unpublish()
    changed = make(PUBLISHED_TITLE, teaser="Veröffentlichter Teaser")
    changed.save_revision().publish()
    changed.title, changed.teaser = DRAFT_TITLE, "Entwurfsteaser"
    changed.save_revision()  # saved, not published
    hidden = {"draft": draft, "unpublished": unpublished}
    for restriction in ("password", "login", "groups"):
        hidden[restriction] = make(f"Geschützt ({restriction})")
        restrict(hidden[restriction], restriction)

    api = Api(client, kind)
    for view in api.everywhere():
        assert view == {visible.id: "Sichtbar", changed.id: PUBLISHED_TITLE}
    for name, page in hidden.items():
        assert api.detail_status(page.id) == 404, name
        assert api.v2_detail_status(page.id) == 404, name
    assert api.detail_status(visible.id) == 200

    detail = api.json(f"{kind.api}{changed.id}/")
    assert detail["title"] == PUBLISHED_TITLE
    assert detail["teaser"] == "Veröffentlichter Teaser"
    assert api.json(f"/api/v2/pages/{changed.id}/")["title"] == PUBLISHED_TITLE

    responses = [
        client.get(url).content.decode()
        for url in [
            f"{kind.api}?limit=100",
            f"{kind.api}{changed.id}/",
            f"/api/v2/pages/?type={kind.v2_type}&fields=*",
            f"/api/v2/pages/{changed.id}/",
            "/api/v1/places/geojson/",
        ]
    ]
    for text in responses:
        assert DRAFT_TITLE not in text and "Entwurfsteaser" not in text
        assert "Nie veröffentlicht" not in text and "Geschützt" not in text


@pytest.mark.parametrize("restriction", ["password", "login", "groups"])
def test_a_restriction_on_the_section_hides_every_page_in_it(client, tree, kind, restriction):
    section = getattr(tree, kind.section)
    pages = [kind.factory(parent=section) for _ in range(2)]
    api = Api(client, kind)
    for view in api.everywhere():
        assert set(view) == {page.id for page in pages}, "visible before the restriction"

    restrict(section, restriction)
    for view in api.everywhere():
        assert view == {}
    for page in pages:
        assert api.detail_status(page.id) == 404
        assert api.v2_detail_status(page.id) == 404


def test_the_venue_of_an_event_is_hidden_when_it_is_not_public(client, tree):
    venue = PlacePageFactory(parent=tree.places, title="Geheimer Veranstaltungsort")
    event = EventPageFactory(parent=tree.events, venue_place=venue, venue_name="")
    restrict(venue, "password")
    detail = client.get(f"/api/v1/events/{event.id}/").json()
    assert detail["venue_place"] is None
    assert "Geheimer Veranstaltungsort" not in client.get("/api/v1/events/").content.decode()
    assert (
        "Geheimer Veranstaltungsort"
        not in client.get(f"/api/v1/events/{event.id}/").content.decode()
    )


# Language versions


def test_locale_selects_the_language_version(client, tree, english, kind):
    section = getattr(tree, kind.section)
    both = kind.factory(parent=section, title="Auf Deutsch und Englisch")
    german_only = kind.factory(parent=section, title="Nur auf Deutsch")
    translated = translate(both, english, "In German and English")

    assert Api(client, kind, "de").listed() == {
        both.id: "Auf Deutsch und Englisch",
        german_only.id: "Nur auf Deutsch",
    }
    assert Api(client, kind, "en").listed() == {translated.id: "In German and English"}
    assert client.get(f"{kind.api}").json()["count"] == 2, "German is the default"
    if kind.name == "place":
        assert Api(client, kind, "en").mapped() == {translated.id: "In German and English"}
        assert set(Api(client, kind, "de").mapped()) == {both.id, german_only.id}
    detail = client.get(f"{kind.api}{translated.id}/").json()
    assert detail["locale"] == "en" and detail["url"].startswith("http://testserver/en/")
    listed = client.get(f"{kind.api}?locale=en").json()["results"]
    assert [item["url"] for item in listed] == [detail["url"]]
    if kind.name == "place":
        features = client.get("/api/v1/places/geojson/?locale=en").json()["features"]
        assert [f["properties"]["url"] for f in features] == [detail["url"]]


def test_an_unpublished_translation_is_not_listed(client, tree, english):
    place = PlacePageFactory(parent=tree.places)
    translated = translate(place, english, "Cold store")
    translated.unpublish()
    assert client.get("/api/v1/places/?locale=en").json()["count"] == 0
    assert client.get(f"/api/v1/places/{place.id}/").json()["translations"] == []


def test_english_lists_name_the_terms_in_english(client, tree, english):
    place = PlacePageFactory(
        parent=tree.places, district=District.objects.get(slug="landkreis-goerlitz")
    )
    translate(place, english, "Cold store")
    german = client.get("/api/v1/places/").json()["results"][0]
    assert german["district"] == {"slug": "landkreis-goerlitz", "name": "Landkreis Görlitz"}
    item = client.get("/api/v1/places/?locale=en").json()["results"][0]
    assert item["district"] == {"slug": "landkreis-goerlitz", "name": "District of Görlitz"}


# Freshness


def test_publish_and_unpublish_show_at_once(client, tree, kind):
    section = getattr(tree, kind.section)
    kind.factory(parent=section, title="Schon da")
    page = kind.factory(parent=section, title="Neu", live=False)
    api = Api(client, kind)
    list_url = f"{kind.api}?limit=100"

    before = client.get(list_url)
    assert all(page.id not in view for view in api.everywhere())

    page.save_revision().publish()
    page.refresh_from_db()
    after = client.get(list_url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200, "a cached listing must not be confirmed after a publish"
    assert page.id in {item["id"] for item in after.json()["results"]}
    assert all(view.get(page.id) == "Neu" for view in api.everywhere())
    assert api.detail_status(page.id) == 200

    page.title = "Neu und besser"
    page.save_revision().publish()
    assert all(view.get(page.id) == "Neu und besser" for view in api.everywhere())

    page.refresh_from_db()
    page.unpublish()
    gone = client.get(list_url, HTTP_IF_NONE_MATCH=after["ETag"])
    assert gone.status_code == 200
    assert page.id not in {item["id"] for item in gone.json()["results"]}
    assert all(page.id not in view for view in api.everywhere())
    assert api.detail_status(page.id) == 404
    assert api.v2_detail_status(page.id) == 404


def test_a_new_restriction_hides_a_page_at_once(client, tree):
    place = PlacePageFactory(parent=tree.places)
    api = Api(client, KINDS[0])
    assert place.id in api.listed() and place.id in api.mapped()
    restriction = restrict(place, "login")
    assert place.id not in api.listed() and place.id not in api.mapped()
    restriction.delete()
    assert place.id in api.listed() and place.id in api.mapped()
