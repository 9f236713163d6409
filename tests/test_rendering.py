"""Every page type renders on the public site, German at / and English at /en/."""

import datetime

import pytest
from django.utils import timezone

from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from knowledge.factories import CooperationPageFactory, GuidePageFactory
from places.factories import PlacePageFactory

from .helpers import translate

pytestmark = pytest.mark.django_db


def test_every_page_type_renders(client, tree):
    pages = [
        tree.home,
        tree.places,
        tree.guides,
        tree.cooperations,
        tree.events,
        PlacePageFactory(parent=tree.places, title="Kühlhaus am Bahnhof"),
        GuidePageFactory(parent=tree.guides, title="Denkmalschutz verstehen"),
        CooperationPageFactory(parent=tree.cooperations, title="Holz trifft Design"),
        EventPageFactory(parent=tree.events, title="Offene Ateliers"),
        StandardPageFactory(parent=tree.home, title="Impressum", slug="impressum"),
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()
        assert '<html lang="de">' in response.content.decode()


def test_index_pages_list_only_live_children(client, tree):
    PlacePageFactory(parent=tree.places, title="Veröffentlichter Ort")
    PlacePageFactory(parent=tree.places, title="Entwurf eines Ortes", live=False)
    html = client.get(tree.places.url).content.decode()
    assert "Veröffentlichter Ort" in html
    assert "Entwurf eines Ortes" not in html


def test_event_index_separates_upcoming_from_past(client, tree):
    past_start = timezone.now() - datetime.timedelta(days=10)
    EventPageFactory(parent=tree.events, title="Kommender Workshop")
    EventPageFactory(
        parent=tree.events,
        title="Vergangener Workshop",
        start=past_start,
        end=past_start + datetime.timedelta(hours=2),
    )
    response = client.get(tree.events.url)
    assert [e.title for e in response.context["listing"]["upcoming"]] == ["Kommender Workshop"]
    assert [e.title for e in response.context["listing"]["past"]] == ["Vergangener Workshop"]


def test_english_pages_render_under_en(client, tree, english):
    place = PlacePageFactory(parent=tree.places, title="Kühlhaus am Bahnhof")
    place_en = translate(place, english, "Cold store by the station")

    response = client.get(place_en.url)
    assert place_en.url.startswith("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html and "Cold store by the station" in html
    assert client.get(place.url).status_code == 200


def test_unpublished_or_private_pages_are_not_linked(client, tree):
    from wagtail.models import PageViewRestriction

    hidden_venue = PlacePageFactory(parent=tree.places, title="Noch geheimer Ort")
    hidden_venue.unpublish()
    private_place = PlacePageFactory(parent=tree.places, title="Nur mit Passwort")
    PageViewRestriction.objects.create(
        page=private_place, restriction_type="password", password="geheim"
    )
    event = EventPageFactory(parent=tree.events, venue_place=hidden_venue, venue_name="")
    tree.home.featured_places.create(place=private_place)

    assert "Noch geheimer Ort" not in client.get(event.url).content.decode()
    assert "Nur mit Passwort" not in client.get(tree.home.url).content.decode()
    assert "Nur mit Passwort" not in client.get(tree.places.url).content.decode()

    api = client.get(f"/api/v2/pages/{event.id}/").json()
    assert api["venue_place"] is None
    assert client.get(f"/api/v2/pages/{private_place.id}/").status_code == 404


def test_the_interface_speaks_the_page_language(client, tree, english):
    assert "Zum Inhalt springen" in client.get("/").content.decode()
    assert "Skip to content" in client.get("/en/").content.decode()
